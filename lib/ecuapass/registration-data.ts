import "server-only";
import type { DataItem, DataSection } from "@/lib/privacy/personal-data";
import { listGrantHistory } from "./functions";
import { findRequestOfAccount } from "./registration-requests";
import { REGISTRATION_TYPE_INFO, REQUEST_STATUS_LABEL } from "./registration-types";
import { describeRequestDetails } from "./request-details";

// What "Mis datos" (LOPDP right of access) adds for an account of a type that needs an approval
// (issue 19): its registration request, as filed and as decided, and every function it was granted
// (revoked ones too, with when).

const RUC_KIND_LABEL = { persona_natural: "Persona natural", entidad_publica: "Entidad pública", sociedad_privada: "Sociedad privada" } as const;

export async function registrationDataOf(accountId: string): Promise<{ typeLabel: string; sections: DataSection[] } | null> {
  const request = await findRequestOfAccount(accountId);
  if (!request) return null;
  const typeLabel = REGISTRATION_TYPE_INFO[request.type].label;
  const form = `Formulario «Registro de ${typeLabel}» (ingresado por usted)`;
  const decider = request.decidedByAccount ? "El representante de su organización" : request.decidedBy ? "El SENAE" : null;
  const items: (DataItem | null)[] = [
    { label: "Tipo de registro", value: typeLabel, source: form },
    { label: "Estado", value: REQUEST_STATUS_LABEL[request.status], source: "Registrado por el sistema" },
    request.orgRuc ? { label: "RUC de la organización", value: `${request.orgRuc}${request.orgRucKind ? ` (${RUC_KIND_LABEL[request.orgRucKind]})` : ""}`, source: form } : null,
    request.orgRazonSocial ? { label: "Razón social", value: request.orgRazonSocial, source: form } : null,
    request.orgAddress ? { label: "Dirección de la organización", value: request.orgAddress, source: form } : null,
    request.orgPhone ? { label: "Teléfono de la organización", value: request.orgPhone, source: form } : null,
    ...describeRequestDetails(request.type, request.details).map((row) => ({ label: row.label, value: row.value, source: form })),
    { label: "Enviada el", value: request.submittedAt.toISOString(), source: "Registrado por el sistema" },
    request.decidedAt && decider ? { label: "Decidida el", value: `${request.decidedAt.toISOString()} por: ${decider}`, source: "Registrado por el sistema" } : null,
    request.decisionReason ? { label: "Motivo", value: request.decisionReason, source: decider ?? "El SENAE" } : null,
  ];
  const sections: DataSection[] = [{ title: "Solicitud de registro", items: items.filter((i): i is DataItem => Boolean(i?.value)) }];
  const grants = await listGrantHistory(accountId);
  if (grants.length) {
    sections.push({
      title: "Funciones asignadas",
      items: grants.map((g) => ({
        label: g.name,
        value: `Asignada el ${g.grantedAt.toISOString()}${g.revokedAt ? `; retirada el ${g.revokedAt.toISOString()}` : " (vigente)"}`,
        source: g.grantedBy ? "Asignada por el representante de su organización" : "Asignada por el SENAE",
      })),
    });
  }
  return { typeLabel, sections };
}
