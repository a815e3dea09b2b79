import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/lib/db";
import { ecuapassUsers, sepsUsers, staffUsers } from "@/lib/db/schema";
import type { AccountKind, EcuapassAccountStatus } from "./kinds";

const TABLES = { ecuapass: ecuapassUsers, seps: sepsUsers, staff: staffUsers } as const;

export type SessionState = { version: number; status: string };

/**
 * The current session version and the account's state, or null when the account may not hold a
 * session at all. A pending or rejected Ecuapass account may (its status page); the guards decide
 * what it reaches.
 */
export async function currentSessionState(kind: AccountKind, userId: string): Promise<SessionState | null> {
  const table = TABLES[kind];
  const [row] = await db
    .select({ sessionVersion: table.sessionVersion, status: table.status })
    .from(table)
    .where(eq(table.id, userId))
    .limit(1);
  if (!row || row.status === "desactivado" || row.status === "suspendido") return null;
  return { version: row.sessionVersion, status: row.status };
}

export async function currentSessionVersion(kind: AccountKind, userId: string): Promise<number | null> {
  return (await currentSessionState(kind, userId))?.version ?? null;
}

export function isEcuapassStatus(status: string): status is EcuapassAccountStatus {
  return status === "activo" || status === "suspendido" || status === "pendiente_aprobacion" || status === "rechazado";
}

/** Ends every session of the user at its next request (sign-out, password change, …). */
export async function bumpSessionVersion(kind: AccountKind, userId: string, executor: DbOrTx = db) {
  const table = TABLES[kind];
  await executor
    .update(table)
    .set({ sessionVersion: sql`${table.sessionVersion} + 1` })
    .where(eq(table.id, userId));
}
