import "server-only";
import { z } from "zod";
import { ECUADOR, isCountryCode } from "@/lib/catalog/countries";
import { isCantonOfProvince, isProvinceCode } from "@/lib/catalog/ecuador";
import { checkDocument } from "@/lib/identity/documents";
import { checkLandline, checkMobile, MOBILE_OPERATORS } from "@/lib/identity/phones";
import { freeText } from "@/lib/forms/text";
import { emailKey } from "@/lib/security/normalize";
import { passwordPolicyError } from "@/lib/security/passwords";
import {
  ADDRESS_MAX,
  INPUT_MAX,
  addressError,
  docNumberError,
  landlineError,
  mobileError,
  DOC_TYPES,
  EMAIL_MAX,
  MESSAGES,
  NAME_MAX,
  PASSWORD_MAX,
  cleanUserId,
  emailError,
  emailsMatch,
  fullNameError,
  passwordShapeError,
  userIdError,
} from "./rules";

// The server's schema of the form, built from the same rules (lib/ecuapass/rules.ts) the form uses
// for its hints; the server-only checks (common passwords, catalogs) are added here.

const text = (message: string, max = 500) => freeText({ error: message, maxRaw: max * 4 });

const optionalText = freeText({ maxRaw: 2_000 })
  .optional()
  .transform((v) => v ?? "");

export const userIdSchema = z
  .string({ error: MESSAGES.userIdFormat })
  .max(200, MESSAGES.userIdFormat)
  .superRefine((value, ctx) => {
    const error = userIdError(value);
    if (error) ctx.addIssue({ code: "custom", message: error });
  })
  .transform(cleanUserId);

export const docTypeSchema = z.enum(DOC_TYPES.map((d) => d.value) as ["ruc", "cedula", "pasaporte"], {
  error: MESSAGES.docType,
});

export const emailSchema = z
  .string({ error: MESSAGES.emailFormat })
  .max(EMAIL_MAX * 2, MESSAGES.emailFormat)
  .transform((v) => v.trim())
  .superRefine((value, ctx) => {
    if (emailError(value) || !z.email().safeParse(value).success) ctx.addIssue({ code: "custom", message: MESSAGES.emailFormat });
  });

export function landline(required: boolean) {
  return optionalText.superRefine((value, ctx) => {
    const error = landlineError(value, required);
    if (error) ctx.addIssue({ code: "custom", message: error });
  });
}

export const registrationSchema = z
  .object({
    userId: userIdSchema,
    docType: docTypeSchema,
    docNumber: z.string({ error: MESSAGES.docNumberMissing }).max(INPUT_MAX.docNumber, MESSAGES.docNumberTooLong),
    fullName: text(MESSAGES.fullName, NAME_MAX),
    password: z.string({ error: MESSAGES.passwordLength }).max(PASSWORD_MAX * 4, MESSAGES.passwordLength),
    passwordConfirmation: z.string({ error: MESSAGES.passwordMismatch }).max(PASSWORD_MAX * 4, MESSAGES.passwordMismatch),
    country: z.string({ error: MESSAGES.country }).max(10, MESSAGES.country),
    province: optionalText,
    city: optionalText,
    address: text(MESSAGES.address, ADDRESS_MAX),
    phone1: landline(true),
    phone2: landline(false),
    mobileOperator: z.enum(MOBILE_OPERATORS.map((o) => o.value) as ["CLARO", "MOVISTAR", "CNT", "TUENTI", "OTROS"], {
      error: MESSAGES.mobileOperator,
    }),
    mobile: optionalText,
    fax: landline(false),
    email: emailSchema,
    emailConfirmation: z.string({ error: MESSAGES.emailMismatch }).max(EMAIL_MAX * 2, MESSAGES.emailMismatch),
    securityCode: optionalText.pipe(z.string().max(40, MESSAGES.codeWrong)),
  })
  .superRefine((input, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });

    const doc = checkDocument(input.docType, input.docNumber);
    const docError = docNumberError(input.docType, input.docNumber);
    if (docError) issue("docNumber", docError);

    const nameError = fullNameError(input.fullName);
    if (nameError) issue("fullName", nameError);

    const shape = passwordShapeError(input.password);
    if (shape) issue("password", shape);
    else {
      const policy = passwordPolicyError(input.password, [input.userId, doc.ok ? doc.value : input.docNumber]);
      if (policy) issue("password", policy);
    }
    if (input.password !== input.passwordConfirmation) issue("passwordConfirmation", MESSAGES.passwordMismatch);

    if (!isCountryCode(input.country)) issue("country", MESSAGES.country);
    else if (input.country === ECUADOR) {
      if (!isProvinceCode(input.province)) issue("province", MESSAGES.province);
      else if (!input.city) issue("city", MESSAGES.city);
      else if (!isCantonOfProvince(input.city, input.province)) issue("city", MESSAGES.cityNotInProvince);
    }

    const address = addressError(input.address);
    if (address) issue("address", address);

    const mobile = mobileError(input.mobile);
    if (mobile) issue("mobile", mobile);

    if (!emailsMatch(input.email, input.emailConfirmation)) issue("emailConfirmation", MESSAGES.emailMismatch);
  })
  .transform((input) => {
    const doc = checkDocument(input.docType, input.docNumber);
    const ecuador = input.country === ECUADOR;
    const phone = (value: string) => (value ? (checkLandline(value) as { value: string }).value : null);
    return {
      userId: input.userId,
      docType: input.docType,
      docNumber: doc.ok ? doc.value : input.docNumber,
      docWarning: doc.ok ? doc.warning : undefined,
      fullName: input.fullName,
      password: input.password,
      countryCode: input.country,
      provinceCode: ecuador ? input.province : null,
      cantonCode: ecuador ? input.city : null,
      address: input.address,
      phone1: phone(input.phone1)!,
      phone2: phone(input.phone2),
      mobileOperator: input.mobileOperator,
      mobile: (checkMobile(input.mobile) as { value: string }).value,
      fax: phone(input.fax),
      email: input.email,
      emailKey: emailKey(input.email),
      securityCode: input.securityCode,
    };
  });

export type RegistrationInput = z.output<typeof registrationSchema>;

/** "Solicitar código de seguridad": the address and its confirmation. */
export const codeRequestSchema = z
  .object({ email: emailSchema, emailConfirmation: z.string({ error: MESSAGES.emailMismatch }).max(EMAIL_MAX * 2) })
  .superRefine((input, ctx) => {
    if (!emailsMatch(input.email, input.emailConfirmation)) {
      ctx.addIssue({ code: "custom", path: ["emailConfirmation"], message: MESSAGES.emailMismatch });
    }
  });
export type CodeRequestInput = z.output<typeof codeRequestSchema>;
