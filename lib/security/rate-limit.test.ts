import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { rateLimits, volatileRateLimits } from "@/lib/db/schema";
import { checkUserIdAvailability } from "@/lib/ecuapass/availability";
import { randomIp, uniqueUserId } from "@/lib/ecuapass/test-data";
import { consumeLimit } from "./rate-limit";

/** "u" for an UNLOGGED table, "p" for a permanent one. */
async function persistence(table: string): Promise<string | undefined> {
  const [row] = await db.select({ persistence: sql<string>`relpersistence` }).from(sql`pg_class`).where(sql`relname = ${table}`);
  return row?.persistence;
}

describe("rate limit stores", () => {
  it("keeps the availability counters in the UNLOGGED table and the account limits in the durable one", async () => {
    expect(await persistence("volatile_rate_limits")).toBe("u");
    expect(await persistence("rate_limits")).toBe("p");

    const ip = randomIp();
    expect((await checkUserIdAvailability(uniqueUserId(), ip)).status).toBe(200);
    expect((await consumeLimit("resetPerIp", ip)).ok).toBe(true);

    const availabilityKey = `availability:${ip}`;
    expect(await db.select().from(volatileRateLimits).where(eq(volatileRateLimits.key, availabilityKey))).toMatchObject([{ points: 1 }]);
    expect(await db.select().from(rateLimits).where(eq(rateLimits.key, availabilityKey))).toEqual([]);
    expect(await db.select().from(rateLimits).where(eq(rateLimits.key, `resetPerIp:${ip}`))).toMatchObject([{ points: 1 }]);
    expect(await db.select().from(volatileRateLimits).where(eq(volatileRateLimits.key, `resetPerIp:${ip}`))).toEqual([]);
  });
});
