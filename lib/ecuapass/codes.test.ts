import { desc, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { advanceClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { emailCodes } from "@/lib/db/schema";
import { uniqueEmail } from "@/test/factories";
import { consumeSecurityCode, createSecurityCode, verifySecurityCode } from "./codes";
import { MESSAGES } from "./rules";
import { randomIp } from "./test-data";

async function codesFor(email: string) {
  return db.select().from(emailCodes).where(eq(emailCodes.emailKey, email.toLowerCase())).orderBy(desc(emailCodes.createdAt));
}

async function newCode(email: string, ip = randomIp()) {
  const result = await createSecurityCode(email, ip);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** A wrong code of the right shape. */
function wrong(code: string) {
  return code === "000000" ? "111111" : "000000";
}

// The rate limiter keeps its own time (Date.now); the domain uses lib/clock (Date.now + offset).
// Faking Date moves both.
function useFakeDate() {
  vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
}
afterEach(() => {
  vi.useRealTimers();
});

describe("security codes", () => {
  it("stores only a keyed hash of the code, with a 15-minute expiry", async () => {
    const email = uniqueEmail();
    const { code, expiresAt } = await newCode(email);
    const [row] = await codesFor(email);
    expect(code).toMatch(/^[0-9A-Z]{6}$/);
    expect(row!.codeHash).not.toContain(code);
    expect(row!.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(expiresAt.getTime() - row!.createdAt.getTime()).toBe(15 * 60_000);
  });

  it("accepts the right code, case-insensitively, and only once", async () => {
    const email = uniqueEmail();
    const { code } = await newCode(email);
    const verified = await verifySecurityCode(email, code.toLowerCase());
    expect(verified.ok).toBe(true);
    if (!verified.ok) return;
    expect(await db.transaction((tx) => consumeSecurityCode(tx, verified.codeId))).toBe(true);
    expect(await db.transaction((tx) => consumeSecurityCode(tx, verified.codeId))).toBe(false);
    expect(await verifySecurityCode(email, code)).toMatchObject({ ok: false, reason: "used" });
  });

  it("says a code must be requested first, and refuses an empty or wrong code", async () => {
    const email = uniqueEmail();
    expect(await verifySecurityCode(email, "ABC123")).toMatchObject({ ok: false, message: MESSAGES.codeNotRequested });
    const { code } = await newCode(email);
    expect(await verifySecurityCode(email, "")).toMatchObject({ ok: false, message: MESSAGES.codeWrong });
    expect(await verifySecurityCode(email, wrong(code))).toMatchObject({ ok: false, message: MESSAGES.codeWrong, remaining: 4 });
  });

  it("expires after 15 minutes", async () => {
    const email = uniqueEmail();
    const { code } = await newCode(email);
    advanceClock(15 * 60_000 - 1_000);
    expect((await verifySecurityCode(email, code)).ok).toBe(true);
    advanceClock(1_000);
    expect(await verifySecurityCode(email, code)).toMatchObject({ ok: false, reason: "expired", message: MESSAGES.codeExpired });
    const [row] = await codesFor(email);
    expect(await db.transaction((tx) => consumeSecurityCode(tx, row!.id))).toBe(false);
  });

  it("refuses the 6th try even with the right code", async () => {
    const email = uniqueEmail();
    const { code } = await newCode(email);
    for (let i = 1; i <= 5; i++) {
      expect(await verifySecurityCode(email, wrong(code))).toMatchObject({ ok: false, reason: "wrong", remaining: 5 - i });
    }
    expect(await verifySecurityCode(email, code)).toMatchObject({ ok: false, reason: "locked", message: MESSAGES.codeLocked });
    const [row] = await codesFor(email);
    expect(row!.attempts).toBe(5);
  });

  it("counts parallel wrong guesses without losing any, and none gets through after the 5th", async () => {
    const email = uniqueEmail();
    const { code } = await newCode(email);
    const guesses = Array.from({ length: 20 }, (_, i) => (i === 19 ? code : wrong(code)));
    const results = await Promise.all(guesses.map((g) => verifySecurityCode(email, g)));
    const [row] = await codesFor(email);
    expect(row!.attempts).toBe(Math.min(5, results.filter((r) => !r.ok && r.reason === "wrong").length));
    expect(results.filter((r) => !r.ok && r.reason === "wrong")).toHaveLength(5);
    // The right code came last: by then the 5 wrong tries were counted.
    expect(results[19]).toMatchObject({ ok: false, reason: "locked" });
  });

  it("a new code replaces the old one and inherits its wrong tries", async () => {
    useFakeDate();
    const email = uniqueEmail();
    const first = await newCode(email);
    await verifySecurityCode(email, wrong(first.code));
    await verifySecurityCode(email, wrong(first.code));
    vi.setSystemTime(Date.now() + 61_000);
    const second = await newCode(email);
    expect(await verifySecurityCode(email, first.code)).toMatchObject({ ok: false, reason: "wrong" });
    const [latest, previous] = await codesFor(email);
    expect(previous!.supersededAt).not.toBeNull();
    expect(latest!.attempts).toBe(3); // 2 carried over + the old code just tried against the new one
    expect(await verifySecurityCode(email, wrong(second.code))).toMatchObject({ remaining: 1 });
    expect((await verifySecurityCode(email, second.code)).ok).toBe(true);
  });

  it("does not send a new code while the tries are spent; after an hour the count starts again", async () => {
    useFakeDate();
    const email = uniqueEmail();
    const first = await newCode(email);
    for (let i = 0; i < 5; i++) await verifySecurityCode(email, wrong(first.code));
    vi.setSystemTime(Date.now() + 61_000);
    const refused = await createSecurityCode(email, randomIp());
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) expect(refused.message).toMatch(/incorrecto 5 veces.*59 minutos/);
    vi.setSystemTime(Date.now() + 60 * 60_000);
    const fresh = await newCode(email);
    const [row] = await codesFor(email);
    expect(row!.attempts).toBe(0);
    expect((await verifySecurityCode(email, fresh.code)).ok).toBe(true);
  });

  it("waits 60 seconds between sends to one address", async () => {
    useFakeDate();
    const email = uniqueEmail();
    await newCode(email);
    vi.setSystemTime(Date.now() + 30_000);
    const early = await createSecurityCode(email, randomIp());
    expect(early).toMatchObject({ ok: false });
    if (!early.ok) expect(early.message).toMatch(/hace menos de un minuto\. Demasiados intentos, espere 30 segundos/);
    vi.setSystemTime(Date.now() + 30_000);
    expect((await createSecurityCode(email, randomIp())).ok).toBe(true);
  });

  it("sends at most 5 codes an hour to one address", async () => {
    useFakeDate();
    const email = uniqueEmail();
    for (let i = 0; i < 5; i++) {
      await newCode(email);
      vi.setSystemTime(Date.now() + 61_000);
    }
    const sixth = await createSecurityCode(email, randomIp());
    expect(sixth).toMatchObject({ ok: false });
    if (!sixth.ok) expect(sixth.message).toMatch(/máximo de 5 códigos por hora/);
    expect(await codesFor(email)).toHaveLength(5);
    vi.setSystemTime(Date.now() + 60 * 60_000);
    expect((await createSecurityCode(email, randomIp())).ok).toBe(true);
  });

  it("limits the codes one client address can request", async () => {
    const ip = randomIp();
    for (let i = 0; i < 20; i++) await newCode(uniqueEmail(), ip);
    const refused = await createSecurityCode(uniqueEmail(), ip);
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) expect(refused.message).toMatch(/Demasiados intentos/);
  });
});
