// The field rules of "Solicitud de registro para Usuario General" (SENAE-ISEE-3-2-006, §5.3.1),
// client-safe: the form uses them for HTML constraints and live hints, and lib/ecuapass/schema.ts
// builds the server's zod schema from the same functions and messages.
import { checkDocument } from "@/lib/identity/documents";
import { PHONE_MAX_DIGITS, checkLandline, checkMobile } from "@/lib/identity/phones";
import { foldForComparison } from "@/lib/security/normalize";

export const USER_ID_MIN = 4;
export const USER_ID_MAX = 20;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
export const NAME_MAX = 150;
export const ADDRESS_MIN = 5;
export const ADDRESS_MAX = 200;
export const EMAIL_MAX = 254;
export const SECURITY_CODE_LENGTH = 6;
export const CODE_TTL_MINUTES = 15;
export const MAX_CODE_ATTEMPTS = 5;
export const SENAE_MAIL_DOMAIN = "correo.aduana.gob.ec";
/** What an input accepts as typed (separators, spaces, full-width digits) before the rule cleans it. */
export const INPUT_MAX = {
  userId: USER_ID_MAX * 2,
  docNumber: 40,
  phone: 24,
  securityCode: SECURITY_CODE_LENGTH * 3,
} as const;

export const DOC_TYPES = [
  { value: "ruc", label: "RUC" },
  { value: "cedula", label: "Cédula de Identidad" },
  { value: "pasaporte", label: "Pasaporte" },
] as const;
export type DocType = (typeof DOC_TYPES)[number]["value"];
/** What a citizen filing as a general user has: the form starts on it (the seed lists RUC first). */
export const DEFAULT_DOC_TYPE: DocType = "cedula";

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
  docType: "Seleccione el tipo de documento.",
  docNumberMissing: "Ingrese el número de documento.",
  docNumberTooLong: "Número de documento demasiado largo.",
  landlineMissing: "Ingrese el teléfono convencional con código de área.",
  mobileMissing: "Ingrese el número de celular.",
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

export function docNumberError(docType: DocType, raw: string): string | null {
  if (!raw.trim()) return MESSAGES.docNumberMissing;
  const check = checkDocument(docType, raw);
  return check.ok ? null : check.message;
}

export function addressError(raw: string): string | null {
  return raw.trim().length >= ADDRESS_MIN ? null : MESSAGES.address;
}

export function landlineError(raw: string, required: boolean): string | null {
  if (!raw.trim()) return required ? MESSAGES.landlineMissing : null;
  const check = checkLandline(raw);
  return check.ok ? null : check.message;
}

export function mobileError(raw: string): string | null {
  if (!raw.trim()) return MESSAGES.mobileMissing;
  const check = checkMobile(raw);
  return check.ok ? null : check.message;
}

/** The form's fields, as the document names them (labels, and the error summary's links). */
export const FIELD_LABELS = {
  userId: "ID.usuario",
  docType: "Tipo de documento",
  docNumber: "Doc. Identificación",
  fullName: "Nombre Usuario",
  password: "Contraseña",
  passwordConfirmation: "Confirmación de contraseña",
  country: "País",
  province: "Provincia",
  city: "Ciudad",
  address: "Dirección",
  phone1: "Teléfono1",
  phone2: "Teléfono2",
  mobileOperator: "Operadora del celular",
  mobile: "Número de celular",
  fax: "Fax",
  email: "Correo electrónico",
  emailConfirmation: "Confirmación de correo electrónico",
  securityCode: "Ingrese código de seguridad",
} as const;
export type RegistrationField = keyof typeof FIELD_LABELS;
/** The read-only address generated from the ID, and the document type's own name (it sits beside the number). */
export const SENAE_EMAIL_LABEL = `SENAE ${FIELD_LABELS.email}`;
export const DOC_TYPE_CONTROL_LABEL = `${FIELD_LABELS.docType} de identificación`;
export type RegistrationValues = Record<RegistrationField, string>;

/** The live hint of one field: the same check the server's schema makes (null when it passes). */
export function fieldError(name: RegistrationField, v: RegistrationValues): string | null {
  switch (name) {
    case "userId":
      return userIdError(v.userId);
    case "docNumber":
      return docNumberError(v.docType as DocType, v.docNumber);
    case "fullName":
      return fullNameError(v.fullName);
    case "password":
      return passwordShapeError(v.password);
    case "passwordConfirmation":
      return v.password === v.passwordConfirmation ? null : MESSAGES.passwordMismatch;
    case "address":
      return addressError(v.address);
    case "phone1":
      return landlineError(v.phone1, true);
    case "phone2":
      return landlineError(v.phone2, false);
    case "fax":
      return landlineError(v.fax, false);
    case "mobile":
      return mobileError(v.mobile);
    case "email":
      return emailError(v.email);
    case "emailConfirmation":
      return emailsMatch(v.email, v.emailConfirmation) ? null : MESSAGES.emailMismatch;
    default:
      return null;
  }
}

/** A new password chosen after registration (reset link, Mi página). */
export const NEW_PASSWORD_LABELS = { password: "Nueva contraseña", passwordConfirmation: "Confirme la nueva contraseña" };
export const NEW_PASSWORD_HINT = `Mínimo ${PASSWORD_MIN} caracteres, con letras y números. No use su ID.usuario, su documento ni una contraseña común.`;

/** The hints under the fields (what each expects, said before anyone gets it wrong). */
export const REGISTRATION_HINTS = {
  userId: `De ${USER_ID_MIN} a ${USER_ID_MAX} caracteres: letras, números, punto, guion o guion bajo; empieza con una letra.`,
  fullName: "Nombres y apellidos.",
  password: `Mínimo ${PASSWORD_MIN} caracteres, con letras y números.`,
  province: "Obligatoria cuando el país es Ecuador.",
  city: "Las opciones se muestran una vez que se elija la Provincia.",
  phone1: `Convencional con código de área, hasta ${PHONE_MAX_DIGITS} números, por ejemplo 022345678.`,
  phone2: "Opcional. Mismo formato que Teléfono1.",
  mobile: "Elija la operadora y escriba el número en formato 09XXXXXXXX.",
  email: "A este correo llegarán los resultados de sus trámites y las notificaciones.",
  codeReady: `Solicite el código: le llegará por correo electrónico y expira en ${CODE_TTL_MINUTES} minutos.`,
  codeWaiting: "Primero compruebe la disponibilidad del correo electrónico; luego podrá solicitar el código.",
  senaeEmail: "Se genera automáticamente a partir del ID.usuario.",
} as const;
