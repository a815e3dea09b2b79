import "server-only";
import { and, desc, eq, gte, ilike, lt, or, type SQL } from "drizzle-orm";
import { headers } from "next/headers";
import { z } from "zod";
import type { DbOrTx } from "@/lib/db";
import { db } from "@/lib/db";
import { auditEvents } from "@/lib/db/schema";
import { clientIpFrom } from "./request";

export type AuditActor = {
  kind: "anonimo" | "ecuapass" | "seps" | "staff" | "sistema";
  id?: string | null;
  label?: string | null;
};

export type AuditEntry = {
  actor: AuditActor;
  /** Dotted verb, e.g. "ecuapass.registro", "auth.ingreso_fallido", "seps.solicitud.aprobada". */
  action: string;
  subjectType?: string;
  subjectId?: string | null;
  /** Never a password, code or token. */
  details?: Record<string, unknown>;
};

async function requestIp(): Promise<string | null> {
  try {
    return clientIpFrom(await headers());
  } catch {
    return null; // Outside a request (scripts, tests).
  }
}

/** Appends one event; pass the transaction so the event commits (or not) with the change. */
export async function recordAudit(entry: AuditEntry, executor: DbOrTx = db) {
  await executor.insert(auditEvents).values({
    actorKind: entry.actor.kind,
    actorId: entry.actor.id ?? null,
    actorLabel: entry.actor.label ?? null,
    ip: await requestIp(),
    action: entry.action,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    details: entry.details ?? null,
  });
}

// ---------------------------------------------------------------- Browsing (/admin/auditoria)

export const AUDIT_PAGE_SIZE = 50;

const dateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);
const textField = z.string().trim().max(200).optional().catch(undefined);

/** Filters from the page's query string; anything malformed is ignored, never an error. */
export const auditFilterSchema = z.object({
  accion: textField,
  actor: textField,
  sujeto: textField,
  desde: dateField,
  hasta: dateField,
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

const SECRET_KEY = /pass|contras|clave|c[oó]digo|code|otp|totp|token|secret|captcha|hash/i;

/** Defense in depth for the page: a detail whose key looks like a secret is never shown. */
export function redactDetails(details: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!details) return null;
  return Object.fromEntries(
    Object.entries(details).map(([k, v]) => [k, SECRET_KEY.test(k) && typeof v !== "number" ? "[oculto]" : v]),
  );
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// Dates are days in Ecuador (UTC-5, no daylight saving).
const ECUADOR_OFFSET = "-05:00";

/** The WHERE of the audit filters (shared by the page and the CSV export). */
export function auditConditions(filter: Omit<AuditFilter, "pagina">): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.accion) conditions.push(ilike(auditEvents.action, `${escapeLike(filter.accion)}%`));
  if (filter.actor) {
    const actor = filter.actor;
    const byLabel = ilike(auditEvents.actorLabel, `%${escapeLike(actor)}%`);
    conditions.push(/^[0-9a-f-]{36}$/i.test(actor) ? or(byLabel, eq(auditEvents.actorId, actor))! : byLabel);
  }
  if (filter.sujeto) {
    conditions.push(or(eq(auditEvents.subjectId, filter.sujeto), eq(auditEvents.subjectType, filter.sujeto))!);
  }
  if (filter.desde) conditions.push(gte(auditEvents.at, new Date(`${filter.desde}T00:00:00${ECUADOR_OFFSET}`)));
  if (filter.hasta) {
    const end = new Date(`${filter.hasta}T00:00:00${ECUADOR_OFFSET}`);
    if (!Number.isNaN(end.getTime())) conditions.push(lt(auditEvents.at, new Date(end.getTime() + 86_400_000)));
  }
  return conditions.length ? and(...conditions) : undefined;
}

export async function listAuditEvents(filter: AuditFilter) {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(auditConditions(filter))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((filter.pagina - 1) * AUDIT_PAGE_SIZE);
  return {
    events: rows.slice(0, AUDIT_PAGE_SIZE).map((row) => ({ ...row, details: redactDetails(row.details) })),
    hasNext: rows.length > AUDIT_PAGE_SIZE,
  };
}
