// A SEPS request's statuses as people read them (client-safe).
import type { SepsRequest } from "@/lib/db/schema";

export type RequestStatus = SepsRequest["status"];

export const STATUS_LABEL: Record<RequestStatus, string> = {
  pendiente_documentos: "Pendiente de documentos",
  en_revision: "En revisión",
  aprobada: "Aprobada",
  rechazada: "Rechazada",
  correccion_solicitada: "Corrección solicitada",
};

export const STATUS_TAG: Record<RequestStatus, string> = {
  pendiente_documentos: "tag tag--muted",
  en_revision: "tag",
  aprobada: "tag tag--success",
  rechazada: "tag tag--danger",
  correccion_solicitada: "tag tag--warning",
};
