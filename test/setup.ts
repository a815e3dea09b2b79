import { readFileSync } from "node:fs";
import { afterEach, beforeAll, inject } from "vitest";
import { resetClock } from "@/lib/clock";
import { openConnection, useConnection } from "@/lib/db/client";
import { migrateDb } from "@/lib/db/migrate";
import { useWorkerDatabase } from "./worker-database";

// Before the test file is imported: nothing may read DATABASE_URL before it names this worker's database.
await useWorkerDatabase();

beforeAll(async () => {
  const template = inject("pgliteTemplate");
  if (template && !process.env.DATABASE_URL && process.env.PGLITE_DIR === "memory://") {
    useConnection(openConnection(new Blob([readFileSync(template)])));
  }
  // On the template this finds every migration applied and changes nothing.
  await migrateDb();
});

afterEach(() => {
  resetClock();
});
