import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { TcpProxy, freePort } from "./tcp-proxy";

// The database becomes unreachable mid-test and comes back. Runs on a fresh database of the
// machine's Postgres server, reached through a TCP proxy this test starts and stops (the shared
// server itself keeps running for everyone else).
const SERVER = process.env.TEST_POSTGRES_SERVER ?? "postgres://postgres@127.0.0.1:5432/postgres";

function serverUp(): boolean {
  try {
    execFileSync("pg_isready", ["-h", "127.0.0.1", "-p", "5432", "-t", "2"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

let requestHeaders = new Headers({ origin: "http://localhost:3000", host: "localhost:3000", "sec-fetch-site": "same-origin" });
vi.mock("next/headers", () => ({ headers: async () => requestHeaders }));

const available = serverUp();

describe.skipIf(!available)("database down and back", () => {
  let proxy: TcpProxy;
  let databaseUrl: string;
  let app: typeof import("./database-down.app");

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
    vi.stubEnv("DATABASE_POOL_MAX", "2");
    const { resetEnvCache } = await import("@/lib/env");
    const { closeConnection } = await import("@/lib/db");
    resetEnvCache();
    await closeConnection(); // drop the worker's PGlite handle; the next query opens Postgres
    app = await import("./database-down.app");
    await app.migrate();
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

  it("an action answers «servicio no disponible» keeping the values, and works again when the database is back", async () => {
    const before = await app.saveAction({ status: "idle" }, app.form({ nombre: "Antes", clave: "x" }));
    expect(before.status).toBe("ok");

    await proxy.stop();
    const down = await app.saveAction({ status: "idle" }, app.form({ nombre: "Durante la caída", clave: "secreta" }));
    expect(down.message).toBe("El servicio no está disponible, intente más tarde.");
    expect(down.values).toEqual({ nombre: "Durante la caída" });

    // A signed-in user's session is kept but grants nothing: the guard answers the same message.
    await expect(app.sessionCheck()).rejects.toSatisfy((e: unknown) => app.isDatabaseUnavailable(e));

    await proxy.start();
    const after = await app.saveAction({ status: "idle" }, app.form({ nombre: "Después", clave: "x" }));
    expect(after.status).toBe("ok");
    expect(await app.savedNames()).toEqual(["Antes", "Después"]);
    await expect(app.sessionCheck()).resolves.toBe(true);
  }, 60_000);
});
