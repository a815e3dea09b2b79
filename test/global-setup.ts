import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated embedded database (PGlite's dumpDataDir), or "" on a Postgres server. */
    pgliteTemplate: string;
  }
}

/**
 * On PGlite every test file gets its own in-memory database. Creating one (initdb) and applying the
 * migrations took ~4 s per file, most of a short file's time; loading a migrated copy takes ~0.7 s.
 * The copy is made here once per run, with drizzle-kit's migrations as the app applies them.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide("pgliteTemplate", "");
    return;
  }
  const client = new PGlite({ dataDir: "memory://" });
  await migrate(drizzle(client), { migrationsFolder: path.resolve(import.meta.dirname, "../drizzle") });
  const dump = await client.dumpDataDir("none");
  await client.close();
  const file = path.join(tmpdir(), `ventanilla-pglite-template-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", file);
  return () => rmSync(file, { force: true });
}
