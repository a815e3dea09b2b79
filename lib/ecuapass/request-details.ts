// The type's own sections of an Ecuapass registration request (issue 19), stored as
// `ecuapass_registration_requests.details` after this schema validated them: the applicant's
// position, the representative's data where the type has one, the kind of supporting document
// ("respaldo") uploaded, and for Persona con Discapacidad the data printed on the cédula and the
// legal representative when one acts. Client-safe: the review page, the status page and the forms
// read the labels; `describeRequestDetails` turns stored details into labelled rows for display.
import { z } from "zod";
import { checkCedula, checkPassport } from "@/lib/identity/documents";
import { cleanText } from "@/lib/security/normalize";
import { NAME_MAX } from "./rules";
import { REGISTRATION_TYPE_INFO, type RegistrationType } from "./registration-types";

export type DetailedType = Exclude<RegistrationType, "usuario_general">;

/** The supporting documents a request may carry (one PDF, its kind chosen on the form). */
export const RESPALDO_KIND_LABEL = {
  nombramiento: "Nombramiento del representante legal",
  ruc_persona_natural: "RUC de la persona natural",
  nombramiento_autoridad: "Nombramiento de la máxima autoridad",
  oficio_delegacion: "Oficio de delegación de la máxima autoridad",
  nombramiento_funcionario: "Nombramiento del funcionario",
  accion_personal: "Acción de personal",
  certificado_talento_humano: "Certificado de la unidad de Talento Humano",
  credencial_organismo: "Credencial o acreditación del organismo internacional",
  delegacion_organismo: "Oficio de delegación del representante del organismo",
  cedula: "Cédula de identidad de la persona con discapacidad",
  cedula_representacion: "Cédula de la persona con discapacidad y documento que acredita la representación legal",
} as const;
export type RespaldoKind = keyof typeof RESPALDO_KIND_LABEL;

/** The supporting-document kinds each type accepts (Empleado needs none: its representative vouches). */
export const RESPALDO_KINDS_FOR: Record<DetailedType, readonly RespaldoKind[]> = {
  representante_comercio_exterior: ["nombramiento", "ruc_persona_natural"],
  empleado: [],
  representante_entidad_publica: ["nombramiento_autoridad", "oficio_delegacion"],
  funcionario_entidad_publica: ["nombramiento_funcionario", "accion_personal", "certificado_talento_humano"],
  organismo_internacional: ["credencial_organismo", "delegacion_organismo"],
  persona_discapacidad: ["cedula", "cedula_representacion"],
};

export function needsRespaldo(type: DetailedType): boolean {
  return RESPALDO_KINDS_FOR[type].length > 0;
}

/** How the representative of a public entity acts (ecuapass-tipos.md). */
export const ENTITY_CAPACITY_LABEL = {
  maxima_autoridad: "Máxima autoridad de la entidad",
  delegado: "Funcionario delegado por la máxima autoridad",
} as const;
export type EntityCapacity = keyof typeof ENTITY_CAPACITY_LABEL;

/** The types of disability printed on the cédula (since 1 January 2025 the only valid proof). */
export const DISABILITY_TYPE_LABEL = {
  fisica: "Física",
  intelectual: "Intelectual",
  auditiva: "Auditiva",
  visual: "Visual",
  psicosocial: "Psicosocial",
} as const;
export type DisabilityType = keyof typeof DISABILITY_TYPE_LABEL;

/** Ecuador's law recognizes a person with a disability from 30 %. */
export const DISABILITY_PERCENT_MIN = 30;
export const DISABILITY_PERCENT_MAX = 100;
/** What the percentage input accepts as typed ("100 %"). */
export const DISABILITY_PERCENT_INPUT_MAX = 5;

export const LEGAL_REPRESENTATIVE_RELATION_LABEL = {
  padre_madre: "Padre o madre",
  tutor: "Tutor o tutora",
  curador: "Curador o curadora",
  apoderado: "Apoderado o apoderada",
} as const;
export type LegalRepresentativeRelation = keyof typeof LEGAL_REPRESENTATIVE_RELATION_LABEL;

export const POSITION_MAX = 120;

export const DETAILS_MESSAGES = {
  position: `Escriba el cargo (entre 2 y ${POSITION_MAX} caracteres).`,
  personName: "Escriba nombres y apellidos.",
  respaldoKind: "Seleccione el tipo de documento de respaldo.",
  respaldoKindForCapacity: "El documento de respaldo no corresponde: la máxima autoridad adjunta su nombramiento y el delegado, el oficio de delegación.",
  respaldoKindForRepresentative: "El documento de respaldo no corresponde: si actúa un representante legal, adjunte también el documento que lo acredita.",
  capacity: "Indique si usted es la máxima autoridad o un funcionario delegado.",
  disabilityType: "Seleccione el tipo de discapacidad que consta en la cédula.",
  disabilityPercent: `Escriba el porcentaje de discapacidad que consta en la cédula (de ${DISABILITY_PERCENT_MIN} a ${DISABILITY_PERCENT_MAX}).`,
  relation: "Seleccione en qué calidad actúa el representante legal.",
  personDocType: "Seleccione el tipo de documento.",
} as const;

