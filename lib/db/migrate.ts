import "server-only";
import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import postgres from "postgres";
import { getEnv } from "@/lib/env";
import { getConnection } from "./client";

const migrationsFolder = path.join(process.cwd(), "drizzle");
// Any constant: serializes migrations of several instances starting at once (serverless).
const MIGRATION_LOCK_ID = 7_240_531;

const state = globalThis as typeof globalThis & { __ventanillaMigrated?: Promise<void> };

async function runMigrations() {
  const env = getEnv();
  const connection = getConnection();
  if (connection.kind === "pglite") {
    await migratePglite(drizzlePglite(connection.client), { migrationsFolder });
    return;
  }
  const sql = postgres(env.DATABASE_URL!, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    await migratePostgres(drizzlePostgres(sql), { migrationsFolder });
  } finally {
    await sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`.catch(() => {});
    await sql.end({ timeout: 5 });
  }
}

/** Applies the drizzle-kit migrations in drizzle/ once per process. */
export function migrateDb(): Promise<void> {
  state.__ventanillaMigrated ??= runMigrations().catch((error) => {
    state.__ventanillaMigrated = undefined;
    throw error;
  });
  return state.__ventanillaMigrated;
}
