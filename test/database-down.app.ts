// Loaded by database-down.test.ts after DATABASE_URL points at the proxy.
import { like } from "drizzle-orm";
import { z } from "zod";
import { authConfig } from "@/lib/auth";
import { db, migrateDb } from "@/lib/db";
import { rateLimits, staffUsers } from "@/lib/db/schema";
import { formAction } from "@/lib/security/action";
import { uniqueSuffix } from "./factories";

export { isDatabaseUnavailable } from "@/lib/db/errors";

const prefix = `caida-${uniqueSuffix()}-`;
let staffId: string | undefined;

export async function migrate() {
  // test/setup.ts migrated the worker's PGlite; this process now talks to a fresh Postgres.
  (globalThis as { __ventanillaMigrated?: unknown }).__ventanillaMigrated = undefined;
  await migrateDb();
  const [staff] = await db
    .insert(staffUsers)
    .values({ email: `${prefix}@example.com`, fullName: "Caída", role: "reviewer", status: "activo" })
    .returning();
  staffId = staff!.id;
}

export function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

let counter = 0;
export const saveAction = formAction(z.object({ nombre: z.string().min(1), clave: z.string() }), async (input) => {
  await db.insert(rateLimits).values({ key: `${prefix}${String(++counter).padStart(3, "0")}:${input.nombre}`, points: 1 });
  return { status: "ok" };
});

export async function savedNames() {
  const rows = await db.select().from(rateLimits).where(like(rateLimits.key, `${prefix}%`)).orderBy(rateLimits.key);
  return rows.map((r) => r.key.split(":")[1]);
}

/** The jwt callback of a live staff session: true when valid, throws when it cannot be checked. */
export async function sessionCheck(): Promise<boolean> {
  const jwt = authConfig.callbacks!.jwt!;
  const signIn = (await jwt({ token: {}, user: { id: staffId!, name: "Caída", kind: "staff", sessionVersion: 1, role: "reviewer" }, account: null } as never))!;
  const next = await jwt({ token: signIn } as never);
  if (!next) return false;
  if (next.unverified) {
    const { DatabaseUnavailableError } = await import("@/lib/db/errors");
    throw new DatabaseUnavailableError(null);
  }
  return true;
}
