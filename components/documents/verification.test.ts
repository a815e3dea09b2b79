import { describe, expect, it } from "vitest";
import { typedVerificationCode } from "./verification";

describe("typedVerificationCode", () => {
  it("normalizes a typed code for the redirect", () => {
    expect(typedVerificationCode("abcd efgh jkmn")).toEqual({ code: "ABCD-EFGH-JKMN", typed: "abcd efgh jkmn", invalid: false });
  });

  it("marks what is not a code, keeping what was typed", () => {
    expect(typedVerificationCode("123")).toEqual({ code: null, typed: "123", invalid: true });
    expect(typedVerificationCode("")).toEqual({ code: null, typed: "", invalid: true });
  });

  it("a repeated ?codigo= is not a code (it used to throw: a 500 on /seps/verificar)", () => {
    expect(typedVerificationCode(["ABCD-EFGH-JKMN", "x"])).toEqual({ code: null, invalid: true });
  });

  it("no parameter: the empty form", () => {
    expect(typedVerificationCode(undefined)).toEqual({ code: null, invalid: false });
  });
});
