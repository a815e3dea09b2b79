import "server-only";
import { z } from "zod";
import type { FieldErrors } from "@/lib/forms/state";
import { checkPdfUpload, safePdfFileName } from "@/lib/security/pdf-upload";
import { organizationSchema, type OrganizationInput, type RucKind } from "./organization-schema";
import { REGISTRATION_TYPE_INFO } from "./registration-types";
import { needsRespaldo, parseRequestDetails, type DetailedType } from "./request-details";
import { registrationSchema, type RegistrationInput } from "./schema";
import { RESPALDO_MISSING, RESPALDO_NOT_PDF, TYPE_FORMS, respaldoKindFor } from "./type-forms";

// The forms of the six types that need an approval (issue 19): the general user's fields (the same
// schema, so the same Spanish messages), the organization section with the RUC kinds the type
// admits, the type's own sections (request-details.ts) and the supporting PDF. Every part is
// checked on every submit, so one answer lists every wrong field, under the form's field names.

export type RespaldoUpload = { fileName: string; bytes: Uint8Array };

export type TypeForm =
  | {
      ok: true;
      registration: RegistrationInput;
      organization: OrganizationInput | null;
      details: Record<string, unknown>;
      respaldo: RespaldoUpload | null;
    }
  | { ok: false; fieldErrors: FieldErrors };

export const CEDULA_ONLY = "Para este registro el documento de identificación es la cédula de la persona con discapacidad.";
const PERSON_POSITION_MISSING = "Escriba el cargo.";

const str = (raw: Record<string, unknown>, key: string) => (typeof raw[key] === "string" ? (raw[key] as string) : "");

function person(raw: Record<string, unknown>, prefix: string) {
  const position = str(raw, `${prefix}Position`);
  return {
    fullName: str(raw, `${prefix}FullName`),
    docType: str(raw, `${prefix}DocType`) || "cedula",
    docNumber: str(raw, `${prefix}DocNumber`),
    ...(position.trim() ? { position } : {}),
  };
}

/** The percentage as typed ("45", "45 %"); anything else is not a number and gets the schema's message. */
function percent(raw: string): number {
  const digits = raw.replace(/\s|%/g, "");
  return /^\d{1,3}$/.test(digits) ? Number(digits) : Number.NaN;
}

