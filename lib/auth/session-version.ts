import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/lib/db";
import { ecuapassUsers, sepsUsers, staffUsers } from "@/lib/db/schema";
import type { AccountKind } from "./kinds";

const TABLES = { ecuapass: ecuapassUsers, seps: sepsUsers, staff: staffUsers } as const;

/** The current session version and whether the account may hold a session at all. */
export async function currentSessionVersion(kind: AccountKind, userId: string): Promise<number | null> {
  const table = TABLES[kind];
  const [row] = await db
    .select({ sessionVersion: table.sessionVersion, status: table.status })
    .from(table)
    .where(eq(table.id, userId))
    .limit(1);
  if (!row || row.status === "desactivado" || row.status === "suspendido") return null;
  return row.sessionVersion;
}

/** Ends every session of the user at its next request (sign-out, password change, …). */
export async function bumpSessionVersion(kind: AccountKind, userId: string, executor: DbOrTx = db) {
  const table = TABLES[kind];
  await executor
    .update(table)
    .set({ sessionVersion: sql`${table.sessionVersion} + 1` })
    .where(eq(table.id, userId));
}
