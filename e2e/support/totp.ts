import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Secret, TOTP } from "otpauth";

const PERIOD_MS = 30_000;
const STALE_LOCK_MS = 60_000;

/** The code an authenticator app shows now (for a secret that signs in once, as at activation). */
export const totpNow = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret) }).generate();

/**
 * Signs in with a TOTP code the server has not accepted yet. The server takes each 30-s step once
 * per account, in order, and the tests (in parallel worker processes) sign the same demo staff in
 * many times: so one sign-in per secret at a time across the processes (a lock directory), each
 * with the next unused step (the current one, or the next inside the server's one-step drift
 * window, or it waits for the next period). `submit` types the code, sends the form and waits
 * for the answer.
 */
export async function withFreshTotp<T>(secret: string, submit: (code: string) => Promise<T>): Promise<T> {
  const file = path.join(os.tmpdir(), `ventanilla-e2e-totp-${createHash("sha256").update(secret).digest("hex").slice(0, 16)}`);
  const lock = `${file}.lock`;
  await acquire(lock);
  try {
    let last = -1;
    try {
      last = Number(readFileSync(file, "utf8"));
    } catch {
      // first use of this secret on this machine
    }
    let current = Math.floor(Date.now() / PERIOD_MS);
    while (last + 1 > current + 1) {
      await sleep(PERIOD_MS - (Date.now() % PERIOD_MS) + 50);
      current = Math.floor(Date.now() / PERIOD_MS);
    }
    const step = Math.max(current, last + 1);
    writeFileSync(file, String(step));
    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: step * PERIOD_MS });
    return await submit(code);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function acquire(lock: string) {
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch {
      // Held by another worker; a lock left by a killed process is taken over.
      const age = (() => {
        try {
          return Date.now() - statSync(lock).mtimeMs;
        } catch {
          return 0;
        }
      })();
      if (age > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(50);
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
