import { afterEach, describe, expect, it, vi } from "vitest";
import { randomCedula, uniqueEmail, uniqueSuffix } from "@/test/factories";
import { tooManyAttemptsMessage } from "@/lib/security/rate-limit";
import { lockSecondsAfter, verifyEcuapassCredentials, verifySepsCredentials, verifyStaffCredentials } from "./credentials";
import { createActiveStaff } from "./testing";
import { currentTotp } from "./totp";

afterEach(() => {
  vi.useRealTimers();
});

describe("sign-in throttle", () => {
  it("locks an account after 5 failures whatever the password, with exponential back-off", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const staff = await createActiveStaff({ email: uniqueEmail("lock") });
    const right = () => verifyStaffCredentials(staff.email, staff.password, currentTotp(staff.totpSecret));
    for (let i = 1; i <= 4; i++) {
      expect(await verifyStaffCredentials(staff.email, "mala-clave", "000000")).toEqual({ ok: false });
    }
    const fifth = await verifyStaffCredentials(staff.email, "mala-clave", "000000");
    expect(fifth).toEqual({ ok: false, lockedSeconds: 30 });
    // Locked: the right password is refused too, and the wait is announced.
    const locked = await right();
    expect(locked.ok).toBe(false);
    expect((locked as { lockedSeconds?: number }).lockedSeconds).toBeGreaterThan(25);
    expect(tooManyAttemptsMessage(30)).toBe("Demasiados intentos, espere 30 segundos.");
    // After the wait, one more failure locks twice as long, then four times.
    vi.setSystemTime(Date.now() + 31_000);
    expect(await verifyStaffCredentials(staff.email, "mala-clave", "000000")).toEqual({ ok: false, lockedSeconds: 60 });
    vi.setSystemTime(Date.now() + 61_000);
    expect(await verifyStaffCredentials(staff.email, "mala-clave", "000000")).toEqual({ ok: false, lockedSeconds: 120 });
    vi.setSystemTime(Date.now() + 121_000);
    expect((await right()).ok).toBe(true);
  });

  it("counts failures for unknown accounts the same way (no hint that the account does not exist)", async () => {
    const cedula = randomCedula();
    for (let i = 1; i <= 4; i++) expect(await verifySepsCredentials(cedula, "x")).toEqual({ ok: false });
    expect(await verifySepsCredentials(cedula, "x")).toEqual({ ok: false, lockedSeconds: 30 });
  });

  it("treats equivalent spellings of one ID as one account for the throttle", async () => {
    const id = `jperez${uniqueSuffix()}`;
    const spellings = [id, id.toUpperCase(), `${id.slice(0, 1)}\u200B${id.slice(1)}`, id.replace(/[a-z0-9]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)), id];
    const results = [];
    for (const spelling of spellings) results.push(await verifyEcuapassCredentials(spelling, "x"));
    expect(results.at(-1)).toEqual({ ok: false, lockedSeconds: 30 });
  });

  it("back-off doubles from 30 s and stops at 15 minutes", () => {
    expect([4, 5, 6, 7, 8].map(lockSecondsAfter)).toEqual([0, 30, 60, 120, 240]);
    expect(lockSecondsAfter(30)).toBe(900);
  });
});

describe("timing", () => {
  // The fastest run of each is its cost without the noise of other work on the machine (noise only
  // ever adds time), so the comparison holds when the test files run in parallel on two cores.
  const fastest = (values: number[]) => Math.min(...values);

  it("answers an unknown user as slowly as a wrong password (argon2 either way)", async () => {
    const N = 9;
    // One account per wrong try: a locked account answers without argon2, which is not what is timed here.
    const accounts = [];
    for (let i = 0; i < N; i++) accounts.push(await createActiveStaff({ email: uniqueEmail("timing") }));
    const unknown: number[] = [];
    const wrong: number[] = [];
    // Fresh usernames each time so the throttle never kicks in; interleaved to share noise.
    for (let i = 0; i < N; i++) {
      let t = performance.now();
      await verifyStaffCredentials(uniqueEmail("nadie"), "clave-equivocada", "123456");
      unknown.push(performance.now() - t);
      t = performance.now();
      await verifyStaffCredentials(accounts[i]!.email, "clave-equivocada", "123456");
      wrong.push(performance.now() - t);
    }
    const ratio = fastest(unknown) / fastest(wrong);
    expect(fastest(wrong)).toBeGreaterThan(5); // argon2 really ran
    expect(ratio, `unknown ${fastest(unknown).toFixed(1)} ms vs wrong ${fastest(wrong).toFixed(1)} ms`).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.6);
  });
});

describe("staff TOTP codes are good once (RFC 6238 §5.2)", () => {
  it("two sign-ins racing with the same code: exactly one gets in", async () => {
    const staff = await createActiveStaff({ email: uniqueEmail("carrera") });
    const code = currentTotp(staff.totpSecret);
    const outcomes = await Promise.all([1, 2, 3].map(() => verifyStaffCredentials(staff.email, staff.password, code)));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
  });

  it("re-enrolling the same secret keeps the used codes; a new secret starts afresh", async () => {
    const staff = await createActiveStaff({ email: uniqueEmail("reinscrito") });
    const code = currentTotp(staff.totpSecret);
    expect((await verifyStaffCredentials(staff.email, staff.password, code)).ok).toBe(true);
    const same = await createActiveStaff({ email: staff.email, totpSecret: staff.totpSecret });
    expect((await verifyStaffCredentials(same.email, same.password, code)).ok).toBe(false);
    const renewed = await createActiveStaff({ email: staff.email });
    expect(renewed.totpLastStep).toBeNull();
    expect((await verifyStaffCredentials(renewed.email, renewed.password, currentTotp(renewed.totpSecret))).ok).toBe(true);
  });
});
