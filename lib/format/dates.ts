// The one place dates and times are written for people: Spanish (Ecuador), Ecuador's time zone,
// and a 24-hour clock. The 12-hour "3:05 p. m." ends in a stop, so a sentence that ends with a
// time read "p. m.." — the 24-hour "15:05" cannot. Client-safe, no imports: pages, mail and the
// PDF worker use it alike.

export const ECUADOR_TIME_ZONE = "America/Guayaquil";

const format = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat("es-EC", { timeZone: ECUADOR_TIME_ZONE, hourCycle: "h23", ...options });

const DATE_TIME = format({ dateStyle: "long", timeStyle: "short" });
const DATE = format({ dateStyle: "long" });
const DATE_MEDIUM = format({ dateStyle: "medium" });
const DATE_TIME_MEDIUM = format({ dateStyle: "medium", timeStyle: "short" });
const DATE_TIME_SHORT = format({ dateStyle: "short", timeStyle: "short" });
const DATE_TIME_SECONDS = format({ dateStyle: "short", timeStyle: "medium" });
const DATE_TIME_NUMERIC = format({ day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });
const DATE_PADDED = format({ day: "2-digit", month: "long", year: "numeric" });
// sv-SE writes ISO-like "2026-03-05 15:05:00", which spreadsheets read as a date and time.
const DATE_TIME_ISO = new Intl.DateTimeFormat("sv-SE", { timeZone: ECUADOR_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
const YEAR = new Intl.DateTimeFormat("en", { timeZone: ECUADOR_TIME_ZONE, year: "numeric" });

type When = Date | string | number;
const asDate = (at: When) => (at instanceof Date ? at : new Date(at));

/** "5 de marzo de 2026 a las 15:05" — pages and emails. */
export const formatDateTime = (at: When) => DATE_TIME.format(asDate(at));
/** "5 de marzo de 2026". */
export const formatDate = (at: When) => DATE.format(asDate(at));
/** "5 mar 2026" — lists. */
export const formatDateMedium = (at: When) => DATE_MEDIUM.format(asDate(at));
/** "5 mar 2026, 15:05" — detail pages of the staff. */
export const formatDateTimeMedium = (at: When) => DATE_TIME_MEDIUM.format(asDate(at));
/** "2026-03-05 15:05:00" — CSV exports. */
export const formatDateTimeIso = (at: When) => DATE_TIME_ISO.format(asDate(at));
/** "5/3/26, 15:05" — dense tables. */
export const formatDateTimeShort = (at: When) => DATE_TIME_SHORT.format(asDate(at));
/** "5/3/26, 15:05:00" — the audit log and the dev outbox, where seconds matter. */
export const formatDateTimeSeconds = (at: When) => DATE_TIME_SECONDS.format(asDate(at));
/** "05/03/2026, 15:05" — the PDF's "Fecha y hora". */
export const formatDateTimeNumeric = (at: When) => DATE_TIME_NUMERIC.format(asDate(at));
/** "05 de marzo de 2026" — the PDF's page footer. */
export const formatDatePadded = (at: When) => DATE_PADDED.format(asDate(at));
/** The calendar year in Ecuador at that instant (request numbers restart each year). */
export const yearInEcuador = (at: When) => Number(YEAR.format(asDate(at)));
