// The field rules of the "Formulario Solicitud Claves", client-safe: the form takes its ids,
// limits, labels and messages from here, and lib/seps/schema.ts builds the server's zod schema
// from the same values. test/form-layer.test.ts fails if either keeps its own copy.

export const FIELD_LIMITS = {
  name: 120,
  email: 254,
  position: 120,
  resolution: 60,
  maxRoles: 10,
  /** A cédula as typed: 10 digits, with room for separators. */
  cedulaInput: 13,
  /** A RUC as typed: 13 digits, with room for separators. */
  rucInput: 17,
  /** What the server accepts in a cédula field before checking it. */
  cedulaRaw: 40,
  roleCode: 60,
} as const;

/** Field names of the form (ids too: the error summary links to them). */
export type RequestField =
  | "roles" | "tipo" | "cedula" | "nombres" | "correo" | "empleado" | "cargo" | "resolucion"
  | "ruc" | "tramiteCedula" | "tramiteNombres" | "captcha" | "avisoPrivacidad";

/** The ids (and names) of one role row's fields. */
export const roleFieldIds = (code: string) => ({
  access: `acceso_${code}`,
  deactivation: `desactivacion_${code}`,
  deactivateCedula: `desactivar_${code}`,
});

/** Labels for the form, the error summary and the "Revise su solicitud" step, as the document names the fields. */
export const REQUEST_LABELS: Record<RequestField, string> = {
  roles: "Sistemas Disponibles",
  tipo: "Tipo",
  cedula: "Cédula de Ciudadanía / Identidad",
  nombres: "Nombres Completos",
  correo: "Correo electrónico",
  empleado: "¿Es empleado de la organización?",
  cargo: "Función o cargo que desempeña",
  resolucion: "Número de Resolución Calificación",
  ruc: "RUC",
  tramiteCedula: "Cédula de Ciudadanía / Identidad de la persona que realiza el trámite",
  tramiteNombres: "Nombres Completos de la persona que realiza el trámite",
  captcha: "Captcha",
  avisoPrivacidad: "Consentimiento de tratamiento de datos personales",
};

/**
 * The read-only organization fields filled from the catastro, in the document's order. The
 * organization's email and the representative's cédula are not shown to an anonymous visitor (the
 * PDFs print them from the catastro); the representative's name and email arrive masked.
 */
export const ORGANIZATION_LABELS = {
  razonSocial: "Razón Social",
  segmentoNivel: "Segmento / Nivel",
  legalRepName: "Nombres Completos de Rep. Legal",
  legalRepEmail: "Correo del representante",
} as const;

/** The role select's first option: nothing is chosen until the person chooses. */
export const ROLE_PLACEHOLDER = "Seleccione…";
export const ROLES_ALL_ADDED = "Todos los roles están agregados";

export const EMPLOYEE_OPTIONS = [
  { value: "si", label: "Sí" },
  { value: "no", label: "No" },
] as const;

export const REQUEST_HINTS = {
  nombres: "Nombres y apellidos.",
  resolucion: "Solo para auditores internos, externos.",
  ruc: "13 dígitos. Se busca en el catastro de organizaciones de la SEPS.",
} as const;

export const MESSAGES = {
  cedulaMissing: "Ingrese la cédula.",
  nameChars: "Use solo letras, espacios, apóstrofos y guiones.",
  nameTwoWords: "Escriba nombres y apellidos.",
  nombresMissing: "Ingrese los nombres completos.",
  rolesMissing: "Agregue al menos un rol de usuario.",
  roleNotChosen: "Seleccione en la lista el rol que desea agregar.",
  rolesTooMany: "Demasiados roles.",
  tipo: "Seleccione el tipo de persona.",
  correoMissing: "Ingrese el correo electrónico.",
  correoFormat: "Ingrese un correo electrónico válido, por ejemplo nombre@dominio.ec.",
  empleado: "Indique si es empleado de la organización.",
  cargo: "Ingrese la función o cargo que desempeña.",
  resolucionChars: "Use letras, números, guiones, puntos o barras.",
  rucMissing: "Ingrese el RUC de la organización.",
  sector: "Sector no válido.",
  roleUnknown: "Uno de los roles no existe para este tipo de organización.",
  proxyCedulaMissing: "Ingrese la cédula de la persona que realiza el trámite, o deje ambos campos vacíos.",
  proxyNamesMissing: "Escriba los nombres y apellidos de la persona que realiza el trámite, o deje ambos campos vacíos.",
  proxyIsUser: "La persona que realiza el trámite es el propio usuario: deje esta sección vacía.",
  privacyNotice: "Confirme que leyó la información sobre el tratamiento de sus datos personales.",
} as const;

export const maxCharsMessage = (max: number) => `Máximo ${max} caracteres.`;

/** The messages that name a role (or the roles) they are about. */
export const ROLE_MESSAGES = {
  duplicated: (role: string) => `El rol «${role}» está agregado más de una vez.`,
  nothingMarked: (role: string) => `En «${role}» marque «¿Solicita acceso?», «¿Solicita desactivación?» o ambos.`,
  deactivateCedulaInvalid: (role: string, problem: string) => `Usuario a desactivar (${role}): ${problem}`,
  deactivateCedulaMissing: (role: string) => `Ingrese la cédula del usuario a desactivar en «${role}».`,
  resolutionMissing: (roles: string[]) => `Ingrese el Número de Resolución Calificación (obligatorio para ${roles.join(", ")}).`,
};

/** Digits of a typed RUC (what the catastro is keyed by). */
export const rucDigits = (raw: string) => raw.replace(/\D/g, "");
export const RUC_LENGTH = 13;

/** A person's name as the document allows it: letters, spaces, apostrophes and hyphens. */
export const PERSON_NAME_PATTERN = /^[\p{L}][\p{L}' .-]*$/u;
export const RESOLUTION_PATTERN = /^[\p{L}\d .\-/]*$/u;
