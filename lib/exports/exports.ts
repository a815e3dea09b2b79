import "server-only";
import { and, asc, desc, gt, lt } from "drizzle-orm";
import { nowMs } from "@/lib/clock";
import { db } from "@/lib/db";
import { auditEvents, sepsRequests } from "@/lib/db/schema";
import { auditConditions, recordAudit, redactDetails, type AuditFilter } from "@/lib/security/audit";
import { queueConditions, type QueueFilters } from "@/lib/seps/queue";
import { STATUS_LABEL } from "@/lib/seps/status";
import { csvStream, type Cell } from "./csv";

// The staff exports: read in keyset batches (never OFFSET, never the whole table), each export
// audited with its filters before the first byte goes out.

export const EXPORT_BATCH = 500;

type Staff = { id: string; label: string };

const SECTOR = { financiera: "Financiero", no_financiera: "No financiero" } as const;

export const QUEUE_CSV_HEADER = [
  "Número",
  "Estado",
  "Sector",
  "RUC",
  "Organización",
  "Cédula del usuario",
  "Nombre del usuario",
  "Correo del usuario",
  "Cargo",
  "Creada",
  "Remitida",
  "Decidida",
  "Motivo de la decisión",
];

async function* queueBatches(filters: Pick<QueueFilters, "estado" | "sector" | "q">, batchSize: number): AsyncGenerator<Cell[][]> {
  let after: string | null = null;
  for (;;) {
    const rows = await db
      .select({
        number: sepsRequests.number,
        status: sepsRequests.status,
        sector: sepsRequests.sector,
        orgRuc: sepsRequests.orgRuc,
        orgRazonSocial: sepsRequests.orgRazonSocial,
        userCedula: sepsRequests.userCedula,
        userName: sepsRequests.userName,
        userEmail: sepsRequests.userEmail,
        userPosition: sepsRequests.userPosition,
        createdAt: sepsRequests.createdAt,
        submittedAt: sepsRequests.submittedAt,
        decidedAt: sepsRequests.decidedAt,
        decisionReason: sepsRequests.decisionReason,
      })
      .from(sepsRequests)
      .where(and(queueConditions(filters), after === null ? undefined : gt(sepsRequests.number, after)))
      .orderBy(asc(sepsRequests.number))
      .limit(batchSize);
    if (rows.length === 0) return;
    yield rows.map((r) => [
      r.number,
      STATUS_LABEL[r.status],
      SECTOR[r.sector],
      r.orgRuc,
      r.orgRazonSocial,
      r.userCedula,
      r.userName,
      r.userEmail,
      r.userPosition,
      r.createdAt,
      r.submittedAt,
      r.decidedAt,
      r.decisionReason,
    ]);
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.number;
  }
}

/** The request queue with the page's filters (estado, sector, búsqueda), by request number. */
export async function exportQueueCsv(filters: Pick<QueueFilters, "estado" | "sector" | "q">, staff: Staff, batchSize = EXPORT_BATCH) {
  await recordAudit({
    actor: { kind: "staff", id: staff.id, label: staff.label },
    action: "exportacion.solicitudes",
    subjectType: "seps_request",
    details: { filtros: { estado: filters.estado, sector: filters.sector, q: filters.q || null } },
  });
  return csvStream(QUEUE_CSV_HEADER, queueBatches(filters, batchSize));
}

export const AUDIT_CSV_HEADER = ["Fecha", "Tipo de actor", "Actor", "Identificador del actor", "Acción", "Tipo de sujeto", "Sujeto", "IP", "Detalles"];

async function* auditBatches(filter: Omit<AuditFilter, "pagina">, batchSize: number): AsyncGenerator<Cell[][]> {
  let before: number | null = null;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(auditConditions(filter), before === null ? undefined : lt(auditEvents.id, before)))
      .orderBy(desc(auditEvents.id))
      .limit(batchSize);
    if (rows.length === 0) return;
    yield rows.map((e) => {
      const details = redactDetails(e.details);
      return [e.at, e.actorKind, e.actorLabel, e.actorId, e.action, e.subjectType, e.subjectId, e.ip, details ? JSON.stringify(details) : null];
    });
    if (rows.length < batchSize) return;
    before = rows[rows.length - 1]!.id;
  }
}

/** The audit log with the page's filters, newest first (the export's own event is among the first rows). */
export async function exportAuditCsv(filter: Omit<AuditFilter, "pagina">, staff: Staff, batchSize = EXPORT_BATCH) {
  await recordAudit({
    actor: { kind: "staff", id: staff.id, label: staff.label },
    action: "exportacion.auditoria",
    subjectType: "audit_events",
    details: { filtros: Object.fromEntries(Object.entries(filter).filter(([, v]) => v)) },
  });
  return csvStream(AUDIT_CSV_HEADER, auditBatches(filter, batchSize));
}

/** "solicitudes-2026-11-29-0745.csv" in Ecuador's time. */
export function exportFileName(prefix: string): string {
  const local = new Date(nowMs() - 5 * 3_600_000).toISOString();
  return `${prefix}-${local.slice(0, 10)}-${local.slice(11, 13)}${local.slice(14, 16)}.csv`;
}
