import { z } from "zod";
import { stripSeparators } from "@/lib/security/normalize";

// SEPS account forms (activation link, "Restablecer contraseña"); shared by the forms and the
// actions. Client-safe. The server adds the rules the bundle does not carry (passwordPolicyError).

export const SEPS_PASSWORD_MIN = 8;
export const SEPS_PASSWORD_MAX = 128;

const cedulaField = z
  .string({ error: "Ingrese su número de cédula." })
  .max(40, "Ingrese los 10 dígitos de su cédula.")
  .transform((v) => stripSeparators(v))
  .pipe(z.string().min(1, "Ingrese su número de cédula.").regex(/^\d{10}$/, "Ingrese los 10 dígitos de su cédula."));

export const sepsPasswordField = z
  .string({ error: "Ingrese una contraseña." })
  .min(SEPS_PASSWORD_MIN, `La contraseña debe tener al menos ${SEPS_PASSWORD_MIN} caracteres.`)
  .max(SEPS_PASSWORD_MAX, `La contraseña puede tener hasta ${SEPS_PASSWORD_MAX} caracteres.`)
  .refine((p) => /\p{L}/u.test(p) && /\p{N}/u.test(p), "La contraseña debe tener letras y números.");

export const linkTokenField = z
  .string({ error: "El enlace no es válido." })
  .regex(/^[A-Za-z0-9_-]{43}$/, "El enlace no es válido.");

/** /seps/activar/TOKEN and /seps/restablecer/TOKEN: validate the cédula, set the password. */
export const setSepsPasswordSchema = z
  .object({
    token: linkTokenField,
    cedula: cedulaField,
    password: sepsPasswordField,
    passwordConfirm: z.string({ error: "Repita la contraseña." }).max(SEPS_PASSWORD_MAX, "Las contraseñas no coinciden."),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "Las contraseñas no coinciden." });
export type SetSepsPasswordInput = z.infer<typeof setSepsPasswordSchema>;

/** /seps/restablecer: "Ingresar el usuario (Cédula de Identidad)". */
export const requestSepsResetSchema = z.object({
  cedula: z
    .string({ error: "Ingrese su usuario (cédula de identidad)." })
    .max(40, "Ingrese los 10 dígitos de su cédula.")
    .transform((v) => stripSeparators(v))
    .pipe(z.string().min(1, "Ingrese su usuario (cédula de identidad).").max(20, "Ingrese los 10 dígitos de su cédula.")),
});
export type RequestSepsResetInput = z.infer<typeof requestSepsResetSchema>;

/** The one answer to a reset request, whether or not the user exists. */
export const RESET_REQUESTED_MESSAGE = "Si el usuario existe, enviamos un enlace al correo registrado.";

/** What the set-password action returns to its form: the name on success, why a link is unusable. */
export type SetPasswordData = { fullName?: string; linkState?: "unknown" | "expired" | "used" };

/** /seps/consulta: the request number as the emails print it, and the cédula of the key's user. */
export const requestStatusLookupSchema = z.object({
  numero: z
    .string({ error: "Ingrese el número de la solicitud." })
    .max(40, "Ingrese el número como aparece en el correo, por ejemplo SEPS-2026-000123.")
    .transform((v) => v.trim().toUpperCase().replace(/\s+/g, ""))
    .pipe(
      z
        .string()
        .min(1, "Ingrese el número de la solicitud.")
        .regex(/^SEPS-\d{4}-\d{6}$/, "Ingrese el número como aparece en el correo, por ejemplo SEPS-2026-000123."),
    ),
  cedula: cedulaField,
});
export type RequestStatusLookupInput = z.infer<typeof requestStatusLookupSchema>;
