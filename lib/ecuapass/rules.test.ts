import { describe, expect, it } from "vitest";
import {
  MESSAGES,
  emailError,
  emailsMatch,
  fullNameError,
  passwordShapeError,
  senaeEmailFor,
  userIdError,
  userIdKey,
} from "./rules";

describe("ID.usuario", () => {
  it.each(["jperez", "JPerez", "j.perez_2024", "ana-maria", "abcd", "a2345678901234567890"])("accepts %s", (id) => {
    expect(userIdError(id)).toBeNull();
  });
  it.each([
    ["abc", "too short"],
    ["a23456789012345678901", "too long"],
    ["1perez", "starts with a digit"],
    ["_perez", "starts with a symbol"],
    ["j perez", "space"],
    ["jpérez", "accent"],
    ["muñoz", "ñ"],
    ["j@perez", "symbol"],
    ["", "empty"],
  ])("refuses %s (%s)", (id) => {
    expect(userIdError(id)).toBe(MESSAGES.userIdFormat);
  });
  it("treats case, full-width letters and zero-width characters as the same ID", () => {
    const key = userIdKey("jperez");
    expect(userIdKey("JPerez")).toBe(key);
    expect(userIdKey("j\u200Bperez")).toBe(key);
    expect(userIdKey("ｊｐｅｒｅｚ")).toBe(key);
    expect(userIdKey("ＪＰＥＲＥＺ")).toBe(key);
    expect(userIdKey(" jperez\u2060 ")).toBe(key);
    expect(userIdKey("jperes")).not.toBe(key);
  });
  it("validates the normalized form: full-width and zero-width input is accepted as its plain ID", () => {
    expect(userIdError("ｊｐｅｒｅｚ")).toBeNull();
    expect(userIdError("j\u200Bperez")).toBeNull();
  });
  it("builds the SENAE address from the ID", () => {
    expect(senaeEmailFor("JPerez")).toBe("jperez@correo.aduana.gob.ec");
    expect(senaeEmailFor("")).toBe("");
  });
});

describe("Contraseña", () => {
  it("needs 8 to 128 characters with letters and digits; any other characters are allowed", () => {
    expect(passwordShapeError("abcdefg1")).toBeNull();
    expect(passwordShapeError("Ñandú en el páramo 7")).toBeNull();
    expect(passwordShapeError("abcdef1")).toBe(MESSAGES.passwordLength);
    expect(passwordShapeError(`a1${"x".repeat(127)}`)).toBe(MESSAGES.passwordLength);
    expect(passwordShapeError(`a1${"x".repeat(126)}`)).toBeNull();
    expect(passwordShapeError("abcdefgh")).toBe(MESSAGES.passwordAlnum);
    expect(passwordShapeError("12345678")).toBe(MESSAGES.passwordAlnum);
  });
});

describe("Correo Electrónico", () => {
  it("accepts ordinary addresses and refuses malformed ones", () => {
    expect(emailError("maria.perez@example.com")).toBeNull();
    expect(emailError(" Maria@Example.EC ")).toBeNull();
    for (const bad of ["", "maria", "maria@", "maria@example", "ma ria@example.com", "a@b.c", `${"a".repeat(250)}@example.com`]) {
      expect(emailError(bad), bad).toBe(MESSAGES.emailFormat);
    }
  });
  it("compares the confirmation case-insensitively", () => {
    expect(emailsMatch("Maria@Example.com", "maria@example.com ")).toBe(true);
    expect(emailsMatch("maria@example.com", "mario@example.com")).toBe(false);
  });
});

describe("Nombre Usuario", () => {
  it("asks for names and surnames", () => {
    expect(fullNameError("María José Pérez")).toBeNull();
    expect(fullNameError("O'Neil Ruiz-Tagle")).toBeNull();
    expect(fullNameError("María")).toBe(MESSAGES.fullName);
    expect(fullNameError("<script> alert")).toBe(MESSAGES.fullName);
    expect(fullNameError("")).toBe(MESSAGES.fullName);
  });
});
