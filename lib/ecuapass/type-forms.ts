// The registration forms of the six types that need an approval (issue 19): which sections each
// has beyond the general user's fields, their field names and labels. Client-safe: the pages build
// the form from it, and lib/ecuapass/registration-forms.ts parses a post with the same names.
import type { RucKind } from "./organization-schema";
import { RUC_KINDS_FOR } from "./organization-schema";
import { registrationTypeBySlug } from "./registration-types";
import type { DetailedType, EntityCapacity, RespaldoKind } from "./request-details";

export type TypeFormConfig = {
  type: DetailedType;
  /** The page's title (the seed's wording, §5.2). */
  title: string;
  lead: string;
  /** The organization section, or null (Persona con Discapacidad acts for no organization). */
  organization: { legend: string; noun: string; rucKinds: readonly RucKind[] } | null;
  /** The applicant's position in the organization; null when the type has none. */
  positionLabel: string | null;
  /** The identification documents the applicant may register with. */
  docTypes: readonly ("cedula" | "pasaporte")[];
  /** The supporting-document kinds the applicant chooses from (one: fixed; more: a select; derived ones: see respaldoKindFor). */
  respaldoChoice: readonly RespaldoKind[];
  sections: { authority?: true; representative?: true; disability?: true };
};

const ORG = (legend: string, noun: string, type: keyof typeof RUC_KINDS_FOR) => ({ legend, noun, rucKinds: RUC_KINDS_FOR[type] });

export const TYPE_FORMS: Record<DetailedType, TypeFormConfig> = {
  representante_comercio_exterior: {
    type: "representante_comercio_exterior",
    title: "Solicitud de registro de usuario de Representante de Comercio Exterior",
    lead: "Registre los datos de la empresa (o de la persona natural con RUC) y los suyos como representante legal. El SENAE revisa y aprueba la solicitud; después podrá aprobar a los empleados de la empresa y asignarles funciones.",
    organization: ORG("Datos de la empresa", "empresa", "representante_comercio_exterior"),
    positionLabel: "Cargo en la empresa",
    docTypes: ["cedula", "pasaporte"],
    respaldoChoice: ["nombramiento", "ruc_persona_natural"],
    sections: {},
  },
  empleado: {
    type: "empleado",
    title: "Solicitud de registro de usuario de Empleado",
    lead: "Registre la empresa en la que trabaja y sus datos. La empresa debe tener un representante de comercio exterior ya registrado y aprobado en Ecuapass: él aprueba su solicitud y le asigna las funciones que podrá usar.",
    organization: ORG("Datos de la empresa en la que trabaja", "empresa", "empleado"),
    positionLabel: "Cargo en la empresa",
    docTypes: ["cedula", "pasaporte"],
    respaldoChoice: [],
    sections: {},
  },
  representante_entidad_publica: {
    type: "representante_entidad_publica",
    title: "Solicitud de registro de usuario para Representantes de Entidades Públicas",
    lead: "Registre los datos de la entidad pública y los suyos, como máxima autoridad o como funcionario delegado por ella, con el documento que lo acredita. El SENAE revisa y aprueba la solicitud.",
    organization: ORG("Datos de la entidad pública", "entidad", "representante_entidad_publica"),
    positionLabel: "Cargo en la entidad",
    docTypes: ["cedula", "pasaporte"],
    respaldoChoice: ["nombramiento_autoridad", "oficio_delegacion"],
    sections: { authority: true },
  },
  funcionario_entidad_publica: {
    type: "funcionario_entidad_publica",
    title: "Solicitud de registro de usuario para Funcionarios de Entidades Públicas",
    lead: "Registre la entidad pública en la que trabaja, sus datos y el documento que acredita su cargo. La entidad debe tener un representante ya registrado y aprobado en Ecuapass: él aprueba su solicitud y le asigna las opciones que podrá usar.",
    organization: ORG("Datos de la entidad pública en la que trabaja", "entidad", "funcionario_entidad_publica"),
    positionLabel: "Cargo en la entidad",
    docTypes: ["cedula", "pasaporte"],
    respaldoChoice: ["nombramiento_funcionario", "accion_personal", "certificado_talento_humano"],
    sections: {},
  },
  organismo_internacional: {
    type: "organismo_internacional",
    title: "Solicitud de registro de usuario para Organismos Internacionales",
    lead: "Registre los datos del organismo internacional, los de su representante y los suyos como funcionario delegado, con la credencial o el oficio de delegación. El SENAE revisa y aprueba la solicitud.",
    organization: ORG("Datos del organismo internacional", "organismo", "organismo_internacional"),
    positionLabel: "Cargo en el organismo",
    docTypes: ["cedula", "pasaporte"],
    respaldoChoice: ["credencial_organismo", "delegacion_organismo"],
    sections: { representative: true },
  },
  persona_discapacidad: {
    type: "persona_discapacidad",
    title: "Registro de Usuario Persona con Discapacidad",
    lead: "Registre los datos de la persona con discapacidad tal como constan en su cédula (desde el 1 de enero de 2025, la cédula con el tipo y el porcentaje de discapacidad es el único documento válido) y, si actúa, los de su representante legal. El SENAE revisa y aprueba la solicitud; después tendrá acceso al formulario «Certificado 420 para la Importación de Bienes».",
    organization: null,
    positionLabel: null,
    docTypes: ["cedula"],
    respaldoChoice: ["cedula", "cedula_representacion"],
    sections: { disability: true },
  },
};

