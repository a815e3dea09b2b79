import { eq, sql } from "drizzle-orm";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { rateLimits } from "@/lib/db/schema";
import { uniqueSuffix } from "@/test/factories";

// PGlite has one connection: concurrent requests must queue whole transactions, never
// interleave statements of two of them. Each transaction reads, waits, then writes back +1:
// if two ran interleaved, increments would be lost and the begin/end log would overlap.
describe.skipIf(Boolean(process.env.DATABASE_URL))("PGlite serializes transactions", () => {
  it("60 concurrent read-modify-write transactions: none interleave, no increment lost", async () => {
    const key = `serial-${uniqueSuffix()}`;
    await db.insert(rateLimits).values({ key, points: 0 });
    const log: string[] = [];
    const N = 60;
    const results = await Promise.allSettled(
      Array.from({ length: N }, (_, i) =>
        db.transaction(async (tx) => {
          log.push(`begin ${i}`);
          const [row] = await tx.select().from(rateLimits).where(eq(rateLimits.key, key));
          await sleep(Math.random() * 3);
          await tx.execute(sql`select 1`);
          await tx.update(rateLimits).set({ points: row!.points + 1 }).where(eq(rateLimits.key, key));
          log.push(`end ${i}`);
        }),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const [final] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
    expect(final!.points).toBe(N);
    for (let i = 0; i < log.length; i += 2) {
      const id = log[i]!.split(" ")[1];
      expect(log[i + 1], `transaction ${id} interleaved`).toBe(`end ${id}`);
    }
  });

  it("a failed transaction rolls back entirely and the next one proceeds", async () => {
    const key = `rollback-${uniqueSuffix()}`;
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(rateLimits).values({ key, points: 1 });
        throw new Error("fallo a mitad de camino");
      }),
    ).rejects.toThrow("fallo a mitad de camino");
    expect(await db.select().from(rateLimits).where(eq(rateLimits.key, key))).toEqual([]);
    await db.transaction(async (tx) => tx.insert(rateLimits).values({ key, points: 2 }));
    expect((await db.select().from(rateLimits).where(eq(rateLimits.key, key)))[0]!.points).toBe(2);
  });
});
