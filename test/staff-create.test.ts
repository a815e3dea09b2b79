import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { uniqueEmail } from "@/test/factories";

// `npm run staff:create` against its own embedded database in a temporary folder. Each test
// starts real processes (tsx, PGlite, migrations): slow on a busy 2-core machine.
vi.setConfig({ testTimeout: 180_000 });
const dir = mkdtempSync(path.join(tmpdir(), "ventanilla-staff-"));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "development" as const,
  PGLITE_DIR: dir,
  DATABASE_URL: "",
  APP_URL: "https://ventanilla.example",
  AUTH_SECRET: "test-secret-test-secret-test-secret-0123",
};
delete env.DATABASE_URL;

const tsx = ["--import", "./scripts/lib/register.mjs"];

function run(args: string[]) {
  return spawnSync("npx", ["tsx", ...tsx, "scripts/staff-create.ts", ...args], { env, encoding: "utf8", timeout: 120_000 });
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(Boolean(process.env.DATABASE_URL))("npm run staff:create (embedded database)", () => {
  it("creates a pending account and prints a one-time link built from APP_URL that works", async () => {
    const email = uniqueEmail("script");
    const result = run(["--email", email, "--name", "Revisora de Prueba", "--role", "reviewer"]);
    expect(result.status, result.stderr).toBe(0);
    const link = /https:\/\/ventanilla\.example\/admin\/activar\/([A-Za-z0-9_-]{43})/.exec(result.stdout);
    expect(link, result.stdout).not.toBeNull();
    // The link is valid in that database: inspect it with a small script using the app's code.
    const check = spawnSync(
      "npx",
      [
        "tsx",
        ...tsx,
        "-e",
        `const { inspectStaffInvite } = await import("./lib/auth/staff.ts");
         const { closeConnection } = await import("./lib/db/index.ts");
         console.log(JSON.stringify(await inspectStaffInvite(${JSON.stringify(link![1])})));
         await closeConnection();`,
      ],
      { env, encoding: "utf8", timeout: 120_000 },
    );
    expect(check.status, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout.trim().split("\n").pop()!)).toEqual({ ok: true, email, fullName: "Revisora de Prueba" });
  });

  it("refuses bad arguments with the usage line", () => {
    const result = run(["--email", "no-es-correo", "--role", "jefe"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Uso: npm run staff:create");
  });

  it("says clearly that the embedded database is in use while another process holds it", async () => {
    const holder = spawn(
      "npx",
      ["tsx", ...tsx, "-e", `const { acquireEmbeddedLock } = await import("./lib/db/embedded-lock.ts"); acquireEmbeddedLock(${JSON.stringify(dir)}); console.log("held"); setInterval(() => {}, 1000);`],
      // Its own process group, so the whole tree (npx → tsx → node) is stopped at the end.
      { env, stdio: ["ignore", "pipe", "pipe"], detached: true },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on("data", (d: Buffer) => d.toString().includes("held") && resolve());
        holder.on("exit", (code) => reject(new Error(`holder exited ${code}`)));
      });
      const result = run(["--email", uniqueEmail("busy"), "--name", "Otra Persona", "--role", "admin"]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/está en uso por otro proceso/);
      expect(result.stderr).not.toMatch(/\n\s+at /); // one clear message, no stack trace
    } finally {
      if (holder.pid) process.kill(-holder.pid, "SIGTERM");
    }
  });
});
