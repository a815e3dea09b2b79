import { describe, expect, it } from "vitest";
import { RUC_CHECK_WARNING, checkCedula, checkPassport, checkRuc } from "./documents";

describe("checkCedula", () => {
  it("accepts the worked example of the rules and strips separators", () => {
    expect(checkCedula("171234567-5")).toEqual({ ok: true, value: "1712345675" });
  });
  it.each([
    ["1712345670", /verificador/],
    ["171234567", /10 dígitos/],
    ["8812345675", /provincia/],
    ["2512345675", /provincia/],
    ["1772345675", /tercer dígito/],
    ["17123456a5", /solo debe contener números/],
  ])("refuses %s", (value, message) => {
    const result = checkCedula(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe("checkRuc", () => {
  it("checks a natural person's RUC strictly", () => {
    expect(checkRuc("1712345675001")).toEqual({ ok: true, value: "1712345675001" });
    expect(checkRuc("1712345670001").ok).toBe(false);
    expect(checkRuc("1712345675000").ok).toBe(false);
  });
  it("accepts valid private and public RUCs without warning", () => {
    expect(checkRuc("0991234578001")).toEqual({ ok: true, value: "0991234578001" });
    expect(checkRuc("1761234510001")).toEqual({ ok: true, value: "1761234510001" });
  });
  it("warns, without refusing, when a private or public RUC fails módulo 11", () => {
    expect(checkRuc("0991234579001")).toEqual({ ok: true, value: "0991234579001", warning: RUC_CHECK_WARNING });
  });
  it("refuses third digit 7 or 8, wrong province and wrong length", () => {
    expect(checkRuc("1781234578001").ok).toBe(false);
    expect(checkRuc("9991234578001").ok).toBe(false);
    expect(checkRuc("099123457800").ok).toBe(false);
  });
});

describe("checkPassport", () => {
  it("upper-cases and accepts 5–20 letters and digits", () => {
    expect(checkPassport("ab 12345")).toEqual({ ok: true, value: "AB12345" });
    expect(checkPassport("A12").ok).toBe(false);
    expect(checkPassport("A1234!").ok).toBe(false);
  });
});