const name = (message: string, max = NAME_MAX) =>
  z
    .string({ error: message })
    .max(max * 4, message)
    .transform((v) => cleanText(v))
    .pipe(z.string().min(2, message).max(max, message));

const cedula = z
  .string({ error: "Escriba el número de cédula." })
  .max(40, "La cédula debe tener 10 dígitos.")
  .transform((raw, ctx) => {
    const check = checkCedula(raw);
    if (check.ok) return check.value;
    ctx.addIssue({ code: "custom", message: check.message });
    return z.NEVER;
  });

const checkPersonDocument = (person: { docType: "cedula" | "pasaporte"; docNumber: string }) =>
  person.docType === "cedula" ? checkCedula(person.docNumber) : checkPassport(person.docNumber);

/** A person named in the request: the legal representative, the entity's highest authority… */
export const personSchema = z
  .object({
    fullName: name(DETAILS_MESSAGES.personName),
    docType: z.enum(["cedula", "pasaporte"], { error: DETAILS_MESSAGES.personDocType }),
    docNumber: z.string({ error: "Escriba el número de documento." }).max(40, "Número de documento demasiado largo."),
    position: name(DETAILS_MESSAGES.position, POSITION_MAX).optional(),
  })
  .superRefine(
    (person, ctx) => {
      const check = checkPersonDocument(person);
      if (!check.ok) ctx.addIssue({ code: "custom", path: ["docNumber"], message: check.message });
    },
    // Checked even when the name is wrong too, so one answer names both fields.
    { when: (payload) => !payload.issues.some((issue) => !issue.path?.length || issue.path[0] === "docType" || issue.path[0] === "docNumber") },
  )
  .transform((person) => ({ ...person, docNumber: (checkPersonDocument(person) as { value: string }).value }));
export type PersonDetails = z.output<typeof personSchema>;

const position = name(DETAILS_MESSAGES.position, POSITION_MAX);
const respaldo = <K extends RespaldoKind>(kinds: readonly [K, ...K[]]) => z.enum(kinds, { error: DETAILS_MESSAGES.respaldoKind });

export const REQUEST_DETAILS_SCHEMAS = {
  representante_comercio_exterior: z.object({
    position,
    respaldoKind: respaldo(["nombramiento", "ruc_persona_natural"]),
  }),
  empleado: z.object({
    position,
  }),
  representante_entidad_publica: z
    .object({
      position,
      capacity: z.enum(["maxima_autoridad", "delegado"], { error: DETAILS_MESSAGES.capacity }),
      /** The entity's highest authority as registered with the SRI (the delegate acts for this person). */
      authority: personSchema.nullable(),
      respaldoKind: respaldo(["nombramiento_autoridad", "oficio_delegacion"]),
    })
    .superRefine((d, ctx) => {
      if (d.capacity === "delegado" && !d.authority) {
        ctx.addIssue({ code: "custom", path: ["authority"], message: "Escriba los datos de la máxima autoridad que le delegó." });
      }
      const expected = d.capacity === "delegado" ? "oficio_delegacion" : "nombramiento_autoridad";
      if (d.respaldoKind !== expected) ctx.addIssue({ code: "custom", path: ["respaldoKind"], message: DETAILS_MESSAGES.respaldoKindForCapacity });
    }),
  funcionario_entidad_publica: z.object({
    position,
    respaldoKind: respaldo(["nombramiento_funcionario", "accion_personal", "certificado_talento_humano"]),
  }),
  organismo_internacional: z.object({
    position,
    /** The organization's representative, who delegated the applicant. */
    representative: personSchema,
    respaldoKind: respaldo(["credencial_organismo", "delegacion_organismo"]),
  }),
  persona_discapacidad: z
    .object({
      /** The person with the disability (the account holder) as printed on the cédula. */
      cedula,
      disabilityType: z.enum(Object.keys(DISABILITY_TYPE_LABEL) as [DisabilityType, ...DisabilityType[]], { error: DETAILS_MESSAGES.disabilityType }),
      disabilityPercent: z
        .number({ error: DETAILS_MESSAGES.disabilityPercent })
        .int(DETAILS_MESSAGES.disabilityPercent)
        .min(DISABILITY_PERCENT_MIN, DETAILS_MESSAGES.disabilityPercent)
        .max(DISABILITY_PERCENT_MAX, DETAILS_MESSAGES.disabilityPercent),
      /** The legal representative who acts for the person, when one does. */
      legalRepresentative: personSchema.nullable(),
      relation: z
        .enum(Object.keys(LEGAL_REPRESENTATIVE_RELATION_LABEL) as [LegalRepresentativeRelation, ...LegalRepresentativeRelation[]], {
          error: DETAILS_MESSAGES.relation,
        })
        .nullable(),
      respaldoKind: respaldo(["cedula", "cedula_representacion"]),
    })
    .superRefine((d, ctx) => {
      if (d.legalRepresentative && !d.relation) ctx.addIssue({ code: "custom", path: ["relation"], message: DETAILS_MESSAGES.relation });
      const expected = d.legalRepresentative ? "cedula_representacion" : "cedula";
      if (d.respaldoKind !== expected) {
        ctx.addIssue({ code: "custom", path: ["respaldoKind"], message: DETAILS_MESSAGES.respaldoKindForRepresentative });
      }
    }),
} satisfies Record<DetailedType, z.ZodType<Record<string, unknown>>>;

