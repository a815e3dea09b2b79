import { and, desc, eq } from "drizzle-orm";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { getAccountDetail } from "@/lib/accounts/detail";
import { authConfig } from "@/lib/auth";
import { advanceClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { auditEvents, deletionRequests, ecuapassUsers, mailOutbox, sepsRoleAssignments, sepsUsers, staffUsers } from "@/lib/db/schema";
import { approveRequest } from "@/lib/seps/approval";
import { recordAudit } from "@/lib/security/audit";
import { createOrganization, createRequestInReview } from "@/lib/seps/review.fixtures";
import { uniqueEmail, uniqueSuffix } from "@/test/factories";
import { deletionBlockers, requestDeletion, resolveDeletion } from "./deletion";
import { personalDataReport } from "./personal-data";
import { RETENTION } from "./retention";
import { insertEcuapassUser } from "./test-users";

type JwtParams = Parameters<NonNullable<NonNullable<typeof authConfig.callbacks>["jwt"]>>[0];
const jwt = authConfig.callbacks!.jwt!;

async function admin() {
  const [row] = await db.insert(staffUsers).values({ email: uniqueEmail("adm"), fullName: `Admin ${uniqueSuffix()}`, role: "admin", status: "activo" }).returning();
  return { id: row!.id, label: row!.fullName };
}

function collectDeferred() {
  const tasks: Promise<unknown>[] = [];
  return { defer: (task: () => Promise<unknown>) => void tasks.push(task()), settle: () => Promise.all(tasks) };
}

async function pendingRequestOf(kind: "ecuapass" | "seps", id: string) {
  const [row] = await db
    .select()
    .from(deletionRequests)
    .where(and(eq(deletionRequests.subjectKind, kind), eq(deletionRequests.subjectId, id)))
    .orderBy(desc(deletionRequests.createdAt));
  return row!;
}

describe("Mis datos (right of access)", () => {
  it("lists every datum with its source, the consents and each staff read of the record", async () => {
    const staff = await admin();
    const org = await createOrganization();
    const request = await createRequestInReview({ organization: org, roles: [{ roleCode: "NF_ACOPIO_INFORMACION" }] });
    const approved = await approveRequest(request.id, staff, () => {});
    if (!approved.ok || !approved.userId) throw new Error("not approved");

    await getAccountDetail("seps", approved.userId, staff);
    const report = await personalDataReport("seps", approved.userId);
    expect(report!.holder.username).toBe(request.userCedula);
    const account = report!.sections.find((s) => s.title === "Cuenta")!;
    expect(account.items.find((i) => i.label === "Correo electrónico")).toMatchObject({ value: request.userEmail, source: expect.stringContaining(request.number) });
    expect(report!.sections.some((s) => s.title.startsWith(`Solicitud ${request.number}`))).toBe(true);
    expect(report!.consents).toEqual([expect.objectContaining({ version: "test", hash: "0".repeat(64), context: `Solicitud ${request.number}` })]);
    expect(report!.accessLog).toEqual([expect.objectContaining({ staffName: staff.label, context: "ficha de la cuenta" })]);
    expect(JSON.stringify(report)).not.toContain("passwordHash");
  });
});

describe("deletion requests", () => {
  it("an Ecuapass account is deleted on acceptance: the row goes, the live session ends, the audit keeps no name", async () => {
    const staff = await admin();
    const user = await insertEcuapassUser();
    await recordAudit({ actor: { kind: "ecuapass", id: user.id, label: user.userId }, action: "auth.ingreso", subjectType: "ecuapass", subjectId: user.id });
    await recordAudit({ actor: { kind: "anonimo", label: user.userIdKey }, action: "auth.ingreso_fallido", subjectType: "ecuapass", details: { fallos: 1 } });
    const token = (await jwt({ token: {}, user: { id: user.id, name: user.fullName, kind: "ecuapass", sessionVersion: 1 }, account: null, trigger: "signIn" } as unknown as JwtParams)) as JWT;
    expect(await requestDeletion("ecuapass", user.id, "Ya no uso el servicio.")).toEqual({ ok: true });
    expect(await requestDeletion("ecuapass", user.id, null)).toMatchObject({ ok: false, message: expect.stringContaining("pendiente") });
    const request = await pendingRequestOf("ecuapass", user.id);

    const mail = collectDeferred();
    expect((await resolveDeletion(request.id, "aceptar", null, staff, mail.defer)).ok).toBe(true);
    await mail.settle();
    expect(await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.id, user.id))).toEqual([]);
    expect(await jwt({ token, trigger: "update" } as unknown as JwtParams)).toBeNull();
    const [resolved] = await db.select().from(deletionRequests).where(eq(deletionRequests.id, request.id));
    expect(resolved).toMatchObject({ status: "aceptada", subjectLabel: null, reason: null, resolvedBy: staff.id });
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "datos_personales.eliminacion_aceptada"), eq(auditEvents.subjectId, user.id)));
    expect(JSON.stringify(event!.details)).not.toContain(user.email);
    // The person's earlier events stay, without their name: the sign-in, the failed one typed with the ID, the request.
    const own = await db.select().from(auditEvents).where(and(eq(auditEvents.actorId, user.id)));
    expect(own.map((e) => e.action).sort()).toEqual(["auth.ingreso", "datos_personales.eliminacion_solicitada"]);
    expect(own.every((e) => e.actorLabel === null && e.ip === null)).toBe(true);
    const failed = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "auth.ingreso_fallido"), eq(auditEvents.details, { fallos: 1 })));
    expect(failed.some((e) => e.actorLabel === user.userIdKey)).toBe(false);
    const [notice] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, user.email));
    expect(notice!.subject).toBe("Sus datos fueron eliminados");
  });

  it("a SEPS account with an active role is refused with the reason, then under legal retention after the role ends", async () => {
    const staff = await admin();
    const org = await createOrganization();
    const request = await createRequestInReview({ organization: org, roles: [{ roleCode: "NF_ACOPIO_INFORMACION" }] });
    const approved = await approveRequest(request.id, staff, () => {});
    if (!approved.ok || !approved.userId) throw new Error("not approved");
    const userId = approved.userId;

    expect((await deletionBlockers("seps", userId))[0]).toContain("Rol de Acopio de Información");
    await requestDeletion("seps", userId, null);
    const pending = await pendingRequestOf("seps", userId);
    const refused = await resolveDeletion(pending.id, "aceptar", null, staff);
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("rol activo") });
    expect(await db.select().from(sepsUsers).where(eq(sepsUsers.id, userId))).toHaveLength(1);

    await db.update(sepsRoleAssignments).set({ status: "desactivada", deactivatedAt: new Date() }).where(eq(sepsRoleAssignments.userId, userId));
    expect((await deletionBlockers("seps", userId))[0]).toContain("Conservación legal");
    const mail = collectDeferred();
    const rejected = await resolveDeletion(pending.id, "rechazar", "Conservación legal de 5 años.", staff, mail.defer);
    await mail.settle();
    expect(rejected.ok).toBe(true);
    const [notice] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, request.userEmail.toLowerCase())).orderBy(desc(mailOutbox.createdAt));
    expect(notice!.text).toContain("Conservación legal de 5 años.");

    advanceClock(RETENTION.sepsAccessRecords.days * 86_400_000 + 86_400_000);
    expect(await deletionBlockers("seps", userId)).toEqual([]);
    await requestDeletion("seps", userId, null);
    const again = await pendingRequestOf("seps", userId);
    expect((await resolveDeletion(again.id, "aceptar", null, staff)).ok).toBe(true);
    expect(await db.select().from(sepsUsers).where(eq(sepsUsers.id, userId))).toEqual([]);
  });
});
