import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DEMO_REVIEWER } from "@/lib/auth/demo-staff";
import { upsertActiveStaff } from "@/lib/auth/staff";
import { db } from "@/lib/db";
import { sepsRequests, sepsUsers } from "@/lib/db/schema";
import { seedDemoCatastro } from "./demo-catastro";
import { DEMO_REQUESTS, listDemoRequests, seedDemoRequests } from "./demo-requests";
import { findRequestByToken } from "./requests";

describe("demo SEPS requests", () => {
  it("are seeded once each, in the state the dev page says, with a working private link", { timeout: 120_000 }, async () => {
    await seedDemoCatastro();
    await upsertActiveStaff(DEMO_REVIEWER);
    await seedDemoRequests();
    await seedDemoRequests();

    const listed = await listDemoRequests();
    expect(listed.map((r) => [r.key, r.status])).toEqual(DEMO_REQUESTS.map((d) => [d.key, d.status]));
    for (const demo of listed) {
      const rows = await db.select({ id: sepsRequests.id }).from(sepsRequests).where(eq(sepsRequests.number, demo.number));
      expect(rows).toHaveLength(1);
      const token = new URL(demo.link).pathname.split("/").pop()!;
      expect((await findRequestByToken(token))?.id).toBe(demo.id);
    }
    const [approvedUser] = await db.select().from(sepsUsers).where(eq(sepsUsers.cedula, "1802233443"));
    expect(approvedUser?.fullName).toBe("Paúl Esteban Cordero Mora");
  });
});