export type RequestDetails<T extends DetailedType = DetailedType> = z.output<(typeof REQUEST_DETAILS_SCHEMAS)[T]>;

export type ParsedDetails = { ok: true; details: Record<string, unknown> } | { ok: false; error: z.ZodError };

/** Validates the details of a type before they are stored (the parse is idempotent: stored details parse to themselves). */
export function parseRequestDetails(type: DetailedType, value: unknown): ParsedDetails {
  const parsed = (REQUEST_DETAILS_SCHEMAS[type] as z.ZodType<Record<string, unknown>>).safeParse(value);
  return parsed.success ? { ok: true, details: parsed.data } : { ok: false, error: parsed.error };
}

export type DetailRow = { label: string; value: string };

const DOC_LABEL = { cedula: "Cédula", pasaporte: "Pasaporte" } as const;

function personRows(prefix: string, person: PersonDetails): DetailRow[] {
  return [
    { label: `${prefix}: nombres y apellidos`, value: person.fullName },
    { label: `${prefix}: documento`, value: `${DOC_LABEL[person.docType]} ${person.docNumber}` },
    ...(person.position ? [{ label: `${prefix}: cargo`, value: person.position }] : []),
  ];
}

function respaldoRow(kind: RespaldoKind): DetailRow {
  return { label: "Documento de respaldo", value: RESPALDO_KIND_LABEL[kind] };
}

/**
 * The stored details as labelled rows (reviewers, the applicant's status page). Details that do
 * not match the type's schema (never stored by this site) are shown raw rather than hidden.
 */
export function describeRequestDetails(type: RegistrationType, details: unknown): DetailRow[] {
  if (type === "usuario_general") return [];
  const parsed = parseRequestDetails(type, details);
  if (!parsed.ok) {
    return [{ label: `Datos de ${REGISTRATION_TYPE_INFO[type].label} (sin validar)`, value: JSON.stringify(details ?? null) }];
  }
  switch (type) {
    case "representante_comercio_exterior": {
      const d = parsed.details as RequestDetails<typeof type>;
      return [{ label: "Cargo en la empresa", value: d.position }, respaldoRow(d.respaldoKind)];
    }
    case "empleado": {
      const d = parsed.details as RequestDetails<typeof type>;
      return [{ label: "Cargo en la empresa", value: d.position }];
    }
    case "representante_entidad_publica": {
      const d = parsed.details as RequestDetails<typeof type>;
      return [
        { label: "Cargo en la entidad", value: d.position },
        { label: "Actúa como", value: ENTITY_CAPACITY_LABEL[d.capacity] },
        ...(d.authority ? personRows("Máxima autoridad", d.authority) : []),
        respaldoRow(d.respaldoKind),
      ];
    }
    case "funcionario_entidad_publica": {
      const d = parsed.details as RequestDetails<typeof type>;
      return [{ label: "Cargo en la entidad", value: d.position }, respaldoRow(d.respaldoKind)];
    }
    case "organismo_internacional": {
      const d = parsed.details as RequestDetails<typeof type>;
      return [{ label: "Cargo en el organismo", value: d.position }, ...personRows("Representante del organismo", d.representative), respaldoRow(d.respaldoKind)];
    }
    case "persona_discapacidad": {
      const d = parsed.details as RequestDetails<typeof type>;
      return [
        { label: "Cédula de la persona con discapacidad", value: d.cedula },
        { label: "Tipo de discapacidad", value: DISABILITY_TYPE_LABEL[d.disabilityType] },
        { label: "Porcentaje de discapacidad", value: `${d.disabilityPercent} %` },
        ...(d.legalRepresentative
          ? [
              ...personRows("Representante legal", d.legalRepresentative),
              { label: "Representante legal: calidad", value: LEGAL_REPRESENTATIVE_RELATION_LABEL[d.relation!] },
            ]
          : [{ label: "Representante legal", value: "No actúa un representante legal" }]),
        respaldoRow(d.respaldoKind),
      ];
    }
  }
}
