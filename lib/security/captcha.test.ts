import { describe, expect, it } from "vitest";
import { advanceClock } from "@/lib/clock";
import { CAPTCHA_TTL_MS, verifyCaptcha } from "./captcha";
import { solvedCaptcha } from "./captcha-testing";

describe("captcha (ALTCHA proof of work)", () => {
  it("accepts a solved challenge once and refuses its replay", async () => {
    const payload = await solvedCaptcha();
    expect(await verifyCaptcha(payload, { consume: false })).toEqual({ ok: true });
    expect(await verifyCaptcha(payload, { consume: true })).toEqual({ ok: true });
    expect(await verifyCaptcha(payload, { consume: true })).toEqual({ ok: false, reason: "replayed" });
    expect(await verifyCaptcha(payload, { consume: false })).toEqual({ ok: false, reason: "replayed" });
  });

  it("lets exactly one of several parallel submissions of one solution pass", async () => {
    const payload = await solvedCaptcha();
    const results = await Promise.all(Array.from({ length: 8 }, () => verifyCaptcha(payload, { consume: true })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("refuses an expired challenge", async () => {
    const payload = await solvedCaptcha();
    advanceClock(CAPTCHA_TTL_MS + 1_000);
    expect(await verifyCaptcha(payload, { consume: true })).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses a wrong solution, a tampered challenge, garbage and nothing", async () => {
    const payload = JSON.parse(Buffer.from(await solvedCaptcha(), "base64").toString()) as {
      challenge: { parameters: { cost: number; expiresAt: number } };
      solution: { counter: number; derivedKey: string };
    };
    const encode = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64");
    const wrong = { ...payload, solution: { ...payload.solution, derivedKey: "00".repeat(32) } };
    expect(await verifyCaptcha(encode(wrong), { consume: true })).toEqual({ ok: false, reason: "invalid" });
    const tampered = structuredClone(payload);
    tampered.challenge.parameters.expiresAt += 3600;
    expect(await verifyCaptcha(encode(tampered), { consume: true })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCaptcha("no-es-base64-json", { consume: true })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCaptcha("", { consume: true })).toEqual({ ok: false, reason: "missing" });
  });
});
