import { afterEach, beforeAll } from "vitest";
import { resetClock } from "@/lib/clock";
import { migrateDb } from "@/lib/db/migrate";
import { useWorkerDatabase } from "./worker-database";

// Before the test file is imported: nothing may read DATABASE_URL before it names this worker's database.
await useWorkerDatabase();

beforeAll(async () => {
  await migrateDb();
});

afterEach(() => {
  resetClock();
});
