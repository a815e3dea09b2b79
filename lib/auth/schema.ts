import { z } from "zod";
import { freeText } from "@/lib/forms/text";

// Sign-in forms: only presence is checked here; a wrong value gets the one generic answer.
// Control characters cannot be typed into a sign-in form: refused like any other wrong value.
const required = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(256, message)
    .refine((v) => !/\p{Cc}/u.test(v), message);
const password = z
  .string({ error: "Ingrese la contraseña." })
  .min(1, "Ingrese la contraseña.")
  .max(256, "Contraseña demasiado larga.")
  .refine((v) => !v.includes("\u0000"), "Ingrese la contraseña.");

export const ecuapassSignInSchema = z.object({ userId: required("Ingrese su ID.usuario."), password });
export type EcuapassSignInInput = z.infer<typeof ecuapassSignInSchema>;

export const sepsSignInSchema = z.object({ cedula: required("Ingrese su usuario (cédula de identidad)."), password });
export type SepsSignInInput = z.infer<typeof sepsSignInSchema>;

export const staffSignInSchema = z.object({
  email: required("Ingrese su correo electrónico."),
  password,
  otp: required("Ingrese el código de su aplicación de autenticación o un código de recuperación."),
});
export type StaffSignInInput = z.infer<typeof staffSignInSchema>;

// Staff accounts (activation, invitations, deactivation).
export const STAFF_PASSWORD_MIN = 12;
export const staffPasswordSchema = z
  .string({ error: "Ingrese una contraseña." })
  .min(STAFF_PASSWORD_MIN, `La contraseña debe tener al menos ${STAFF_PASSWORD_MIN} caracteres.`)
  .max(128, "La contraseña puede tener hasta 128 caracteres.")
  .refine((p) => /\p{L}/u.test(p) && /\p{N}/u.test(p), "La contraseña debe tener letras y números.")
  .refine((p) => !/[\u0000-\u0008\u000B-\u001F\u007F]/.test(p), "La contraseña contiene caracteres no permitidos.");

const linkTokenField = z.string({ error: "El enlace no es válido." }).regex(/^[A-Za-z0-9_-]{43}$/, "El enlace no es válido.");

export const staffActivationStartSchema = z.object({ token: linkTokenField });

export const staffActivationSchema = z
  .object({
    token: linkTokenField,
    password: staffPasswordSchema,
    passwordConfirm: z.string({ error: "Repita la contraseña." }).max(128, "Repita la contraseña."),
    otp: z
      .string({ error: "Ingrese el código de 6 dígitos de su aplicación." })
      .trim()
      .regex(/^\d{3}\s?\d{3}$/, "Ingrese el código de 6 dígitos de su aplicación."),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "Las contraseñas no coinciden." });
export type StaffActivationInput = z.infer<typeof staffActivationSchema>;

export const staffInviteSchema = z.object({
  email: z
    .string({ error: "Ingrese el correo electrónico." })
    .trim()
    .max(254, "El correo es demasiado largo.")
    .pipe(z.email("Ingrese un correo electrónico válido, por ejemplo nombre@seps.gob.ec.")),
  fullName: freeText({ error: "Ingrese nombres y apellidos." }).pipe(
    z
      .string()
      .min(3, "Ingrese nombres y apellidos.")
      .max(120, "Máximo 120 caracteres.")
      .refine((v) => !/[<>]/.test(v), "El nombre contiene caracteres no permitidos."),
  ),
  role: z.enum(["reviewer", "admin"], { error: "Elija el rol." }),
});
export type StaffInviteInput = z.infer<typeof staffInviteSchema>;

export const staffDeactivateSchema = z.object({ staffId: z.uuid({ error: "Cuenta no válida." }) });
