import "server-only";
import { z } from "zod";
import { freeText } from "@/lib/forms/text";
import { checkLandline, checkMobile, MOBILE_OPERATORS } from "@/lib/identity/phones";
import { emailKey } from "@/lib/security/normalize";
import { ADDRESS_MAX, EMAIL_MAX, MESSAGES, PASSWORD_MAX, emailsMatch, passwordShapeError } from "./rules";
import { emailSchema, landline } from "./schema";

// The account forms of Ecuapass ("¿Olvidó su contraseña?", the reset link, and "Mi página": password,
// registration data, email). Messages in Spanish; the server-only checks (common passwords) are in
// lib/ecuapass/account.ts, which knows the account's ID.usuario and document.

const secret = (message: string) => z.string({ error: message }).max(PASSWORD_MAX * 4, message);

const newPassword = {
  password: secret(MESSAGES.passwordLength).superRefine((value, ctx) => {
    const error = passwordShapeError(value);
    if (error) ctx.addIssue({ code: "custom", message: error });
  }),
  passwordConfirmation: secret(MESSAGES.passwordMismatch),
};

function confirmed<T extends { password: string; passwordConfirmation: string }>(input: T, ctx: z.RefinementCtx) {
  if (input.password !== input.passwordConfirmation) {
    ctx.addIssue({ code: "custom", path: ["passwordConfirmation"], message: MESSAGES.passwordMismatch });
  }
}

/** "¿Olvidó su contraseña?": the ID.usuario (any spelling; an unknown one gets the same answer). */
export const requestResetSchema = z.object({
  userId: z
    .string({ error: "Ingrese su ID.usuario." })
    .max(200, "Ingrese su ID.usuario.")
    .transform((v) => v.trim())
    .pipe(z.string().min(1, "Ingrese su ID.usuario.")),
});

/** The form behind the emailed link (/ecuapass/restablecer/TOKEN). */
export const resetPasswordSchema = z
  .object({ token: z.string({ error: "El enlace no es válido." }).regex(/^[A-Za-z0-9_-]{43}$/, "El enlace no es válido."), ...newPassword })
  .superRefine(confirmed);
export type ResetPasswordInput = z.output<typeof resetPasswordSchema>;

/** "Cambiar contraseña" in Mi página. */
export const changePasswordSchema = z
  .object({ currentPassword: z.string({ error: "Ingrese su contraseña actual." }).min(1, "Ingrese su contraseña actual.").max(PASSWORD_MAX * 4), ...newPassword })
  .superRefine(confirmed);
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;

/** Which button sent a two-step form: ask for the security code, or confirm with it. */
const intent = z.enum(["codigo", "guardar"], { error: "Elija una acción." });
const securityCode = z
  .string()
  .max(40, MESSAGES.codeWrong)
  .optional()
  .transform((v) => v?.trim() ?? "");

/** "Modificar información de registro de usuario": address, phones, operator, fax. */
export const profileDataSchema = z
  .object({
    intent,
    address: freeText({ error: MESSAGES.address, maxRaw: ADDRESS_MAX * 4 }).pipe(z.string().min(5, MESSAGES.address).max(ADDRESS_MAX, `La dirección puede tener hasta ${ADDRESS_MAX} caracteres.`)),
    phone1: landline(true),
    phone2: landline(false),
    mobileOperator: z.enum(MOBILE_OPERATORS.map((o) => o.value) as ["CLARO", "MOVISTAR", "CNT", "TUENTI", "OTROS"], {
      error: MESSAGES.mobileOperator,
    }),
    mobile: z
      .string({ error: "Ingrese el número de celular." })
      .max(100, "Ingrese el número de celular.")
      .superRefine((value, ctx) => {
        if (!value.trim()) return void ctx.addIssue({ code: "custom", message: "Ingrese el número de celular." });
        const check = checkMobile(value);
        if (!check.ok) ctx.addIssue({ code: "custom", message: check.message });
      }),
    fax: landline(false),
    securityCode,
  })
  .transform((input) => {
    const phone = (value: string) => (value ? (checkLandline(value) as { value: string }).value : null);
    return {
      intent: input.intent,
      address: input.address,
      phone1: phone(input.phone1)!,
      phone2: phone(input.phone2),
      mobileOperator: input.mobileOperator,
      mobile: (checkMobile(input.mobile) as { value: string }).value,
      fax: phone(input.fax),
      securityCode: input.securityCode,
    };
  });
export type ProfileDataInput = z.output<typeof profileDataSchema>;

/** "Cambiar correo electrónico": the new address twice, then the code sent to it. */
export const emailChangeSchema = z
  .object({
    intent,
    email: emailSchema,
    emailConfirmation: z.string({ error: MESSAGES.emailMismatch }).max(EMAIL_MAX * 2, MESSAGES.emailMismatch),
    securityCode,
  })
  .superRefine((input, ctx) => {
    if (!emailsMatch(input.email, input.emailConfirmation)) {
      ctx.addIssue({ code: "custom", path: ["emailConfirmation"], message: MESSAGES.emailMismatch });
    }
  })
  .transform((input) => ({ intent: input.intent, email: input.email, emailKey: emailKey(input.email), securityCode: input.securityCode }));
export type EmailChangeInput = z.output<typeof emailChangeSchema>;

/** What the reset link's form hears back: whose password changed, or why the link is unusable. */
export type ResetPasswordData = { userId?: string; linkState?: "expired" | "used" | "unknown" };
/** Whether a two-step form (data, email) shows its security-code step. */
export type CodeStepData = { codeStep: boolean };

/** The one answer to "¿Olvidó su contraseña?", whether or not the ID.usuario exists. */
export const RESET_REQUESTED_MESSAGE =
  "Si el ID.usuario está registrado, enviamos un enlace al correo electrónico registrado. El enlace es válido por 1 hora y sirve una sola vez.";
