import { afterEach, beforeAll } from "vitest";
import { resetClock } from "@/lib/clock";
import { migrateDb } from "@/lib/db/migrate";

beforeAll(async () => {
  await migrateDb();
});

afterEach(() => {
  resetClock();
});
