// The seven Ecuapass registration types of §5.2 (seed 004) and ../shared/data/ecuapass-tipos.md:
// who files, who approves, what an approved account is granted. Client-safe (the chooser, the
// status page and "Mi página" read it). `online` says whether the type can be filed on this site today.

export const REGISTRATION_TYPES = [
  "usuario_general",
  "representante_comercio_exterior",
  "empleado",
  "representante_entidad_publica",
  "funcionario_entidad_publica",
  "organismo_internacional",
  "persona_discapacidad",
] as const;
export type RegistrationType = (typeof REGISTRATION_TYPES)[number];

export type Approver = "ninguno" | "senae" | "representante_empresa" | "representante_entidad";

export type RegistrationTypeInfo = {
  type: RegistrationType;
  /** The path segment of /ecuapass/registro/<slug>. */
  slug: string;
  label: string;
  approver: Approver;
  /** What an approved account may do (shown on "Mi página"; functions, not services). */
  grants: readonly string[];
};

export const APPROVER_LABEL: Record<Approver, string> = {
  ninguno: "No requiere aprobación",
  senae: "Servicio Nacional de Aduana del Ecuador (SENAE)",
  representante_empresa: "El representante de comercio exterior de la empresa",
  representante_entidad: "El representante (o delegado) de la entidad pública",
};

/** The service time SENAE publishes for reviewing a registration request. */
export const SENAE_SERVICE_TIME = "hasta 3 días laborables";
/** The same service time in business days (the /admin queue's "En espera" column). */
export const SENAE_SERVICE_BUSINESS_DAYS = 3;

export const REGISTRATION_TYPE_INFO: Record<RegistrationType, RegistrationTypeInfo> = {
  usuario_general: {
    type: "usuario_general",
    slug: "usuario-general",
    label: "Usuario General",
    approver: "ninguno",
    grants: ["Consultas públicas del portal Ecuapass", "Actualización de sus propios datos"],
  },
  representante_comercio_exterior: {
    type: "representante_comercio_exterior",
    slug: "representante-comercio-exterior",
    label: "Representante de Comercio Exterior",
    approver: "senae",
    grants: [
      "Presentar trámites de comercio exterior a nombre de la empresa o persona con RUC",
      "Aprobar o rechazar las solicitudes de los empleados de la empresa",
      "Asignar y retirar funciones y perfiles a los empleados",
    ],
  },
  empleado: {
    type: "empleado",
    slug: "empleado",
    label: "Empleado",
    approver: "representante_empresa",
    grants: ["Las funciones y perfiles que le asigne el representante de la empresa"],
  },
  representante_entidad_publica: {
    type: "representante_entidad_publica",
    slug: "representante-entidad-publica",
    label: "Representantes de Entidades Públicas",
    approver: "senae",
    grants: ["Actuar ante el SENAE a nombre de la entidad", "Aprobar a los funcionarios de la entidad y asignarles opciones"],
  },
  funcionario_entidad_publica: {
    type: "funcionario_entidad_publica",
    slug: "funcionario-entidad-publica",
    label: "Funcionarios de Entidades Públicas",
    approver: "representante_entidad",
    grants: ["Las opciones que le asigne el representante de la entidad"],
  },
  organismo_internacional: {
    type: "organismo_internacional",
    slug: "organismo-internacional",
    label: "Organismos Internacionales",
    approver: "senae",
    grants: ["Actuar ante el SENAE como máxima autoridad delegada del organismo"],
  },
  persona_discapacidad: {
    type: "persona_discapacidad",
    slug: "persona-discapacidad",
    label: "Persona con Discapacidad",
    approver: "senae",
    grants: ["Formulario «Certificado 420 para la Importación de Bienes»"],
  },
};

export function registrationTypeBySlug(slug: string): RegistrationTypeInfo | undefined {
  return Object.values(REGISTRATION_TYPE_INFO).find((t) => t.slug === slug);
}

