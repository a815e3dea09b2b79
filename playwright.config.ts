import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_OUTBOX_SECRET } from "./e2e/support/outbox";

// End-to-end tests drive Chromium against a production build (`next build && next start`),
// with the dev outbox for mail and a fresh database per run.

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const distDir = process.env.NEXT_DIST_DIR ?? ".next-e2e";
// Set once in the main process; workers inherit it.
process.env.E2E_RUN_ID ??= `${Date.now()}`;
const pgliteDir = `.data/e2e-${process.env.E2E_RUN_ID}`;
const chromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// On Postgres the app reaches the database through a TCP proxy that a test can cut (database
// outage) and restore; the seed step goes straight to the database.
const directDatabaseUrl = process.env.DATABASE_URL;
let appDatabaseUrl = directDatabaseUrl;
if (directDatabaseUrl) {
  process.env.E2E_DB_PROXY_PORT ??= String(port + 1000);
  process.env.E2E_DB_CONTROL_PORT ??= String(port + 1001);
  const proxied = new URL(directDatabaseUrl);
  proxied.host = `127.0.0.1:${process.env.E2E_DB_PROXY_PORT}`;
  appDatabaseUrl = proxied.toString();
}

const serverEnv: Record<string, string> = {
  NODE_ENV: "production",
  NEXT_DIST_DIR: distDir,
  APP_URL: baseURL,
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456",
  MAIL_TRANSPORT: "outbox",
  OUTBOX_SECRET: E2E_OUTBOX_SECRET,
  ENABLE_TEST_HOOKS: "1",
  // /api/cron/* answer only with "Authorization: Bearer CRON_SECRET" (e2e/seps-seguimiento.spec.ts).
  CRON_SECRET: "e2e-cron-secret-e2e-cron-secret",
  SITE_PHASE: "Demostración",
  PGLITE_DIR: pgliteDir,
  // The shipped CAs plus the test CA whose certificates sign the uploads (e2e/support/signatures.ts).
  SIGNATURE_TRUST_DIR: ["lib/signatures/trust", "test/fixtures/signatures/trust"].map((dir) => path.resolve(dir)).join(path.delimiter),
  ...(appDatabaseUrl ? { DATABASE_URL: appDatabaseUrl } : {}),
};

const build = process.env.E2E_SKIP_BUILD === "1" ? "true" : "npx next build";

export default defineConfig({
  testDir: "./e2e",
  globalTeardown: "./e2e/support/global-teardown.ts",
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0,
  // Whole walks (two browsers, several emails, a dozen pages) take 40–60 s on a loaded 2-core host and twice
  // that when the host runs slow (seen in CI): a timeout is for a test that hangs, not for a slow machine.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "es-EC",
    timezoneId: "America/Guayaquil",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, grepInvert: /@exclusivo/ },
    // Tests that move the server's clock or end every session of a shared demo account would
    // break the tests running beside them: they run afterwards, one at a time.
    {
      name: "exclusivo",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      grep: /@exclusivo/,
      dependencies: ["desktop"],
      workers: 1,
      fullyParallel: false,
    },
  ],
  webServer: [
    ...(directDatabaseUrl
      ? [
          {
            command: "npx tsx scripts/e2e-db-proxy.ts",
            url: `http://127.0.0.1:${process.env.E2E_DB_CONTROL_PORT}/estado`,
            env: {
              E2E_DB_TARGET: directDatabaseUrl,
              E2E_DB_PROXY_PORT: process.env.E2E_DB_PROXY_PORT!,
              E2E_DB_CONTROL_PORT: process.env.E2E_DB_CONTROL_PORT!,
            },
            reuseExistingServer: false,
          },
        ]
      : []),
    {
      command:
        `${build} && ` +
        (directDatabaseUrl ? `DATABASE_URL='${directDatabaseUrl}' ` : "") +
        `npx tsx --import ./scripts/lib/register.mjs scripts/seed.ts --demo-staff && npm start -- -p ${port}`,
      url: `${baseURL}/`,
      env: serverEnv,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
