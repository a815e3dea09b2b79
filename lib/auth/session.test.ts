import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { advanceClock } from "@/lib/clock";
import { uniqueEmail } from "@/test/factories";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, buildAuthConfig } from "./config";
import { createActiveStaff } from "./testing";
import { authConfig } from "./index";
import { bumpSessionVersion } from "./session-version";
import { deactivateStaff } from "./staff";

type JwtParams = Parameters<NonNullable<NonNullable<typeof authConfig.callbacks>["jwt"]>>[0];

function jwtOf(config = authConfig) {
  const jwt = config.callbacks!.jwt!;
  return {
    signIn: async (user: { id: string; name: string; kind: "staff" | "ecuapass" | "seps"; sessionVersion: number; role?: "admin" | "reviewer" }) =>
      (await jwt({ token: {}, user, account: null, trigger: "signIn" } as unknown as JwtParams)) as JWT | null,
    next: async (token: JWT) => (await jwt({ token, trigger: "update" } as unknown as JwtParams)) as JWT | null,
  };
}

describe("session lifetime (jwt callback)", () => {
  const jwt = jwtOf(buildAuthConfig("http://localhost:3000", "x".repeat(40)));
  const user = { id: "00000000-0000-4000-8000-000000000001", name: "Ana", kind: "seps" as const, sessionVersion: 1 };

  it("ends after 30 minutes without activity", async () => {
    const token = await jwt.signIn(user);
    advanceClock(IDLE_TIMEOUT_MS - 60_000);
    const renewed = await jwt.next(token!);
    expect(renewed).not.toBeNull();
    advanceClock(IDLE_TIMEOUT_MS + 1_000);
    expect(await jwt.next(renewed!)).toBeNull();
  });

  it("ends 12 hours after sign-in even when active", async () => {
    let token = await jwt.signIn(user);
    for (let elapsed = 0; elapsed + 20 * 60_000 < ABSOLUTE_TIMEOUT_MS; elapsed += 20 * 60_000) {
      advanceClock(20 * 60_000);
      token = await jwt.next(token!);
      expect(token, `activa a los ${(elapsed + 20 * 60_000) / 60_000} min`).not.toBeNull();
    }
    // The loop stopped at 11 h 40 min: 20 min and a second more is past the 12-hour limit.
    advanceClock(20 * 60_000 + 1_000);
    expect(await jwt.next(token!)).toBeNull();
  });
});

describe("session cookies", () => {
  it("are __Host-/__Secure- prefixed, HttpOnly, Secure and SameSite=Lax for an https APP_URL", () => {
    const config = buildAuthConfig("https://ventanilla.example", "x".repeat(40));
    expect(config.useSecureCookies).toBe(true);
    const session = config.cookies!.sessionToken!;
    expect(session.name).toMatch(/^__Host-/);
    expect(session.options).toMatchObject({ httpOnly: true, secure: true, sameSite: "lax", path: "/" });
    expect(session.options).not.toHaveProperty("domain");
    expect(config.cookies!.csrfToken!.name).toMatch(/^__Host-/);
    expect(config.cookies!.callbackUrl!.name).toMatch(/^__Secure-/);
    for (const cookie of Object.values(config.cookies!)) {
      expect(cookie!.options).toMatchObject({ httpOnly: true, secure: true, sameSite: "lax" });
    }
  });

  it("are HttpOnly and SameSite=Lax (not Secure) for a local http APP_URL", () => {
    const config = buildAuthConfig("http://localhost:3000", "x".repeat(40));
    expect(config.cookies!.sessionToken!.options).toMatchObject({ httpOnly: true, secure: false, sameSite: "lax" });
  });
});

describe("session revocation (session version)", () => {
  it("refuses an old session after sign-out or a password change (version bumped)", async () => {
    const staff = await createActiveStaff({ email: uniqueEmail("rev") });
    const jwt = jwtOf();
    const token = await jwt.signIn({ id: staff.id, name: staff.fullName, kind: "staff", sessionVersion: staff.sessionVersion, role: "reviewer" });
    expect(await jwt.next(token!)).not.toBeNull();
    await bumpSessionVersion("staff", staff.id);
    expect(await jwt.next(token!)).toBeNull();
    // A new sign-in after the bump is valid again.
    const fresh = await jwt.signIn({ id: staff.id, name: staff.fullName, kind: "staff", sessionVersion: staff.sessionVersion + 1, role: "reviewer" });
    expect(await jwt.next(fresh!)).not.toBeNull();
  });

  it("ends the sessions of a deactivated staff account", async () => {
    const staff = await createActiveStaff({ email: uniqueEmail("off") });
    const admin = await createActiveStaff({ email: uniqueEmail("adm"), role: "admin" });
    const jwt = jwtOf();
    const token = await jwt.signIn({ id: staff.id, name: staff.fullName, kind: "staff", sessionVersion: staff.sessionVersion, role: "reviewer" });
    expect(await jwt.next(token!)).not.toBeNull();
    expect(await deactivateStaff(staff.id, { id: admin.id, label: admin.email })).toBe(true);
    expect(await jwt.next(token!)).toBeNull();
  });
});
