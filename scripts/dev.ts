// `npm run dev [-- next dev options, e.g. -p 3001]`: applies migrations and the demo data, then
// starts `next dev` with the same configuration (the .env* files are loaded by register.mjs the
// way Next.js loads them) and an APP_URL that names the port actually served.
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import nextEnv from "@next/env";
import { devAppUrl, devPort } from "./lib/dev-url";

const args = process.argv.slice(2);
process.env.APP_URL = devAppUrl(process.env.APP_URL, devPort(args));

// In its own process: the embedded database is released when it exits, before next dev opens it.
const register = new URL("./lib/register.mjs", import.meta.url).href;
const prepare = spawnSync(process.execPath, ["--import", "tsx", "--import", register, "scripts/prepare-db.ts"], {
  stdio: "inherit",
  env: process.env,
});
if (prepare.status !== 0) process.exit(prepare.status ?? 1);

// next dev reads the .env* files itself (and reloads them on change); it gets the shell's own
// environment plus the APP_URL chosen here, which wins over the files.
const env = { ...nextEnv.initialEnv, APP_URL: process.env.APP_URL } as unknown as NodeJS.ProcessEnv;
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const child = spawn(process.execPath, [nextBin, "dev", ...args], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
