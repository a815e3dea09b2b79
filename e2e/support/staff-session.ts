import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext } from "@playwright/test";

// Each TOTP step signs a demo staff member in once (the server refuses a replayed step), so every
// sign-in of a shared demo account waits for the next 30-second step: with a few dozen tests signing
// in, the queue alone outlasted a test's timeout. A run signs each demo account in once and the
// tests share that session; the sign-in itself is tested where it is the subject. Removed with the
// run's data by the global teardown (.data/e2e-*).
const folder = path.resolve(".data", `e2e-${process.env.E2E_RUN_ID}-sesiones`);
const fileOf = (email: string) => path.join(folder, `${email.replace(/[^a-z0-9]/gi, "_")}.json`);

export async function restoreStaffSession(context: BrowserContext, email: string): Promise<boolean> {
  try {
    await context.addCookies(JSON.parse(readFileSync(fileOf(email), "utf8")));
    return true;
  } catch {
    return false;
  }
}

export async function saveStaffSession(context: BrowserContext, email: string) {
  mkdirSync(folder, { recursive: true });
  writeFileSync(fileOf(email), JSON.stringify(await context.cookies()));
}
