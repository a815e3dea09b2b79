import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDateTimeNumeric, formatDatePadded, yearInEcuador } from "./dates";

describe("dates for people", () => {
  const afternoon = new Date("2026-03-05T20:05:00Z"); // 15:05 in Ecuador (UTC-5)

  it("writes Ecuador's time on a 24-hour clock, so a sentence ending in a time has one stop", () => {
    expect(formatDateTime(afternoon)).toBe("5 de marzo de 2026 a las 15:05");
    expect(`Se cambió el ${formatDateTime(afternoon)}.`).not.toMatch(/\.\.$/);
    expect(formatDateTime(afternoon)).not.toMatch(/[ap]\. m\./);
  });

  it("uses Ecuador's date, not the server's", () => {
    expect(formatDate(new Date("2026-01-01T03:00:00Z"))).toBe("31 de diciembre de 2025");
    expect(yearInEcuador(new Date("2026-01-01T03:00:00Z"))).toBe(2025);
  });

  it("has the PDF's numeric and padded forms", () => {
    expect(formatDateTimeNumeric(afternoon.toISOString())).toBe("05/03/2026, 15:05");
    expect(formatDatePadded(afternoon)).toBe("05 de marzo de 2026");
  });
});