/** The form at /ecuapass/registro/<slug> (none for the general user, whose form is its own page). */
export function typeFormBySlug(slug: string): TypeFormConfig | undefined {
  const info = registrationTypeBySlug(slug);
  return info && info.type !== "usuario_general" ? TYPE_FORMS[info.type] : undefined;
}

/**
 * The supporting document a request carries, where the rest of the form decides it: a natural
 * person with RUC has no nombramiento (the RUC itself), a delegate attaches the delegation, a
 * legal representative also the document that makes them one. Otherwise the applicant's choice.
 */
export function respaldoKindFor(
  type: DetailedType,
  form: { rucKind?: RucKind | null; capacity?: EntityCapacity | string; hasLegalRepresentative?: boolean; chosen?: string },
): RespaldoKind | null {
  switch (type) {
    case "empleado":
      return null;
    case "representante_comercio_exterior":
      return form.rucKind === "persona_natural" ? "ruc_persona_natural" : "nombramiento";
    case "representante_entidad_publica":
      return form.capacity === "delegado" ? "oficio_delegacion" : "nombramiento_autoridad";
    case "persona_discapacidad":
      return form.hasLegalRepresentative ? "cedula_representacion" : "cedula";
    default:
      return TYPE_FORMS[type].respaldoChoice.includes(form.chosen as RespaldoKind) ? (form.chosen as RespaldoKind) : null;
  }
}

/** The labels of each type's own fields (also the error summary's links). */
export const TYPE_FIELD_LABELS = {
  orgRuc: "RUC",
  orgRazonSocial: "Razón social",
  orgAddress: "Dirección",
  orgPhone: "Teléfono",
  position: "Cargo",
  capacity: "Usted actúa como",
  authorityFullName: "Nombres y apellidos de la máxima autoridad",
  authorityDocNumber: "Documento de la máxima autoridad",
  authorityPosition: "Cargo de la máxima autoridad",
  representativeFullName: "Nombres y apellidos del representante del organismo",
  representativeDocNumber: "Documento del representante del organismo",
  representativePosition: "Cargo del representante del organismo",
  disabilityType: "Tipo de discapacidad",
  disabilityPercent: "Porcentaje de discapacidad",
  hasLegalRepresentative: "¿Actúa un representante legal?",
  legalRepresentativeFullName: "Nombres y apellidos del representante legal",
  legalRepresentativeDocNumber: "Documento del representante legal",
  relation: "Calidad del representante legal",
  respaldoKind: "Tipo de documento de respaldo",
  respaldo: "Documento de respaldo (PDF)",
} as const;
export type TypeField = keyof typeof TYPE_FIELD_LABELS;

/** The person sub-sections' field prefixes, as the details schema names them. */
export const PERSON_PREFIX = { authority: "authority", representative: "representative", legalRepresentative: "legalRepresentative" } as const;

export const RESPALDO_HINT = "Un solo archivo PDF de hasta 10 MB (escaneado o digital).";
export const RESPALDO_MISSING = "Adjunte el documento de respaldo en PDF.";
export const RESPALDO_NOT_PDF = "El archivo no es un PDF. Adjunte el documento de respaldo en formato PDF.";
