// The field rules of "Solicitud de registro para Usuario General" (SENAE-ISEE-3-2-006, §5.3.1),
// client-safe: the form uses them for HTML constraints and live hints, and lib/ecuapass/schema.ts
// builds the server's zod schema from the same functions and messages.
import { foldForComparison } from "@/lib/security/normalize";

export const USER_ID_MIN = 4;
export const USER_ID_MAX = 20;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
export const NAME_MAX = 150;
export const ADDRESS_MAX = 200;
export const EMAIL_MAX = 254;
export const SECURITY_CODE_LENGTH = 6;
export const CODE_TTL_MINUTES = 15;
export const MAX_CODE_ATTEMPTS = 5;
export const SENAE_MAIL_DOMAIN = "correo.aduana.gob.ec";

export const DOC_TYPES = [
  { value: "ruc", label: "RUC" },
  { value: "cedula", label: "Cédula de Identidad" },
  { value: "pasaporte", label: "Pasaporte" },
] as const;
export type DocType = (typeof DOC_TYPES)[number]["value"];

export const MESSAGES = {
  userIdFormat:
    `El ID.usuario debe tener de ${USER_ID_MIN} a ${USER_ID_MAX} caracteres: letras sin tilde ni ñ, números, ` +
    "punto (.), guion (-) o guion bajo (_), y empezar con una letra.",
  userIdTaken: "El ID.usuario no está disponible: ya está registrado. Elija otro.",
  userIdAvailable: "El ID.usuario está disponible.",
  docTaken: "El documento de identificación no está disponible: ya tiene un usuario registrado.",
  docAvailable: "El documento de identificación está disponible.",
  emailFormat: "Ingrese un correo electrónico válido, por ejemplo nombre@dominio.com.",
  emailMismatch: "El correo electrónico y su confirmación no coinciden.",
  emailTaken: "El correo electrónico no está disponible: ya está registrado con otro usuario.",
  emailAvailable: "El correo electrónico está disponible.",
  fullName: "Ingrese nombres y apellidos.",
  passwordLength: `La contraseña debe tener entre ${PASSWORD_MIN} y ${PASSWORD_MAX} caracteres.`,
  passwordAlnum: "La contraseña debe contener letras y números.",
  passwordMismatch: "La confirmación no coincide con la contraseña.",
  country: "Seleccione el país.",
  province: "Seleccione la provincia.",
  city: "Seleccione la ciudad.",
  cityNotInProvince: "La ciudad seleccionada no pertenece a la provincia.",
  address: "Ingrese la dirección.",
  mobileOperator: "Seleccione la operadora del celular.",
  codeNotRequested: "Debe solicitar el código de seguridad antes de registrar.",
  codeWrong: "El código de seguridad ingresado es incorrecto.",
  codeExpired: "El código de seguridad ha expirado. Solicite un nuevo código.",
  codeLocked:
    "El código de seguridad fue bloqueado porque se ingresó un código incorrecto 5 veces; " +
    "aunque ahora sea el correcto ya no se acepta. Solicite un nuevo código.",
  codeUsed: "El código de seguridad ya fue utilizado. Solicite un nuevo código.",
  codeSent:
    "Se envió el código de seguridad a su correo electrónico. Revise también la bandeja de correo no deseado. " +
    `El código expira en ${CODE_TTL_MINUTES} minutos.`,
} as const;

const USER_ID_PATTERN = /^[A-Za-z][A-Za-z0-9._-]*$/;

/** What is kept of the typed ID: NFKC (full-width letters become ASCII), trimmed, invisible characters gone. */
export function cleanUserId(raw: string): string {
  return raw.normalize("NFKC").replace(/[\p{Cf}\u00AD\u034F\u115F\u1160\u180E\u3164\uFFA0]/gu, "").trim();
}

/** The comparison key of an ID.usuario (case, width and invisible characters ignored). */
export function userIdKey(raw: string): string {
  return foldForComparison(cleanUserId(raw));
}

export function userIdError(raw: string): string | null {
  const value = cleanUserId(raw);
  if (value.length < USER_ID_MIN || value.length > USER_ID_MAX || !USER_ID_PATTERN.test(value)) {
    return MESSAGES.userIdFormat;
  }
  return null;
}

/** "SENAE Correo Electrónico": generated from the ID (ID@correo.aduana.gob.ec). */
export function senaeEmailFor(rawUserId: string): string {
  const key = userIdKey(rawUserId);
  return key ? `${key}@${SENAE_MAIL_DOMAIN}` : "";
}

// A practical address shape (the server also applies zod's email check).
const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[A-Za-z]{2,}$/;

export function emailError(raw: string): string | null {
  const value = raw.trim();
  if (!value || value.length > EMAIL_MAX || !EMAIL_PATTERN.test(value)) return MESSAGES.emailFormat;
  return null;
}

/** The address and its confirmation are compared as the server keys them (case-insensitive). */
export function emailsMatch(email: string, confirmation: string): boolean {
  return email.trim().toLowerCase() === confirmation.trim().toLowerCase();
}

/** The document's "mínimo 8 caracteres alfanuméricos", any other characters allowed, compared whole. */
export function passwordShapeError(password: string): string | null {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return MESSAGES.passwordLength;
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) return MESSAGES.passwordAlnum;
  return null;
}

export function fullNameError(raw: string): string | null {
  const value = raw.trim().replace(/\s+/g, " ");
  if (value.length < 3 || value.length > NAME_MAX || !/^[\p{L}][\p{L}\p{M} .'’-]*$/u.test(value) || !value.includes(" ")) {
    return MESSAGES.fullName;
  }
  return null;
}
