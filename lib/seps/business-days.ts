// Business days for the SEPS service time (4 business days, Monday to Friday, in Ecuador's time
// zone, national holidays excluded). Client-safe: no server imports.

/** "Tiempo de atención": a request en revisión is due this many business days after it was sent. */
export const SERVICE_BUSINESS_DAYS = 4;

// Ecuador has one time zone on the mainland (UTC−5, no daylight saving); Galápagos offices use
// the mainland's calendar for procedures.
const ECUADOR_OFFSET_MS = -5 * 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/**
 * National holidays (Ley Orgánica del Servicio Público, art. 1 reform of 2016): fixed dates as
 * "MM-DD", and the movable ones as days relative to Easter Sunday (Carnaval Monday and Tuesday,
 * Viernes Santo). Holidays moved by decree to a bridge day are not listed.
 */
const HOLIDAYS = {
  fixed: ["01-01", "05-01", "05-24", "08-10", "10-09", "11-02", "11-03", "12-25"],
  fromEaster: [-48, -47, -2],
} as const;

/** Days since the epoch of the calendar date in Ecuador at `at`. */
function ecuadorDayNumber(at: Date): number {
  return Math.floor((at.getTime() + ECUADOR_OFFSET_MS) / DAY_MS);
}

function dayNumberOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Gregorian Easter Sunday (anonymous algorithm, Meeus/Jones/Butcher). */
function easterDayNumber(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumberOf(year, month, day);
}

const holidayCache = new Map<number, Set<number>>();

function holidaysOf(year: number): Set<number> {
  let found = holidayCache.get(year);
  if (!found) {
    const easter = easterDayNumber(year);
    found = new Set([
      ...HOLIDAYS.fixed.map((md) => dayNumberOf(year, Number(md.slice(0, 2)), Number(md.slice(3)))),
      ...HOLIDAYS.fromEaster.map((offset) => easter + offset),
    ]);
    holidayCache.set(year, found);
  }
  return found;
}

function isBusinessDayNumber(dayNumber: number): boolean {
  const date = new Date(dayNumber * DAY_MS);
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !holidaysOf(date.getUTCFullYear()).has(dayNumber);
}

/** Whether the calendar day (in Ecuador) of `at` is a working day. */
export function isBusinessDay(at: Date): boolean {
  return isBusinessDayNumber(ecuadorDayNumber(at));
}

/**
 * Business days elapsed since `from`: the working days after `from`'s date, up to and including
 * `to`'s date. Sent on a Monday, it is 1 on Tuesday and 4 on Friday.
 */
export function businessDaysBetween(from: Date, to: Date): number {
  const start = ecuadorDayNumber(from);
  const end = ecuadorDayNumber(to);
  let count = 0;
  for (let day = start + 1; day <= end; day++) if (isBusinessDayNumber(day)) count++;
  return count;
}

/** The date (in Ecuador) by which a request sent at `from` must be answered. */
export function addBusinessDays(from: Date, days: number): Date {
  let day = ecuadorDayNumber(from);
  let left = days;
  while (left > 0) {
    day++;
    if (isBusinessDayNumber(day)) left--;
  }
  // Noon in Ecuador of that day, so that formatting in America/Guayaquil shows the right date.
  return new Date(day * DAY_MS + 12 * 60 * 60_000 - ECUADOR_OFFSET_MS);
}

export type ServiceTime = { elapsed: number; dueAt: Date; overdue: boolean };

/** Elapsed business days, the due date, and whether the service time (SEPS: 4 days) has passed. */
export function serviceTime(sentAt: Date, at: Date, days: number = SERVICE_BUSINESS_DAYS): ServiceTime {
  const elapsed = businessDaysBetween(sentAt, at);
  return { elapsed, dueAt: addBusinessDays(sentAt, days), overdue: elapsed > days };
}
