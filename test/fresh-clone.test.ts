// A newcomer's first minutes, as a test: a fresh clone, `cp .env.example .env.local` with one value
// set there, `npm run dev` on another port. The seed and the dev server must use the same database
// (the one .env.local names) and the address the server actually serves.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const repo = path.resolve(import.meta.dirname, "..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForPage(url: string, child: ChildProcess, log: () => string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm run dev exited (${child.exitCode}):\n${log()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
      if (response.ok) return await response.text();
    } catch {
      // Not listening yet, or still compiling.
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error(`${url} did not answer in ${timeoutMs / 1000} s:\n${log()}`);
}

describe("a fresh clone", () => {
  // Under .data (ignored, same file system) so node_modules can be hard-linked instead of installed.
  mkdirSync(path.join(repo, ".data"), { recursive: true }); // absent in a checkout that never ran the app
  const work = mkdtempSync(path.join(repo, ".data", "fresh-clone-"));
  const clone = path.join(work, "ventanilla");
  let child: ChildProcess | undefined;

  afterAll(async () => {
    if (child?.pid && child.exitCode === null) {
      process.kill(-child.pid, "SIGTERM");
      await new Promise((r) => child!.once("exit", r));
    }
    // next dev's own workers may outlive the script that started them by a moment, still writing .next/dev.
    if (child?.pid) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // The whole group is gone already.
      }
    }
    rmSync(work, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  });

  it("seeds and serves the database named in .env.local, at the port it runs on", { timeout: 420_000 }, async () => {
    execFileSync("git", ["clone", "--quiet", repo, clone]);
    execFileSync("cp", ["-al", path.join(repo, "node_modules"), path.join(clone, "node_modules")]);
    const example = readFileSync(path.join(clone, ".env.example"), "utf8");
    expect(example).toMatch(/^PGLITE_DIR=/m);
    writeFileSync(path.join(clone, ".env.local"), example.replace(/^PGLITE_DIR=.*$/m, "PGLITE_DIR=.data/desde-env-local"));

    // Only what a developer's shell would have: none of this test runner's settings.
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (value === undefined || /^(VITEST|NODE_ENV$|DATABASE_|PGLITE_DIR$|APP_URL$|AUTH_SECRET$|MAIL_|RESEND_|TEST$)/.test(key)) continue;
      env[key] = value;
    }
    env.NEXT_TELEMETRY_DISABLED = "1";
    const port = await freePort();
    let output = "";
    const dev = spawn("npm", ["run", "dev", "--", "-p", String(port)], {
      cwd: clone,
      env: env as unknown as NodeJS.ProcessEnv,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = dev;
    dev.stdout.on("data", (chunk) => (output += chunk));
    dev.stderr.on("data", (chunk) => (output += chunk));

    const devPage = await waitForPage(`http://localhost:${port}/dev`, dev, () => output, 360_000);

    // The seed wrote where .env.local says, and printed the port actually served.
    expect(existsSync(path.join(clone, ".data/desde-env-local"))).toBe(true);
    expect(existsSync(path.join(clone, ".data/pglite"))).toBe(false);
    expect(output).toContain(`http://localhost:${port}/admin/ingresar`);
    // The server reads the seeded database: the demo requests the seed made are listed.
    expect(devPage).toMatch(/SEPS-\d{4}-\d{6}/);
    expect(devPage).toContain(`http://localhost:${port}/seps/solicitud/s/`);
    expect(devPage).not.toContain("No hay solicitudes de demostración");
  });
});
