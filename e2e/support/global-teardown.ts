import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

// Each run's embedded database (.data/e2e-<run id>, ~40 MB) is removed so `npm test` leaves no
// data behind. The web server still holds this run's folder while global teardown runs (Playwright
// stops it afterwards), so that folder goes when the runner exits; folders left by runs that were
// killed go now, unless their server is still alive.

function serverAlive(dir: string) {
  const lockFile = path.join(dir, "ventanilla.pid");
  if (!existsSync(lockFile)) return false;
  try {
    process.kill(Number(readFileSync(lockFile, "utf8").trim()), 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export default function globalTeardown() {
  const dataDir = path.resolve(".data");
  const current = `e2e-${process.env.E2E_RUN_ID}`;
  if (!existsSync(dataDir)) return;
  for (const name of readdirSync(dataDir)) {
    const dir = path.join(dataDir, name);
    if (!name.startsWith("e2e-") || name === current || serverAlive(dir)) continue;
    rmSync(dir, { recursive: true, force: true });
  }
  process.once("exit", () => rmSync(path.join(dataDir, current), { recursive: true, force: true }));
}
