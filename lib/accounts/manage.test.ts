import { and, desc, eq } from "drizzle-orm";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { authConfig } from "@/lib/auth";
import { verifySepsCredentials } from "@/lib/auth/credentials";
import { db } from "@/lib/db";
import { auditEvents, linkTokens, mailOutbox, sepsRoleAssignments, sepsUsers, staffUsers } from "@/lib/db/schema";
import { listPersonalDataAccess } from "@/lib/privacy/access-log";
import { hashPassword } from "@/lib/security/passwords";
import { approveRequest } from "@/lib/seps/approval";
import { createHolder, createOrganization, createRequestInReview } from "@/lib/seps/review.fixtures";
import { randomCedula, uniqueEmail, uniqueSuffix } from "@/test/factories";
import { getAccountDetail } from "./detail";
import { reactivateAccount, resendActivationLink, revokeSepsRole, suspendAccount, unlockAccount } from "./manage";
import { searchAccounts } from "./search";

type JwtParams = Parameters<NonNullable<NonNullable<typeof authConfig.callbacks>["jwt"]>>[0];
const jwt = authConfig.callbacks!.jwt!;
const signIn = async (user: { id: string; name: string; kind: "seps" | "ecuapass"; sessionVersion: number }) =>
  (await jwt({ token: {}, user, account: null, trigger: "signIn" } as unknown as JwtParams)) as JWT | null;
const nextRequest = async (token: JWT) => (await jwt({ token, trigger: "update" } as unknown as JwtParams)) as JWT | null;

async function createAdmin() {
  const [staff] = await db
    .insert(staffUsers)
    .values({ email: uniqueEmail("admin"), fullName: `Admin ${uniqueSuffix()}`, role: "admin", status: "activo" })
    .returning();
  return { id: staff!.id, label: staff!.fullName };
}

function collectDeferred() {
  const tasks: Promise<unknown>[] = [];
  return { defer: (task: () => Promise<unknown>) => void tasks.push(task()), settle: () => Promise.all(tasks) };
}

async function mailsTo(to: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.to, to.toLowerCase())).orderBy(desc(mailOutbox.createdAt));
}

const PASSWORD = "Cooperativa-Segura-2026";

async function activeSepsUser() {
  const [user] = await db
    .insert(sepsUsers)
    .values({ cedula: randomCedula(), fullName: `Usuaria ${uniqueSuffix()}`, email: uniqueEmail("seps"), passwordHash: await hashPassword(PASSWORD), status: "activo" })
    .returning();
  return user!;
}

describe("suspendAccount", () => {
  it("ends a live session at once, refuses sign-in, emails the reason; reactivating lets the person back in", async () => {
    const admin = await createAdmin();
    const user = await activeSepsUser();
    const token = await signIn({ id: user.id, name: user.fullName, kind: "seps", sessionVersion: user.sessionVersion });
    expect(await nextRequest(token!)).not.toBeNull();

    const mail = collectDeferred();
    const result = await suspendAccount("seps", user.id, "Uso indebido de la cuenta detectado.", admin, mail.defer);
    await mail.settle();
    expect(result.ok).toBe(true);
    expect(await nextRequest(token!)).toBeNull();
    expect((await verifySepsCredentials(user.cedula, PASSWORD)).ok).toBe(false);
    const [suspensionMail] = await mailsTo(user.email);
    expect(suspensionMail!.subject).toBe("Su cuenta fue suspendida");
    expect(suspensionMail!.text).toContain("Uso indebido de la cuenta detectado.");
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "cuenta.suspendida"), eq(auditEvents.subjectId, user.id)));
    expect(event).toMatchObject({ actorId: admin.id, details: { motivo: "Uso indebido de la cuenta detectado." } });

    expect((await suspendAccount("seps", user.id, "Otra vez la misma cuenta.", admin)).ok).toBe(false);
    const back = collectDeferred();
    expect((await reactivateAccount("seps", user.id, "Identidad verificada en persona.", admin, back.defer)).ok).toBe(true);
    await back.settle();
    expect((await verifySepsCredentials(user.cedula, PASSWORD)).ok).toBe(true);
    expect((await mailsTo(user.email))[0]!.subject).toBe("Su cuenta fue reactivada");
  });

  it("revokes pending links, and a SEPS user without a password comes back pending activation", async () => {
    const admin = await createAdmin();
    const org = await createOrganization();
    const request = await createRequestInReview({ organization: org, roles: [{ roleCode: "NF_ACOPIO_INFORMACION" }] });
    const approved = await approveRequest(request.id, admin, () => {});
    if (!approved.ok || !approved.userId) throw new Error("not approved");
    await suspendAccount("seps", approved.userId, "Correo del usuario comprometido.", admin, () => {});
    const live = await db.select().from(linkTokens).where(eq(linkTokens.subjectId, approved.userId));
    expect(live.every((t) => t.revokedAt || t.usedAt)).toBe(true);
    await reactivateAccount("seps", approved.userId, "Correo del usuario recuperado.", admin, () => {});
    const [after] = await db.select().from(sepsUsers).where(eq(sepsUsers.id, approved.userId));
    expect(after!.status).toBe("pendiente_activacion");
  });
});

