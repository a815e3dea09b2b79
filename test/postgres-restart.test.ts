import { execFileSync } from "node:child_process";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { TcpProxy, freePort } from "./tcp-proxy";

// Postgres restarted in the middle of load, as the app sees it: every server connection of its
// database terminated (57P01, what a restart does to them) and, for a second, no new connection
// (the proxy cut). On a fresh database of the machine's Postgres, which keeps running for everyone
// else. SEPS saves (the longest transaction: request, roles, three PDFs, audit) run meanwhile.
const SERVER = process.env.TEST_POSTGRES_SERVER ?? "postgres://postgres@127.0.0.1:5432/postgres";

function serverUp(): boolean {
  try {
    execFileSync("pg_isready", ["-h", "127.0.0.1", "-p", "5432", "-t", "2"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!serverUp())("Postgres restarted under load", () => {
  let proxy: TcpProxy;
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = execFileSync("npx", ["tsx", "scripts/fresh-database.ts", "create"], {
      env: { ...process.env, DATABASE_URL: SERVER },
      encoding: "utf8",
    }).trim();
    proxy = new TcpProxy(await freePort(), { host: "127.0.0.1", port: 5432 });
    await proxy.start();
    const viaProxy = new URL(databaseUrl);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    vi.stubEnv("DATABASE_URL", viaProxy.toString());
    vi.stubEnv("DATABASE_POOL_MAX", "4");
    const { resetEnvCache } = await import("@/lib/env");
    const { closeConnection, migrateDb } = await import("@/lib/db");
    resetEnvCache();
    await closeConnection();
    (globalThis as { __ventanillaMigrated?: unknown }).__ventanillaMigrated = undefined;
    await migrateDb();
  }, 120_000);

  afterAll(async () => {
    const { closeConnection } = await import("@/lib/db");
    await closeConnection().catch(() => {});
    await proxy?.stop();
    vi.unstubAllEnvs();
    if (databaseUrl) {
      execFileSync("npx", ["tsx", "scripts/fresh-database.ts", "drop", databaseUrl], { env: { ...process.env, DATABASE_URL: SERVER } });
    }
  }, 60_000);

  it("saves fail with «servicio no disponible» or commit whole; after the restart the app saves again without restarting", async () => {
    const { db } = await import("@/lib/db");
    const { isDatabaseUnavailable } = await import("@/lib/db/errors");
    const { organizations, sepsDocuments, sepsRequestRoles, sepsRequests } = await import("@/lib/db/schema");
    const { upsertOrganizations, findOrganizationByRuc } = await import("@/lib/seps/catastro");
    const { createSepsRequest } = await import("@/lib/seps/requests");
    const { sepsRequestSchema } = await import("@/lib/seps/schema");
    const { randomRuc } = await import("@/lib/seps/testing");
    const { randomCedula, uniqueEmail } = await import("./factories");
    const { eq, sql } = await import("drizzle-orm");

    const ruc = randomRuc();
    await db.transaction((tx) =>
      upsertOrganizations(tx, [
        {
          ruc,
          razonSocial: "Asociación Reinicio",
          sector: "no_financiera",
          segmentoNivel: "Nivel 1",
          email: uniqueEmail("org"),
          legalRepCedula: randomCedula(),
          legalRepName: "Rosa Elena Quishpe Chango",
          legalRepEmail: uniqueEmail("rep"),
        },
      ]),
    );
    const org = (await findOrganizationByRuc(ruc))!;
    const input = () =>
      sepsRequestSchema.parse({
        sector: "no_financiera",
        rol: "NF_LIQUIDADOR",
        acceso_NF_LIQUIDADOR: "on",
        tipo: "natural",
        cedula: randomCedula(),
        nombres: "Ana María Torres Vega",
        correo: uniqueEmail("usuario"),
        empleado: "si",
        cargo: "Contadora",
        resolucion: "",
        ruc,
        tramiteCedula: "",
        tramiteNombres: "",
      });

    const outcomes: ("ok" | "no disponible" | string)[] = [];
    const save = async () => {
      try {
        const result = await createSepsRequest(input(), { ip: "203.0.113.60" }, () => {});
        outcomes.push(result.ok ? "ok" : result.message);
      } catch (error) {
        outcomes.push(isDatabaseUnavailable(error) ? "no disponible" : String(error));
      }
    };
    const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
    const database = new URL(databaseUrl).pathname.slice(1);
    const load = Array.from({ length: 12 }, (_, i) => new Promise((r) => setTimeout(r, i * 120)).then(save));
    // The restart once saves reach the database: each renders its PDFs first, which takes longer on
    // a busy machine (another test file running beside this one), so a fixed delay could cut the
    // database while every save was still rendering.
    for (const started = Date.now(); outcomes.length === 0 && Date.now() - started < 60_000; ) await new Promise((r) => setTimeout(r, 20));
    expect(outcomes.length, "saves still in flight when the database restarts").toBeLessThan(12);
    // The restart: no new connection for a second, and every open one terminated.
    await proxy.stop();
    await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${database} and pid <> pg_backend_pid()`;
    await new Promise((r) => setTimeout(r, 1_000));
    await proxy.start();
    await Promise.all(load);
    await admin.end();

    expect(outcomes.every((o) => o === "ok" || o === "no disponible"), outcomes.join(", ")).toBe(true);
    expect(outcomes.filter((o) => o === "no disponible").length, outcomes.join(", ")).toBeGreaterThan(0);

    // Recovery, same process: the next save goes through (unpatched postgres.js timed out here now
    // and then: a pooled connection closed with a write pending never sent its handshake again,
    // lib/db/driver-patch.test.ts).
    await save();
    expect(outcomes.at(-1), outcomes.join(", ")).toBe("ok");

    // No half-written request: each has its role and its three PDFs; as many as were answered ok.
    const rows = await db
      .select({
        id: sepsRequests.id,
        roles: sql<number>`(select count(*)::int from ${sepsRequestRoles} where ${sepsRequestRoles.requestId} = ${sepsRequests.id})`,
        documents: sql<number>`(select count(*)::int from ${sepsDocuments} where ${sepsDocuments.requestId} = ${sepsRequests.id})`,
      })
      .from(sepsRequests)
      .innerJoin(organizations, eq(organizations.id, sepsRequests.organizationId))
      .where(eq(sepsRequests.organizationId, org.id));
    // A save whose COMMIT reached the server just before its connection was cut is saved though its
    // answer was lost (the person sees «no disponible»; resending the form replays the same
    // submission key, lib/seps/requests.ts): never fewer rows than «ok», never more than were tried.
    const ok = outcomes.filter((o) => o === "ok").length;
    expect(rows.length).toBeGreaterThanOrEqual(ok);
    expect(rows.length).toBeLessThanOrEqual(outcomes.length);
    for (const row of rows) expect(row).toMatchObject({ roles: 1, documents: 3 });
  }, 120_000);
});
