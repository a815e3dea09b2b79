// A SEPS request's statuses as people read them (client-safe).
import type { SepsRequest } from "@/lib/db/schema";

export type RequestStatus = SepsRequest["status"];

export const STATUS_LABEL: Record<RequestStatus, string> = {
  pendiente_documentos: "Pendiente de documentos",
  en_revision: "En revisión",
  aprobada: "Aprobada",
  rechazada: "Rechazada",
  correccion_solicitada: "Corrección solicitada",
  retirada: "Retirada",
  caducada: "Caducada",
};

export const STATUS_TAG: Record<RequestStatus, string> = {
  pendiente_documentos: "tag tag--muted",
  en_revision: "tag",
  aprobada: "tag tag--success",
  rechazada: "tag tag--danger",
  correccion_solicitada: "tag tag--warning",
  retirada: "tag tag--muted",
  caducada: "tag tag--muted",
};

/** Closed without a decision: out of the reviewers' queue. */
export const CLOSED_STATUSES = ["retirada", "caducada"] as const satisfies readonly RequestStatus[];

/** The statuses the reviewers' queue lists and filters by. */
export const QUEUE_STATUSES = (Object.keys(STATUS_LABEL) as RequestStatus[]).filter(
  (s) => !(CLOSED_STATUSES as readonly string[]).includes(s),
) as Exclude<RequestStatus, (typeof CLOSED_STATUSES)[number]>[];
