import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

// PGlite is one process's database: two processes opening the same directory corrupt it.
// The first opener writes its PID beside the data; others refuse with a clear message.

export class EmbeddedDatabaseBusyError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `La base de datos embebida (${dir}) está en uso por otro proceso (PID ${pid}), probablemente el servidor. ` +
        "Deténgalo (Ctrl+C) y vuelva a intentar, o use DATABASE_URL con un servidor Postgres.",
    );
  }
}

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const held = new Set<string>();

export function acquireEmbeddedLock(dir: string) {
  const lockFile = path.join(dir, "ventanilla.pid");
  if (held.has(lockFile)) return;
  mkdirSync(dir, { recursive: true });
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8").trim());
    if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) throw new EmbeddedDatabaseBusyError(dir, pid);
  }
  writeFileSync(lockFile, String(process.pid));
  held.add(lockFile);
  process.once("exit", () => {
    try {
      if (readFileSync(lockFile, "utf8").trim() === String(process.pid)) unlinkSync(lockFile);
    } catch {
      // Already gone.
    }
  });
}
