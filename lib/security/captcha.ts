import "server-only";
import { createHmac } from "node:crypto";
import { createChallenge, randomInt, verifySolution, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { eq, lt } from "drizzle-orm";
import { nowMs } from "@/lib/clock";
import { db } from "@/lib/db";
import { usedCaptchas } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { consumeLimit } from "./rate-limit";

// ALTCHA proof of work (v2 challenge format): no image to read, so screen-reader users pass it
// like everyone else. The browser derives PBKDF2 keys until it finds the counter the server
// picked; the server checks the HMAC signatures and records the signature so a solution is
// accepted once.

export const CAPTCHA_TTL_MS = 10 * 60_000;
export const CAPTCHA_ALGORITHM = "PBKDF2/SHA-256";
/** PBKDF2 iterations per try and the counter range: about half a second to a few seconds on a phone. */
const COST = 500;
const COUNTER_MIN = 300;
const COUNTER_MAX = 2_500;

function derivedSecret(label: string): string {
  return createHmac("sha256", getEnv().authSecret).update(`altcha:${label}`).digest("hex");
}

export async function createCaptchaChallenge(): Promise<Challenge> {
  return createChallenge({
    algorithm: CAPTCHA_ALGORITHM,
    cost: COST,
    counter: randomInt(COUNTER_MIN, COUNTER_MAX),
    deriveKey,
    expiresAt: Math.floor((nowMs() + CAPTCHA_TTL_MS) / 1000),
    hmacSignatureSecret: derivedSecret("signature"),
    hmacKeySignatureSecret: derivedSecret("key-signature"),
  });
}

export type CaptchaResult = { ok: true } | { ok: false; reason: "missing" | "invalid" | "expired" | "replayed" };

export const CAPTCHA_MESSAGES: Record<Exclude<CaptchaResult, { ok: true }>["reason"], string> = {
  missing: "Espere a que termine la verificación de seguridad (Captcha) antes de continuar.",
  invalid: "La verificación de seguridad (Captcha) no es válida. Se generó una nueva; espere a que termine e intente otra vez.",
  expired: "La verificación de seguridad (Captcha) expiró. Se generó una nueva; espere a que termine e intente otra vez.",
  replayed: "La verificación de seguridad (Captcha) ya fue utilizada. Se generó una nueva; espere a que termine e intente otra vez.",
};

type Payload = { challenge: Challenge; solution: { counter: number; derivedKey: string } };

function decodePayload(raw: string): Payload | null {
  if (!raw || raw.length > 4_000) return null;
  try {
    const value = JSON.parse(Buffer.from(raw, "base64").toString("utf8")) as Payload;
    const p = value?.challenge?.parameters;
    if (!p || typeof p !== "object" || typeof value.challenge.signature !== "string") return null;
    if (typeof value.solution?.counter !== "number" || typeof value.solution?.derivedKey !== "string") return null;
    return value;
  } catch {
    return null;
  }
}

/**
 * Checks a solved challenge (the form's `altcha` field: base64 JSON of {challenge, solution}).
 * With `consume`, the signature is recorded in the same step (insert-or-fail), so of two
 * submissions of one solution exactly one passes. Without it (a step before the final submit),
 * one solution passes a few times only: a script cannot solve once and then probe at will.
 */
export async function verifyCaptcha(raw: string, options: { consume: boolean }): Promise<CaptchaResult> {
  const payload = decodePayload(raw.trim());
  if (!payload) return { ok: false, reason: raw.trim() ? "invalid" : "missing" };
  const { challenge, solution } = payload;
  if (challenge.parameters.algorithm !== CAPTCHA_ALGORITHM) return { ok: false, reason: "invalid" };
  const expiresAt = challenge.parameters.expiresAt;
  // Our clock (tests move it); altcha-lib also checks the wall clock.
  if (typeof expiresAt !== "number" || expiresAt * 1000 <= nowMs()) return { ok: false, reason: "expired" };
  let result: Awaited<ReturnType<typeof verifySolution>>;
  try {
    result = await verifySolution({
      challenge,
      solution,
      deriveKey,
      hmacSignatureSecret: derivedSecret("signature"),
      hmacKeySignatureSecret: derivedSecret("key-signature"),
    });
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (result.expired) return { ok: false, reason: "expired" };
  if (!result.verified) return { ok: false, reason: "invalid" };
  const signature = challenge.signature!;
  if (!options.consume) {
    const [used] = await db.select({ s: usedCaptchas.signature }).from(usedCaptchas).where(eq(usedCaptchas.signature, signature)).limit(1);
    if (used) return { ok: false, reason: "replayed" };
    const peek = await consumeLimit("captchaPeeks", signature);
    return peek.ok ? { ok: true } : { ok: false, reason: "replayed" };
  }
  const inserted = await db
    .insert(usedCaptchas)
    .values({ signature, expiresAt: new Date(expiresAt * 1000) })
    .onConflictDoNothing()
    .returning({ signature: usedCaptchas.signature });
  if (inserted.length === 0) return { ok: false, reason: "replayed" };
  // Expired signatures can no longer be replayed (the expiry check refuses them): forget them.
  if (Math.random() < 0.05) await db.delete(usedCaptchas).where(lt(usedCaptchas.expiresAt, new Date(nowMs() - 60_000)));
  return { ok: true };
}
