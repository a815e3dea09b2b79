import "server-only";
import { and, eq, isNotNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db";
import { auditEvents } from "@/lib/db/schema";

// Removing personal data from audit events without removing the events (migration 0009 lets an
// UPDATE do only this): the actor's label and IP go, and the detail keys that carry names, cédulas,
// emails or free text. What happened, when, to which record and by which account id stays.

/** Detail keys that carry personal data, across every event the app records. */
export const PERSONAL_DETAIL_KEYS = ["usuario", "cedula", "desactivados", "cambios", "motivo", "correo", "email", "nombre", "archivo", "filtros", "ruc"] as const;

const keysArray = sql.raw(`array[${PERSONAL_DETAIL_KEYS.map((k) => `'${k}'`).join(",")}]::text[]`);

/** Redacts the events matching `where`; returns how many were changed. */
export async function redactAuditEvents(executor: DbOrTx, where: SQL): Promise<number> {
  const rows = await executor
    .update(auditEvents)
    .set({
      actorLabel: null,
      ip: null,
      details: sql`case when ${auditEvents.details} is null then null else ${auditEvents.details} - ${keysArray} end`,
    })
    .where(and(where, or(isNotNull(auditEvents.actorLabel), isNotNull(auditEvents.ip), sql`${auditEvents.details} ?| ${keysArray}`)))
    .returning({ id: auditEvents.id });
  return rows.length;
}

/** Events older than `cutoff`. */
export function auditOlderThan(cutoff: Date): SQL {
  return lt(auditEvents.at, cutoff);
}

/** Every event by or about one account, and the failed sign-ins typed with its username. */
export function auditOfAccount(kind: "ecuapass" | "seps", id: string, subjectType: string, signInKey: string): SQL {
  return or(
    and(eq(auditEvents.subjectType, subjectType), eq(auditEvents.subjectId, id)),
    and(eq(auditEvents.actorKind, kind), eq(auditEvents.actorId, id)),
    and(eq(auditEvents.subjectType, kind), eq(auditEvents.actorLabel, signInKey)),
  )!;
}
