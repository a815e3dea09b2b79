// Client-safe labels of the citizen accounts' states.

export const ACCOUNT_KIND_LABEL = { ecuapass: "Ecuapass", seps: "SEPS" } as const;

export const ACCOUNT_STATUS: Record<string, { label: string; tag: string }> = {
  activo: { label: "Activa", tag: "tag tag--success" },
  pendiente_activacion: { label: "Pendiente de activación", tag: "tag tag--warning" },
  suspendido: { label: "Suspendida", tag: "tag tag--danger" },
  desactivado: { label: "Desactivada", tag: "tag tag--muted" },
  pendiente_aprobacion: { label: "Pendiente de aprobación", tag: "tag tag--warning" },
  rechazado: { label: "Rechazada", tag: "tag tag--danger" },
};

export function accountStatus(status: string) {
  return ACCOUNT_STATUS[status] ?? { label: status, tag: "tag" };
}
