import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Secret, TOTP } from "otpauth";

const STALE_LOCK_MS = 60_000;

/** lib/auth/totp.ts uses SHA-1, 6 digits and 30 s: otpauth's defaults, so period and counter come from here. */
const totpOf = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret) });

/** The code an authenticator app shows now (for a secret that signs in once, as at activation). */
export const totpNow = (secret: string) => totpOf(secret).generate();

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
    const totp = totpOf(secret);
    const periodMs = totp.period * 1000;
    // The next unused step may be at most one ahead of now (the server's drift window).
    let current = totp.counter();
    while (last > current) {
      await sleep(periodMs - (Date.now() % periodMs) + 50);
      current = totp.counter();
    }
    const step = Math.max(current, last + 1);
    writeFileSync(file, String(step));
    const code = totp.generate({ timestamp: step * periodMs });
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
