import { describe, expect, it } from "vitest";
import { checkLandline, checkMobile, normalizePhone } from "./phones";

describe("normalizePhone", () => {
  it.each([
    ["02 234-5678", "022345678"],
    ["(02) 234 5678", "022345678"],
    ["+593 2 234 5678", "022345678"],
    ["593 99 123 4567", "0991234567"],
    ["+593 (0)99 123 4567", "0991234567"],
    ["00593 4 234 5678", "042345678"],
    ["099.123.4567", "0991234567"],
  ])("%s → %s", (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });
});

describe("checkLandline (Teléfono1, Teléfono2, Fax)", () => {
  it("accepts 9 digits with the leading 0 and an area code 2–7", () => {
    expect(checkLandline("022345678")).toEqual({ ok: true, value: "022345678" });
    expect(checkLandline("07 283 1234")).toEqual({ ok: true, value: "072831234" });
    expect(checkLandline("+593 4 234 5678")).toEqual({ ok: true, value: "042345678" });
  });
  it("accepts an extension up to 14 digits in all", () => {
    expect(checkLandline("02234567812345")).toEqual({ ok: true, value: "02234567812345" });
    expect(checkLandline("022345678123456").ok).toBe(false);
  });
  it.each([
    ["2345678", /empezar con 0/],
    ["02234567", /9 números/],
    ["012345678", /código de área/],
    ["082345678", /código de área/],
    ["0991234567", /celular/],
    ["021345678", /después del código de área/],
    ["02234567a", /Solo puede contener números/],
  ])("refuses %s", (raw, message) => {
    const result = checkLandline(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe("checkMobile (Numero de Celular)", () => {
  it("accepts 09 + 8 digits, also written internationally", () => {
    expect(checkMobile("0991234567")).toEqual({ ok: true, value: "0991234567" });
    expect(checkMobile("099 123 4567")).toEqual({ ok: true, value: "0991234567" });
    expect(checkMobile("+593991234567")).toEqual({ ok: true, value: "0991234567" });
  });
  it.each([
    ["022345678", /09XXXXXXXX/],
    ["099123456", /10 números/],
    ["09912345678", /10 números/],
    ["09912345678901234", /hasta 14/],
    ["09912x4567", /Solo puede contener números/],
  ])("refuses %s", (raw, message) => {
    const result = checkMobile(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