/** The details object of a type, from the form's flat fields. */
function detailsInput(type: DetailedType, raw: Record<string, unknown>, rucKind: RucKind | null): Record<string, unknown> {
  const position = str(raw, "position");
  const respaldoKind = respaldoKindFor(type, {
    rucKind,
    capacity: str(raw, "capacity"),
    hasLegalRepresentative: str(raw, "hasLegalRepresentative") === "si",
    chosen: str(raw, "respaldoKind"),
  });
  switch (type) {
    case "empleado":
      return { position };
    case "representante_comercio_exterior":
    case "funcionario_entidad_publica":
      return { position, respaldoKind };
    case "representante_entidad_publica": {
      const capacity = str(raw, "capacity") || undefined;
      return { position, capacity, authority: capacity === "delegado" ? person(raw, "authority") : null, respaldoKind };
    }
    case "organismo_internacional":
      return { position, representative: person(raw, "representative"), respaldoKind };
    case "persona_discapacidad": {
      const acting = str(raw, "hasLegalRepresentative") === "si";
      return {
        cedula: str(raw, "docNumber"),
        disabilityType: str(raw, "disabilityType") || undefined,
        disabilityPercent: percent(str(raw, "disabilityPercent")),
        legalRepresentative: acting ? person(raw, "legalRepresentative") : null,
        relation: acting ? str(raw, "relation") || undefined : null,
        respaldoKind,
      };
    }
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The form field a details issue belongs to: `authority.docNumber` → `authorityDocNumber`, `cedula` → `docNumber`. */
function detailsField(path: PropertyKey[]): string {
  const [head, sub] = path.map(String);
  if (head === "cedula") return "docNumber";
  if (head === "authority" || head === "representative" || head === "legalRepresentative") return `${head}${capitalize(sub ?? "fullName")}`;
  return head ?? "position";
}

function addError(errors: FieldErrors, field: string, message: string) {
  const current = errors[field] ?? [];
  if (!current.includes(message)) errors[field] = [...current, message];
}

/** Parses one type's form post; `upload` is the file posted as "respaldo" (null when none was chosen). */
export function parseTypeForm(
  type: DetailedType,
  raw: Record<string, unknown>,
  upload: { name: string; bytes: Uint8Array } | null,
): TypeForm {
  const config = TYPE_FORMS[type];
  const fieldErrors: FieldErrors = {};
  const collect = (error: z.ZodError | undefined, field: (path: PropertyKey[]) => string) => {
    for (const issue of error?.issues ?? []) addError(fieldErrors, field(issue.path), issue.message);
  };

  const registration = registrationSchema.safeParse(raw);
  collect(registration.error, (path) => String(path[0] ?? "userId"));
  if (!config.docTypes.includes(str(raw, "docType") as "cedula")) addError(fieldErrors, "docNumber", type === "persona_discapacidad" ? CEDULA_ONLY : "Seleccione cédula o pasaporte.");

  const org = config.organization ? organizationSchema(config.organization.rucKinds).safeParse(raw) : null;
  collect(org?.error, (path) => String(path[0] ?? "orgRuc"));
  const organization = org?.success ? org.data : null;

  const details = parseDetailsForm(type, raw, organization?.orgRuc.kind ?? null);
  for (const [field, messages] of Object.entries(details.fieldErrors)) for (const message of messages ?? []) addError(fieldErrors, field, message);

  let respaldo: RespaldoUpload | null = null;
  if (needsRespaldo(type)) {
    const check = upload && upload.bytes.length > 0 ? checkPdfUpload(upload.bytes, RESPALDO_NOT_PDF) : { ok: false as const, message: RESPALDO_MISSING };
    if (!check.ok) addError(fieldErrors, "respaldo", check.message);
    else respaldo = { fileName: safePdfFileName(upload!.name, `respaldo-${REGISTRATION_TYPE_INFO[type].slug}`), bytes: upload!.bytes };
  }

  // A failed parse always left an issue, so the errors are never empty when one failed.
  if (Object.keys(fieldErrors).length > 0 || !registration.success || !details.details) return { ok: false, fieldErrors };
  return { ok: true, registration: registration.data, organization, details: details.details, respaldo };
}

/**
 * The type's own sections from the form's flat fields (the registration form and the correction on
 * the status page post the same names): the details, or the errors under those field names.
 * Persona con Discapacidad's cédula is the field `docNumber`.
 */
export function parseDetailsForm(type: DetailedType, raw: Record<string, unknown>, rucKind: RucKind | null): { details: Record<string, unknown> | null; fieldErrors: FieldErrors } {
  const config = TYPE_FORMS[type];
  const fieldErrors: FieldErrors = {};
  const details = parseRequestDetails(type, detailsInput(type, raw, rucKind));
  if (!details.ok) for (const issue of details.error.issues) addError(fieldErrors, detailsField(issue.path), issue.message);
  for (const prefix of [config.sections.authority && str(raw, "capacity") === "delegado" ? "authority" : null, config.sections.representative ? "representative" : null]) {
    if (prefix && !str(raw, `${prefix}Position`).trim()) addError(fieldErrors, `${prefix}Position`, PERSON_POSITION_MISSING);
  }
  return { details: details.ok && Object.keys(fieldErrors).length === 0 ? details.details : null, fieldErrors };
}

function personValues(prefix: string, value: unknown): Record<string, string> {
  const p = (value ?? {}) as { fullName?: string; docType?: string; docNumber?: string; position?: string };
  return { [`${prefix}FullName`]: p.fullName ?? "", [`${prefix}DocType`]: p.docType ?? "cedula", [`${prefix}DocNumber`]: p.docNumber ?? "", [`${prefix}Position`]: p.position ?? "" };
}

/** The inverse of parseDetailsForm: stored details as the form's flat values (to prefill a correction). */
export function detailsFormValues(details: Record<string, unknown>): Record<string, string> {
  const text = (key: string) => (typeof details[key] === "string" ? (details[key] as string) : "");
  return {
    position: text("position"),
    respaldoKind: text("respaldoKind"),
    capacity: text("capacity") || "maxima_autoridad",
    ...personValues("authority", details.authority),
    ...personValues("representative", details.representative),
    disabilityType: text("disabilityType"),
    disabilityPercent: typeof details.disabilityPercent === "number" ? String(details.disabilityPercent) : "",
    hasLegalRepresentative: details.legalRepresentative ? "si" : "no",
    ...personValues("legalRepresentative", details.legalRepresentative),
    relation: text("relation"),
  };
}