export const REQUEST_STATUSES = ["pendiente_aprobacion", "aprobada", "rechazada", "correccion_solicitada"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_STATUS_LABEL: Record<RequestStatus, string> = {
  pendiente_aprobacion: "Pendiente de aprobación",
  aprobada: "Aprobada",
  rechazada: "Rechazada",
  correccion_solicitada: "Corrección solicitada",
};

export type RequestAction = "aprobar" | "rechazar" | "solicitar_correccion" | "reenviar";

/**
 * The state machine: a reviewer decides only a pending request; the applicant resubmits only a
 * request whose correction was asked. Everything else is refused (and no row changes).
 */
const TRANSITIONS: Record<RequestAction, { from: RequestStatus; to: RequestStatus }> = {
  aprobar: { from: "pendiente_aprobacion", to: "aprobada" },
  rechazar: { from: "pendiente_aprobacion", to: "rechazada" },
  solicitar_correccion: { from: "pendiente_aprobacion", to: "correccion_solicitada" },
  reenviar: { from: "correccion_solicitada", to: "pendiente_aprobacion" },
};

export function transition(action: RequestAction): { from: RequestStatus; to: RequestStatus } {
  return TRANSITIONS[action];
}

export function nextStatus(current: RequestStatus, action: RequestAction): RequestStatus | null {
  const t = TRANSITIONS[action];
  return t.from === current ? t.to : null;
}

/** The account's status that follows a request's status. */
export function accountStatusFor(status: RequestStatus): "activo" | "pendiente_aprobacion" | "rechazado" {
  if (status === "aprobada") return "activo";
  if (status === "rechazada") return "rechazado";
  return "pendiente_aprobacion";
}

export type ApplicantStatusView = {
  typeLabel: string;
  statusLabel: string;
  approver: string;
  serviceTime: string | null;
  /** What is still missing before the account can be used (empty once decided). */
  missing: string[];
  reason: string | null;
  /** What the type grants: shown once approved. */
  grants: readonly string[];
};

/** What the status page of a pending account shows (issue 19): what is missing, who approves, the service time. */
export function applicantStatusView(request: {
  type: RegistrationType;
  status: RequestStatus;
  decisionReason: string | null;
  correctionFields: string[] | null;
}): ApplicantStatusView {
  const info = REGISTRATION_TYPE_INFO[request.type];
  const approver = APPROVER_LABEL[info.approver];
  const missing =
    request.status === "pendiente_aprobacion"
      ? [`La revisión y aprobación de su solicitud por: ${approver}.`]
      : request.status === "correccion_solicitada"
        ? [
            "Corregir su solicitud y reenviarla.",
            ...(request.correctionFields ?? []).map((f) => `Sección por corregir: ${CORRECTION_SECTION_LABEL[f] ?? f}.`),
          ]
        : [];
  return {
    typeLabel: info.label,
    statusLabel: REQUEST_STATUS_LABEL[request.status],
    approver,
    serviceTime: info.approver === "senae" && request.status !== "aprobada" && request.status !== "rechazada" ? SENAE_SERVICE_TIME : null,
    missing,
    reason: request.status === "rechazada" || request.status === "correccion_solicitada" ? request.decisionReason : null,
    grants: request.status === "aprobada" ? info.grants : [],
  };
}

/**
 * The sections SENAE may ask to correct (the applicant resubmits only those): the organization,
 * the type's own data, the supporting document, and the signed «Solicitud de uso».
 */
export const CORRECTION_SECTIONS = ["organizacion", "detalles", "respaldo", "solicitud_uso"] as const;
export type CorrectionSection = (typeof CORRECTION_SECTIONS)[number];

export const CORRECTION_SECTION_LABEL: Record<string, string> = {
  organizacion: "Datos de la organización (RUC, razón social, dirección, teléfono)",
  detalles: "Datos propios del tipo de registro (cargo, representante, datos de la cédula)",
  respaldo: "Documento de respaldo (PDF)",
  solicitud_uso: "«Solicitud de uso» firmada electrónicamente",
} satisfies Record<CorrectionSection, string>;

/** The sections a request of this type has (an employee has no supporting document nor Solicitud de uso). */
export function correctionSectionsFor(request: { type: RegistrationType; orgRuc: string | null }, needsRespaldo: boolean): CorrectionSection[] {
  return CORRECTION_SECTIONS.filter((section) => {
    if (section === "organizacion") return request.orgRuc !== null;
    if (section === "respaldo") return needsRespaldo;
    if (section === "solicitud_uso") return REGISTRATION_TYPE_INFO[request.type].approver === "senae";
    return true;
  });
}
