import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { advanceClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { auditEvents, staffRecoveryCodes, staffUsers } from "@/lib/db/schema";
import { uniqueEmail } from "@/test/factories";
import { verifyStaffCredentials } from "./credentials";
import { STAFF_INVITE_TTL_MS, SelfDeactivationError, beginStaffEnrollment, completeStaffActivation, deactivateStaff, inspectStaffInvite, inviteStaff } from "./staff";
import { createActiveStaff } from "./testing";
import { currentTotp } from "./totp";

const tokenOf = (link: string) => link.split("/").pop()!;
const PASSWORD = "Mi clave de revisión 2026";

describe("staff activation", () => {
  it("GET consumes nothing; Continuar enrolls; password + current code activate once and give 10 recovery codes", async () => {
    const email = uniqueEmail("nuevo");
    const { link, staff } = await inviteStaff({ email, fullName: "Nueva Persona", role: "reviewer" });
    expect(link).toMatch(/^http:\/\/localhost:3000\/admin\/activar\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(link);
    expect(await inspectStaffInvite(token)).toMatchObject({ ok: true, email });
    expect(await inspectStaffInvite(token)).toMatchObject({ ok: true });

    const started = await beginStaffEnrollment(token, "10.0.0.1");
    if (!started.ok) throw new Error(started.message);
    expect(started.uri).toMatch(/^otpauth:\/\/totp\//);

    // A wrong code does not use the link.
    expect(await completeStaffActivation({ token, password: PASSWORD, otp: "000000" }, "10.0.0.1")).toMatchObject({ ok: false, field: "otp" });
    // A common or agency password is refused before anything changes.
    expect(await completeStaffActivation({ token, password: "seps12345678", otp: currentTotp(started.secret) }, "10.0.0.1")).toMatchObject({
      ok: false,
      field: "password",
    });
    const done = await completeStaffActivation({ token, password: PASSWORD, otp: currentTotp(started.secret) }, "10.0.0.1");
    if (!done.ok) throw new Error(done.message);
    expect(done.recoveryCodes).toHaveLength(10);
    expect(new Set(done.recoveryCodes).size).toBe(10);

    const [row] = await db.select().from(staffUsers).where(eq(staffUsers.id, staff.id));
    expect(row!.status).toBe("activo");
    const stored = await db.select().from(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffId, staff.id));
    expect(stored).toHaveLength(10);
    for (const code of done.recoveryCodes) expect(JSON.stringify(stored)).not.toContain(code.replace("-", ""));

    // The link is used up.
    expect(await inspectStaffInvite(token)).toMatchObject({ ok: false });
    expect(await completeStaffActivation({ token, password: PASSWORD, otp: currentTotp(started.secret) }, "10.0.0.1")).toMatchObject({ ok: false });

    // Sign-in: password + TOTP, each code once (the activation's included), or a recovery code once.
    expect((await verifyStaffCredentials(email, PASSWORD, currentTotp(started.secret))).ok).toBe(false);
    advanceClock(30_000);
    const nextCode = currentTotp(started.secret);
    expect((await verifyStaffCredentials(email, PASSWORD, nextCode)).ok).toBe(true);
    expect((await verifyStaffCredentials(email, PASSWORD, nextCode)).ok).toBe(false);
    // An older code still inside the drift window is refused too.
    advanceClock(-30_000);
    expect((await verifyStaffCredentials(email, PASSWORD, currentTotp(started.secret))).ok).toBe(false);
    advanceClock(30_000);
    expect((await verifyStaffCredentials(email, PASSWORD, done.recoveryCodes[0]!)).ok).toBe(true);
    expect((await verifyStaffCredentials(email, PASSWORD, done.recoveryCodes[0]!)).ok).toBe(false);

    const events = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, staff.id)).orderBy(auditEvents.id);
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["personal.invitado", "personal.activado"]));
  });

  it("refuses an expired invitation", async () => {
    const { link } = await inviteStaff({ email: uniqueEmail("tarde"), fullName: "Tarde", role: "admin" });
    advanceClock(STAFF_INVITE_TTL_MS + 1_000);
    expect(await inspectStaffInvite(tokenOf(link))).toEqual({ ok: false, problem: "expired" });
    expect(await beginStaffEnrollment(tokenOf(link), "10.0.0.2")).toMatchObject({ ok: false });
  });

  it("an admin cannot deactivate themselves", async () => {
    const admin = await createActiveStaff({ email: uniqueEmail("yo"), role: "admin" });
    await expect(deactivateStaff(admin.id, { id: admin.id, label: admin.email })).rejects.toBeInstanceOf(SelfDeactivationError);
  });
});
