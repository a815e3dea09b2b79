import { describe, expect, it } from "vitest";

// The cron secret must be in the environment before lib/env reads it (once per process).
process.env.CRON_SECRET = "cron-secret-for-the-retention-test";
const { GET } = await import("./route");

describe("/api/cron/retencion", () => {
  it("answers 401 without the cron secret and purges nothing", async () => {
    expect((await GET(new Request("http://localhost/api/cron/retencion"))).status).toBe(401);
    const wrong = new Request("http://localhost/api/cron/retencion", { headers: { authorization: "Bearer otra-clave-de-igual-largo-000000" } });
    expect((await GET(wrong)).status).toBe(401);
  });

  it("runs the purge with Vercel Cron's bearer token and answers the counts", async () => {
    const response = await GET(new Request("http://localhost/api/cron/retencion", { headers: { authorization: "Bearer cron-secret-for-the-retention-test" } }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { purged: Record<string, number> };
    expect(Object.keys(body.purged).sort()).toEqual(["auditEvents", "deletionRequests", "emailCodes", "expiredRequests", "linkTokens", "mail", "rejectedRequests"]);
  });
});
