// What the status page of a pending account lists as still missing, and which of the sections SENAE
// asked to correct the applicant can resubmit (issue 19). Pure and client-safe.
import { needsRespaldo } from "./request-details";
import { APPROVER_LABEL, REGISTRATION_TYPE_INFO, type RegistrationType, type RequestStatus } from "./registration-types";

/** The sections SENAE may ask to correct, with the keys its review form posts. */
export type CorrectableSection = "organizacion" | "detalles" | "respaldo" | "solicitud_uso";

export const CORRECTABLE_SECTION_LABEL: Record<CorrectableSection, string> = {
  organizacion: "Datos de la organización (RUC, razón social, dirección, teléfono)",
  detalles: "Datos propios del tipo de registro (cargo, representante, datos de la cédula)",
  respaldo: "Documento de respaldo (PDF)",
  solicitud_uso: "Solicitud de uso firmada electrónicamente",
};

export const SIGNED_SOLICITUD_USO_MISSING = "Subir la Solicitud de uso firmada electrónicamente.";

type RequestLike = { type: RegistrationType; status: RequestStatus; orgRuc: string | null; correctionFields: string[] | null };

/** The asked sections this request can correct on its status page (in a fixed order). */
export function correctableSections(request: Pick<RequestLike, "type" | "orgRuc" | "correctionFields">): CorrectableSection[] {
  const asked = new Set(request.correctionFields ?? []);
  const type = request.type;
  const all: [CorrectableSection, boolean][] = [
    ["organizacion", request.orgRuc !== null],
    ["detalles", type !== "usuario_general"],
    ["respaldo", type !== "usuario_general" && needsRespaldo(type)],
    ["solicitud_uso", REGISTRATION_TYPE_INFO[type].approver === "senae"],
  ];
  return all.filter(([section, applies]) => applies && asked.has(section)).map(([section]) => section);
}

/**
 * What is still missing, in the order the applicant does it: the signed Solicitud de uso (types
 * SENAE approves; a copy without a valid electronic signature does not count), the correction,
 * then the approval itself.
 */
export function missingSteps(request: RequestLike, signed: { electronicallySigned: boolean; afterDecision: boolean } | null, needsSignedCopy: boolean): string[] {
  if (request.status === "aprobada" || request.status === "rechazada") return [];
  const steps: string[] = [];
  const copyAsked = request.status === "correccion_solicitada" && (request.correctionFields ?? []).includes("solicitud_uso");
  if (needsSignedCopy && (!signed?.electronicallySigned || (copyAsked && !signed.afterDecision))) steps.push(SIGNED_SOLICITUD_USO_MISSING);
  if (request.status === "correccion_solicitada") {
    steps.push("Corregir lo que el SENAE indicó y reenviar la solicitud.");
  }
  steps.push(`La revisión y aprobación de su solicitud por: ${APPROVER_LABEL[REGISTRATION_TYPE_INFO[request.type].approver]}.`);
  return steps;
}