describe("revokeSepsRole", () => {
  it("frees the organization's slot: a new holder can then be approved into a one-person role", async () => {
    const admin = await createAdmin();
    const org = await createOrganization("no_financiera");
    const holder = await createHolder(org.id, "NF_REPRESENTANTE_LEGAL");
    const token = await signIn({ id: holder.id, name: holder.fullName, kind: "seps", sessionVersion: holder.sessionVersion });

    const first = await createRequestInReview({ organization: org, roles: [{ roleCode: "NF_REPRESENTANTE_LEGAL" }] });
    const refused = await approveRequest(first.id, admin, () => {});
    expect(refused.ok).toBe(false);

    const [assignment] = await db.select().from(sepsRoleAssignments).where(eq(sepsRoleAssignments.userId, holder.id));
    const mail = collectDeferred();
    const result = await revokeSepsRole(holder.id, assignment!.id, "Dejó de ser representante legal.", admin, mail.defer);
    await mail.settle();
    expect(result.ok).toBe(true);
    expect(await nextRequest(token!)).toBeNull();
    const [notice] = await mailsTo(holder.email);
    expect(notice!.text).toContain("Dejó de ser representante legal.");

    const second = await createRequestInReview({ organization: org, roles: [{ roleCode: "NF_REPRESENTANTE_LEGAL" }] });
    const approved = await approveRequest(second.id, admin, () => {});
    expect(approved).toMatchObject({ ok: true, granted: ["NF_REPRESENTANTE_LEGAL"] });

    expect((await revokeSepsRole(holder.id, assignment!.id, "Dejó de ser representante legal.", admin)).ok).toBe(false);
  });
});

describe("resendActivationLink and unlockAccount", () => {
  it("sends a new activation link and revokes the old one", async () => {
    const admin = await createAdmin();
    const org = await createOrganization();
    const request = await createRequestInReview({ organization: org, roles: [{ roleCode: "NF_ACOPIO_INFORMACION" }] });
    const approved = await approveRequest(request.id, admin, () => {});
    if (!approved.ok || !approved.userId) throw new Error("not approved");
    const mail = collectDeferred();
    expect((await resendActivationLink(approved.userId, admin, mail.defer)).ok).toBe(true);
    await mail.settle();
    const tokens = await db.select().from(linkTokens).where(eq(linkTokens.subjectId, approved.userId));
    expect(tokens.filter((t) => !t.revokedAt)).toHaveLength(1);
    expect((await mailsTo(request.userEmail))[0]!.text).toMatch(/\/seps\/activar\/[A-Za-z0-9_-]{43}/);
  });

  it("lifts a sign-in lock", async () => {
    const admin = await createAdmin();
    const user = await activeSepsUser();
    for (let i = 0; i < 5; i++) await verifySepsCredentials(user.cedula, "incorrecta-123");
    expect((await verifySepsCredentials(user.cedula, PASSWORD)).ok).toBe(false);
    const detail = await getAccountDetail("seps", user.id, admin);
    expect(detail!.common.signIns.lockedForSeconds).toBeGreaterThan(0);
    expect(detail!.common.signIns.failures30d).toBeGreaterThanOrEqual(5);
    await unlockAccount("seps", user.id, admin);
    expect((await verifySepsCredentials(user.cedula, PASSWORD)).ok).toBe(true);
  });
});

describe("staff reads of a record", () => {
  it("every detail view lands in the person's access log, with the staff member's name", async () => {
    const admin = await createAdmin();
    const user = await activeSepsUser();
    expect(await listPersonalDataAccess("seps", user.id)).toEqual([]);
    await getAccountDetail("seps", user.id, admin);
    await getAccountDetail("seps", user.id, admin);
    const log = await listPersonalDataAccess("seps", user.id);
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ staffName: admin.label, context: "ficha de la cuenta" });
  });

  it("search finds SEPS accounts by cédula, name, email and the RUC of an organization they hold a role in", async () => {
    const org = await createOrganization();
    const holder = await createHolder(org.id, "NF_ACOPIO_INFORMACION");
    for (const q of [holder.cedula, holder.email.toUpperCase(), org.ruc]) {
      const hits = await searchAccounts({ q, tipo: "todas" });
      expect(hits.map((h) => h.id), q).toContain(holder.id);
    }
    expect(await searchAccounts({ q: holder.cedula, tipo: "ecuapass" })).toEqual([]);
  });
});
