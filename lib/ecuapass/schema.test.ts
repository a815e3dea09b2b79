import { describe, expect, it } from "vitest";
import { RUC_CHECK_WARNING } from "@/lib/identity/documents";
import { MESSAGES } from "./rules";
import { codeRequestSchema, registrationSchema } from "./schema";
import { validForm } from "./test-data";

function errorsOf(overrides: Record<string, string | undefined>) {
  const form = { ...validForm(), ...overrides };
  for (const key of Object.keys(form)) if (form[key] === undefined) delete form[key];
  const parsed = registrationSchema.safeParse(form);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

describe("registrationSchema", () => {
  it("accepts a complete form and normalizes it", () => {
    const parsed = registrationSchema.parse(
      validForm({
        userId: " ｊｐｅｒｅｚ9 ",
        docNumber: "171234567-5",
        phone1: "(02) 234-5678",
        mobile: "+593 99 123 4567",
        email: " Maria@Example.com ",
        emailConfirmation: "maria@example.com",
        fullName: "  María   Pérez ",
      }),
    );
    expect(parsed).toMatchObject({
      userId: "jperez9",
      docNumber: "1712345675",
      phone1: "022345678",
      mobile: "0991234567",
      email: "Maria@Example.com",
      emailKey: "maria@example.com",
      fullName: "María Pérez",
      countryCode: "EC",
      provinceCode: "17",
      cantonCode: "1701",
      phone2: null,
      fax: null,
    });
  });

  it("reports every invalid field at once", () => {
    const errors = errorsOf({ userId: "1x", docNumber: "123", password: "abc", address: "", mobile: "123" });
    expect(Object.keys(errors).sort()).toEqual(["address", "docNumber", "mobile", "password", "passwordConfirmation", "userId"]);
  });

  describe("Doc. Identificación", () => {
    it.each([
      ["cedula", "1712345675"],
      ["ruc", "1712345675001"], // persona natural
      ["ruc", "0991234578001"], // sociedad privada
      ["ruc", "1761234510001"], // entidad pública
      ["pasaporte", "AB123456"],
    ])("accepts %s %s", (docType, docNumber) => {
      expect(errorsOf({ docType, docNumber })).toEqual({});
    });
    it.each([
      ["cedula", "1712345670", /verificador/],
      ["cedula", "9912345675", /provincia/],
      ["ruc", "1712345670001", /cédula válida/], // natural person: strict
      ["ruc", "1712345675000", /establecimiento/],
      ["ruc", "1781234578001", /tercer dígito/],
      ["ruc", "099123457800", /13 dígitos/],
      ["pasaporte", "A12", /5 y 20/],
      ["pasaporte", "AB-12<34>", /5 y 20/],
      ["dni", "12345678", /tipo de documento/],
    ])("refuses %s %s", (docType, docNumber, message) => {
      const errors = errorsOf({ docType, docNumber });
      expect(errors.docNumber ?? errors.docType).toMatch(message);
    });
    it("accepts a private RUC that fails módulo 11, with a warning", () => {
      const parsed = registrationSchema.parse(validForm({ docType: "ruc", docNumber: "0991234579001" }));
      expect(parsed.docWarning).toBe(RUC_CHECK_WARNING);
    });
  });

  describe("Contraseña", () => {
    it("refuses common passwords, the agency's names and the user's own ID or document", () => {
      expect(errorsOf({ password: "password1", passwordConfirmation: "password1" }).password).toMatch(/más usadas/);
      expect(errorsOf({ password: "Aduana2026x", passwordConfirmation: "Aduana2026x" }).password).toMatch(/institución/);
      expect(errorsOf({ userId: "mperez", password: "xMPerez-77", passwordConfirmation: "xMPerez-77" }).password).toMatch(/usuario/);
      expect(
        errorsOf({ docNumber: "1712345675", password: "a1712345675", passwordConfirmation: "a1712345675" }).password,
      ).toMatch(/documento/);
    });
    it("requires the confirmation to match exactly (no trimming)", () => {
      expect(errorsOf({ password: "Tortuga-Marina-42", passwordConfirmation: "Tortuga-Marina-42 " }).passwordConfirmation).toBe(
        MESSAGES.passwordMismatch,
      );
    });
  });

  describe("País, Provincia, Ciudad", () => {
    it("requires a known country", () => {
      expect(errorsOf({ country: "" }).country).toBe(MESSAGES.country);
      expect(errorsOf({ country: "XX" }).country).toBe(MESSAGES.country);
    });
    it("requires province and city in Ecuador, and the city must be of the province", () => {
      expect(errorsOf({ province: "" }).province).toBe(MESSAGES.province);
      expect(errorsOf({ province: "90", city: "9003" }).province).toBe(MESSAGES.province);
      expect(errorsOf({ city: "" }).city).toBe(MESSAGES.city);
      expect(errorsOf({ province: "17", city: "0901" }).city).toBe(MESSAGES.cityNotInProvince);
    });
    it("ignores province and city for other countries", () => {
      const parsed = registrationSchema.parse(validForm({ country: "PE", province: "17", city: "0901" }));
      expect(parsed).toMatchObject({ countryCode: "PE", provinceCode: null, cantonCode: null });
      expect(errorsOf({ country: "CO", province: undefined, city: undefined })).toEqual({});
    });
  });

  describe("phones", () => {
    it("requires Teléfono1 and a mobile; Teléfono2 and Fax are optional but checked", () => {
      expect(errorsOf({ phone1: "" }).phone1).toMatch(/Ingrese/);
      expect(errorsOf({ phone1: "0991234567" }).phone1).toMatch(/celular/);
      expect(errorsOf({ phone2: "12" }).phone2).toBeDefined();
      expect(errorsOf({ fax: "042345678" })).toEqual({});
      expect(errorsOf({ mobile: "" }).mobile).toMatch(/Ingrese/);
      expect(errorsOf({ mobile: "022345678" }).mobile).toMatch(/09XXXXXXXX/);
      expect(errorsOf({ mobileOperator: "TIGO" }).mobileOperator).toBe(MESSAGES.mobileOperator);
    });
  });

  it("requires the email confirmation to match", () => {
    expect(errorsOf({ email: "a.b@example.com", emailConfirmation: "a.c@example.com" }).emailConfirmation).toBe(
      MESSAGES.emailMismatch,
    );
    expect(errorsOf({ email: "no-es-correo", emailConfirmation: "no-es-correo" }).email).toBe(MESSAGES.emailFormat);
  });

  it("refuses hostile values with a clear error instead of throwing", () => {
    for (const value of ["x".repeat(100_000), "'; drop table ecuapass_users; --", "<img src=x onerror=alert(1)>", "\u0000\u0001"]) {
      const result = registrationSchema.safeParse(validForm({ userId: value, fullName: value, docNumber: value }));
      expect(result.success).toBe(false);
    }
    expect(registrationSchema.safeParse({}).success).toBe(false);
    expect(registrationSchema.safeParse({ ...validForm(), password: 42 }).success).toBe(false);
  });
});

describe("codeRequestSchema", () => {
  it("needs a valid address and a matching confirmation", () => {
    expect(codeRequestSchema.safeParse({ email: "a@example.com", emailConfirmation: "A@example.com" }).success).toBe(true);
    const mismatch = codeRequestSchema.safeParse({ email: "a@example.com", emailConfirmation: "b@example.com" });
    expect(mismatch.success).toBe(false);
    expect(mismatch.error?.issues[0]?.message).toBe(MESSAGES.emailMismatch);
  });
});
