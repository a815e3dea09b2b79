import { describe, expect, it } from "vitest";
import { addBusinessDays, businessDaysBetween, isBusinessDay, serviceTime } from "./business-days";

// Times in Ecuador (UTC−5).
const ec = (iso: string) => new Date(`${iso}-05:00`);
const ecDate = (d: Date) => d.toLocaleDateString("en-CA", { timeZone: "America/Guayaquil" });

describe("business days", () => {
  it("counts Monday to Friday after the day the request was sent", () => {
    // Monday 2026-03-09 at 09:00
    const sent = ec("2026-03-09T09:00:00");
    expect(businessDaysBetween(sent, ec("2026-03-09T18:00:00"))).toBe(0);
    expect(businessDaysBetween(sent, ec("2026-03-10T08:00:00"))).toBe(1);
    expect(businessDaysBetween(sent, ec("2026-03-13T23:59:00"))).toBe(4);
    // The weekend does not count.
    expect(businessDaysBetween(sent, ec("2026-03-15T12:00:00"))).toBe(4);
    expect(businessDaysBetween(sent, ec("2026-03-16T00:30:00"))).toBe(5);
  });

  it("uses Ecuador's date, not UTC's", () => {
    // Friday 2026-03-13 at 21:00 in Ecuador is already Saturday in UTC.
    const fridayNight = ec("2026-03-13T21:00:00");
    expect(isBusinessDay(fridayNight)).toBe(true);
    expect(businessDaysBetween(ec("2026-03-12T10:00:00"), fridayNight)).toBe(1);
  });

  it("skips national holidays, fixed and movable", () => {
    expect(isBusinessDay(ec("2026-01-01T10:00:00"))).toBe(false);
    // Carnaval 2026: Monday 16 and Tuesday 17 February; Viernes Santo: 3 April.
    expect(isBusinessDay(ec("2026-02-16T10:00:00"))).toBe(false);
    expect(isBusinessDay(ec("2026-02-17T10:00:00"))).toBe(false);
    expect(isBusinessDay(ec("2026-02-18T10:00:00"))).toBe(true);
    expect(isBusinessDay(ec("2026-04-03T10:00:00"))).toBe(false);
    // Sent Friday 13 February: Carnaval leaves Wed 18, Thu 19, Fri 20, Mon 23.
    expect(ecDate(addBusinessDays(ec("2026-02-13T10:00:00"), 4))).toBe("2026-02-23");
  });

  it("flags a request past the 4-business-day service time", () => {
    const sent = ec("2026-03-09T09:00:00");
    const onTime = serviceTime(sent, ec("2026-03-13T17:00:00"));
    expect(onTime).toMatchObject({ elapsed: 4, overdue: false });
    expect(ecDate(onTime.dueAt)).toBe("2026-03-13");
    expect(serviceTime(sent, ec("2026-03-16T08:00:00"))).toMatchObject({ elapsed: 5, overdue: true });
  });
});
