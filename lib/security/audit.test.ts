import { advanceClock } from "@/lib/clock";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyStaffCredentials } from "@/lib/auth/credentials";
import { beginStaffEnrollment, completeStaffActivation, inviteStaff } from "@/lib/auth/staff";
import { currentTotp } from "@/lib/auth/totp";
import { db } from "@/lib/db";
import { auditEvents } from "@/lib/db/schema";
import { uniqueEmail, uniqueSuffix } from "@/test/factories";
import { listAuditEvents, recordAudit, redactDetails } from "./audit";

describe("audit log", () => {
  it("is append-only: UPDATE and DELETE are refused by the database", async () => {
    const action = `prueba.${uniqueSuffix()}`;
    await recordAudit({ actor: { kind: "sistema", label: "test" }, action, subjectType: "prueba", subjectId: "1" });
    const [row] = await db.select().from(auditEvents).where(eq(auditEvents.action, action));
    await expect(db.update(auditEvents).set({ action: "otra" }).where(eq(auditEvents.id, row!.id))).rejects.toThrow();
    await expect(db.delete(auditEvents).where(eq(auditEvents.id, row!.id))).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_events`)).rejects.toThrow();
    expect(await db.select().from(auditEvents).where(eq(auditEvents.id, row!.id))).toHaveLength(1);
  });

  it("allows only redaction: personal parts removed, never altered or added", async () => {
    const action = `prueba.${uniqueSuffix()}`;
    await recordAudit({ actor: { kind: "sistema", label: "Ana Pérez" }, action, subjectType: "prueba", subjectId: "2", details: { cedula: "1710034065", filas: 3 } });
    const [row] = await db.select().from(auditEvents).where(eq(auditEvents.action, action));
    await expect(db.update(auditEvents).set({ actorLabel: "Otra persona" }).where(eq(auditEvents.id, row!.id))).rejects.toThrow();
    await expect(db.update(auditEvents).set({ details: { cedula: "1710034065", filas: 4 } }).where(eq(auditEvents.id, row!.id))).rejects.toThrow();
    await expect(db.update(auditEvents).set({ subjectId: "3", actorLabel: null }).where(eq(auditEvents.id, row!.id))).rejects.toThrow();
    await db.update(auditEvents).set({ actorLabel: null, ip: null, details: { filas: 3 } }).where(eq(auditEvents.id, row!.id));
    const [after] = await db.select().from(auditEvents).where(eq(auditEvents.id, row!.id));
    expect(after).toMatchObject({ action, subjectId: "2", actorLabel: null, details: { filas: 3 } });
  });

  it("never contains a password, code, token or TOTP secret of a whole staff lifecycle", async () => {
    const email = uniqueEmail("secreto");
    const password = `Tranvía azul ${uniqueSuffix()} 77`;
    const { link } = await inviteStaff({ email, fullName: "Persona Secreta", role: "reviewer" });
    const token = link.split("/").pop()!;
    const started = await beginStaffEnrollment(token, "10.1.1.1");
    if (!started.ok) throw new Error(started.message);
    await completeStaffActivation({ token, password: "incorrecta-0000", otp: "000000" }, "10.1.1.1");
    const done = await completeStaffActivation({ token, password, otp: currentTotp(started.secret) }, "10.1.1.1");
    if (!done.ok) throw new Error(done.message);
    await verifyStaffCredentials(email, "otra clave mala 1", "123456");
    advanceClock(30_000); // the activation's code is used; the next one signs in
    expect((await verifyStaffCredentials(email, password, currentTotp(started.secret))).ok).toBe(true);
    await verifyStaffCredentials(email, password, done.recoveryCodes[1]!);

    const all = JSON.stringify(await db.select().from(auditEvents));
    expect(all).toContain(email); // the events are there …
    const secrets = [password, "otra clave mala 1", "incorrecta-0000", token, started.secret, ...done.recoveryCodes, ...done.recoveryCodes.map((c) => c.replace("-", ""))];
    for (const secret of secrets) expect(all, `audit contains ${secret.slice(0, 4)}…`).not.toContain(secret); // … the secrets are not
  });

  it("the admin page's query filters by action, actor and date, and redacts secret-looking details", async () => {
    const label = `filtro-${uniqueSuffix()}`;
    await recordAudit({ actor: { kind: "sistema", label }, action: "prueba.filtro", details: { token: "abc", intentos: 3 } });
    const { events } = await listAuditEvents({ accion: "prueba.fil", actor: label, pagina: 1 });
    expect(events).toHaveLength(1);
    expect(events[0]!.details).toEqual({ token: "[oculto]", intentos: 3 });
    expect((await listAuditEvents({ actor: label, desde: "2000-01-01", hasta: "2000-01-02", pagina: 1 })).events).toHaveLength(0);
    expect((await listAuditEvents({ actor: "%", pagina: 1 })).events.every((e) => e.actorLabel?.includes("%"))).toBe(true);
    expect(redactDetails({ password: "x", rol: "admin" })).toEqual({ password: "[oculto]", rol: "admin" });
  });
});
