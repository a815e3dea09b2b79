import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditEvents, linkTokens, mailOutbox, sepsRequests, sepsRoleAssignments, sepsUsers, staffUsers } from "@/lib/db/schema";
import { randomCedula, uniqueEmail, uniqueSuffix } from "@/test/factories";
import { approveRequest } from "./approval";
import { rejectRequest, requestCorrection } from "./review";
import { createHolder, createOrganization, createRequestInReview, userByCedula } from "./review.fixtures";

async function createReviewer() {
  const [staff] = await db
    .insert(staffUsers)
    .values({ email: uniqueEmail("revisor"), fullName: `Revisor ${uniqueSuffix()}`, role: "reviewer", status: "activo" })
    .returning();
  return { id: staff!.id, label: staff!.email };
}

/** Runs the after-commit work (emails) and waits for it, as `after()` would. */
function collectDeferred() {
  const tasks: Promise<unknown>[] = [];
  return { defer: (task: () => Promise<unknown>) => void tasks.push(task()), settle: () => Promise.all(tasks) };
}

async function mailsTo(to: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.to, to.toLowerCase())).orderBy(desc(mailOutbox.createdAt));
}

async function requestStatus(id: string) {
  const [row] = await db.select({ status: sepsRequests.status, decidedBy: sepsRequests.decidedBy }).from(sepsRequests).where(eq(sepsRequests.id, id));
  return row!;
}

async function activeAssignments(organizationId: string, roleCode: string) {
  return db
    .select()
    .from(sepsRoleAssignments)
    .where(
      and(
        eq(sepsRoleAssignments.organizationId, organizationId),
        eq(sepsRoleAssignments.roleCode, roleCode),
        eq(sepsRoleAssignments.status, "activa"),
      ),
    );
}

describe("approveRequest", () => {
  it("creates the user, assigns the roles, issues a 72-hour activation link and emails it", async () => {
    const reviewer = await createReviewer();
    const org = await createOrganization("no_financiera");
    const email = uniqueEmail("nuevo");
    const request = await createRequestInReview({
      organization: org,
      userEmail: email,
      roles: [{ roleCode: "NF_ACOPIO_INFORMACION" }, { roleCode: "NF_LIQUIDADOR" }],
    });
    const mail = collectDeferred();

    const result = await approveRequest(request.id, reviewer, mail.defer);
    await mail.settle();

    expect(result).toMatchObject({ ok: true, userCreated: true, activationSent: true });
    const user = await userByCedula(request.userCedula);
    expect(user).toMatchObject({ status: "pendiente_activacion", passwordHash: null, email });
    expect(await requestStatus(request.id)).toEqual({ status: "aprobada", decidedBy: reviewer.id });
    const roles = await db.select().from(sepsRoleAssignments).where(eq(sepsRoleAssignments.userId, user!.id));
    expect(roles.map((r) => [r.roleCode, r.slot, r.status]).sort()).toEqual([
      ["NF_ACOPIO_INFORMACION", 1, "activa"],
      ["NF_LIQUIDADOR", 1, "activa"],
    ]);
    const [token] = await db.select().from(linkTokens).where(eq(linkTokens.subjectId, user!.id));
    expect(token!.purpose).toBe("seps_activation");
    expect(token!.expiresAt.getTime() - token!.createdAt.getTime()).toBeGreaterThan(72 * 3_600_000 - 5_000);
    expect(token!.expiresAt.getTime() - token!.createdAt.getTime()).toBeLessThanOrEqual(72 * 3_600_000 + 5_000);

    const [message] = await mailsTo(email);
    expect(message!.subject).toContain("Acceso otorgado");
    expect(message!.text).toMatch(/http:\/\/localhost:3000\/seps\/activar\/[A-Za-z0-9_-]{43}/);
    expect(message!.text).toContain("Rol de Acopio de Información");
    expect(message!.text).toContain("72 horas");

    const events = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, request.id)).orderBy(auditEvents.id);
    expect(events.map((e) => e.action)).toContain("seps.solicitud.aprobada");
    expect(events.find((e) => e.action === "seps.solicitud.aprobada")!.actorId).toBe(reviewer.id);
  });

  it("deactivates the holder the request names and ends that holder's sessions", async () => {
    const reviewer = await createReviewer();
    const org = await createOrganization("no_financiera");
    const holder = await createHolder(org.id, "NF_REPRESENTANTE_LEGAL");
    const request = await createRequestInReview({
      organization: org,
      roles: [{ roleCode: "NF_REPRESENTANTE_LEGAL", requestDeactivation: true, deactivateCedula: holder.cedula }],
    });

    const result = await approveRequest(request.id, reviewer);

    expect(result.ok).toBe(true);
    const active = await activeAssignments(org.id, "NF_REPRESENTANTE_LEGAL");
    const newUser = await userByCedula(request.userCedula);
    expect(active.map((a) => a.userId)).toEqual([newUser!.id]);
    const [old] = await db.select().from(sepsRoleAssignments).where(eq(sepsRoleAssignments.userId, holder.id));
    expect(old).toMatchObject({ status: "desactivada", deactivatedByRequestId: request.id });
    expect(old!.deactivatedAt).not.toBeNull();
    const [holderNow] = await db.select().from(sepsUsers).where(eq(sepsUsers.id, holder.id));
    expect(holderNow!.sessionVersion).toBe(holder.sessionVersion + 1);
  });

  it("refuses when the role is full and the request deactivates nobody; nothing changes", async () => {
    const reviewer = await createReviewer();
    const org = await createOrganization("no_financiera");
    await createHolder(org.id, "NF_AUDITOR_EXTERNO");
    const request = await createRequestInReview({ organization: org, roles: [{ roleCode: "NF_AUDITOR_EXTERNO" }] });

    const result = await approveRequest(request.id, reviewer);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/máximo 1 por entidad/);
    expect((await requestStatus(request.id)).status).toBe("en_revision");
    expect(await userByCedula(request.userCedula)).toBeNull();
    expect(await activeAssignments(org.id, "NF_AUDITOR_EXTERNO")).toHaveLength(1);
  });

  it("under a race of two approvals for the last slot, exactly one wins and the other leaves nothing half-written", async () => {
    const reviewer = await createReviewer();
    const org = await createOrganization("no_financiera");
    const first = await createRequestInReview({ organization: org, roles: [{ roleCode: "NF_LIQUIDADOR" }] });
    const second = await createRequestInReview({ organization: org, roles: [{ roleCode: "NF_LIQUIDADOR" }] });

    const results = await Promise.all([approveRequest(first.id, reviewer), approveRequest(second.id, reviewer)]);

    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused && !refused.ok && refused.message).toMatch(/No se pudo aprobar/);
    const active = await activeAssignments(org.id, "NF_LIQUIDADOR");
    expect(active).toHaveLength(1);
    const [winner, loser] = results[0]!.ok ? [first, second] : [second, first];
    expect((await requestStatus(winner.id)).status).toBe("aprobada");
    expect((await requestStatus(loser.id)).status).toBe("en_revision");
    expect(await userByCedula(loser.userCedula)).toBeNull();
    const loserEvents = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, loser.id)).orderBy(auditEvents.id);
    expect(loserEvents).toHaveLength(0);
  });

  it("fills a role of two users per organization slot by slot, then refuses the third", async () => {
    const reviewer = await createReviewer();
    const org = await createOrganization("financiera");
    const requests = await Promise.all(
      [1, 2, 3].map(() => createRequestInReview({ organization: org, roles: [{ roleCode: "F_ACOPIO_INFORMACION" }] })),
    );
    const results = await Promise.all(requests.map((r) => approveRequest(r.id, reviewer)));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    const slots = (await activeAssignments(org.id, "F_ACOPIO_INFORMACION")).map((a) => a.slot).sort();
    expect(slots).toEqual([1, 2]);
  });

  it("gives an existing active user the new roles without a new activation link", async () => {
    const reviewer = await createReviewer();
    const org = await createOrganization("no_financiera");
    const cedula = randomCedula();
    const [user] = await db
      .insert(sepsUsers)
      .values({ cedula, fullName: "Usuaria Existente", email: uniqueEmail("existente"), passwordHash: "hash", status: "activo" })
      .returning();
    const request = await createRequestInReview({
      organization: org,
      userCedula: cedula,
      userEmail: user!.email,
      roles: [{ roleCode: "NF_ACOPIO_INFORMACION" }],
    });
    const mail = collectDeferred();

    const result = await approveRequest(request.id, reviewer, mail.defer);
    await mail.settle();

    expect(result).toMatchObject({ ok: true, userCreated: false, activationSent: false, userId: user!.id });
    expect(await db.select().from(linkTokens).where(eq(linkTokens.subjectId, user!.id))).toHaveLength(0);
    const [message] = await mailsTo(user!.email);
    expect(message!.subject).toContain("Acceso otorgado");
    expect(message!.text).not.toContain("/seps/activar/");
  });
});

describe("approval defects (issue 16)", () => {
  it("a request that only deactivates creates no account, sends no «Acceso otorgado» and emails the person who loses the role", async () => {
    const reviewer = await createReviewer();
    const org = await createOrganization("no_financiera");
    const holder = await createHolder(org.id, "NF_LIQUIDADOR");
    const userEmail = uniqueEmail("solo-baja");
    const request = await createRequestInReview({
      organization: org,
      userEmail,
      roles: [{ roleCode: "NF_LIQUIDADOR", requestAccess: false, requestDeactivation: true, deactivateCedula: holder.cedula }],
    });
    const mail = collectDeferred();

    const result = await approveRequest(request.id, reviewer, mail.defer);
    await mail.settle();

    expect(result).toMatchObject({ ok: true, userCreated: false, activationSent: false, granted: [], deactivated: [holder.id] });
    expect(await userByCedula(request.userCedula)).toBeNull();
    expect(await activeAssignments(org.id, "NF_LIQUIDADOR")).toHaveLength(0);
    expect((await mailsTo(userEmail)).filter((m) => m.subject.includes("Acceso otorgado"))).toHaveLength(0);
    const [notice] = await mailsTo(holder.email);
    expect(notice!.subject).toContain("Rol desactivado");
    expect(notice!.text).toContain("Liquidador");
    expect(notice!.text).toContain(request.number);
  });

  it("a new approval for an existing user with another email updates the email, tells the old address and sends the access to the new one", async () => {
    const reviewer = await createReviewer();
    const org = await createOrganization("no_financiera");
    const cedula = randomCedula();
    const oldEmail = uniqueEmail("anterior");
    const newEmail = uniqueEmail("nuevo-correo");
    const [user] = await db
      .insert(sepsUsers)
      .values({ cedula, fullName: "Usuario Cambia Correo", email: oldEmail, passwordHash: "hash", status: "activo" })
      .returning();
    const request = await createRequestInReview({
      organization: org,
      userCedula: cedula,
      userEmail: newEmail,
      roles: [{ roleCode: "NF_ACOPIO_INFORMACION" }],
    });
    const mail = collectDeferred();

    const result = await approveRequest(request.id, reviewer, mail.defer);
    await mail.settle();

    expect(result).toMatchObject({ ok: true, userId: user!.id });
    expect((await userByCedula(cedula))!.email).toBe(newEmail);
    const [access] = await mailsTo(newEmail);
    expect(access!.subject).toContain("Acceso otorgado");
    const old = await mailsTo(oldEmail);
    expect(old.map((m) => m.subject)).toEqual([expect.stringContaining("correo")]);
    expect(old[0]!.text).not.toContain(newEmail);
    const events = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, request.id)).orderBy(auditEvents.id);
    expect(events.find((e) => e.action === "seps.solicitud.aprobada")!.details).toMatchObject({ correoActualizado: true });
  });

  it("the legal representative is emailed when the request is approved", async () => {
    const reviewer = await createReviewer();
    const org = await createOrganization("no_financiera");
    const request = await createRequestInReview({ organization: org, roles: [{ roleCode: "NF_ACOPIO_INFORMACION" }] });
    const mail = collectDeferred();

    await approveRequest(request.id, reviewer, mail.defer);
    await mail.settle();

    const [message] = await mailsTo(org.legalRepEmail);
    expect(message!.subject).toContain(`Solicitud ${request.number} aprobada`);
    expect(message!.text).toContain("Rol de Acopio de Información");
    expect(message!.text).not.toContain("/seps/activar/");
  });
});

describe("one decision per request", () => {
  it("two reviewers deciding at once give one decision; the other is told", async () => {
    const [one, two] = await Promise.all([createReviewer(), createReviewer()]);
    const org = await createOrganization("no_financiera");
    const request = await createRequestInReview({ organization: org, roles: [{ roleCode: "NF_ACOPIO_INFORMACION" }] });

    const results = await Promise.all([
      approveRequest(request.id, one),
      rejectRequest({ requestId: request.id, reason: "Los documentos no están firmados por el representante legal." }, two),
    ]);

    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused && !refused.ok && refused.message).toMatch(/ya fue decidida/);
    const decisions = (await db.select().from(auditEvents).where(eq(auditEvents.subjectId, request.id)).orderBy(auditEvents.id)).filter((e) =>
      /^seps\.solicitud\.(aprobada|rechazada)$/.test(e.action),
    );
    expect(decisions).toHaveLength(1);
    const status = (await requestStatus(request.id)).status;
    const roles = await activeAssignments(org.id, "NF_ACOPIO_INFORMACION");
    // The winning decision is whole; nothing of the losing one remains.
    expect(roles).toHaveLength(status === "aprobada" ? 1 : 0);
    if (status === "rechazada") expect(await userByCedula(request.userCedula)).toBeNull();
  });

  it("refuses to decide a request that is not en revisión", async () => {
    const reviewer = await createReviewer();
    const org = await createOrganization("no_financiera");
    const request = await createRequestInReview({
      organization: org,
      status: "pendiente_documentos",
      roles: [{ roleCode: "NF_ACOPIO_INFORMACION" }],
    });
    const approve = await approveRequest(request.id, reviewer);
    expect(approve.ok).toBe(false);
    expect(!approve.ok && approve.message).toMatch(/Pendiente de documentos/);
    const reject = await rejectRequest({ requestId: request.id, reason: "Motivo suficientemente largo." }, reviewer);
    expect(reject.ok).toBe(false);
    expect((await requestStatus(request.id)).status).toBe("pendiente_documentos");
  });

  it("a rejection records the reason and emails it to the user and the legal representative", async () => {
    const reviewer = await createReviewer();
    const org = await createOrganization("no_financiera");
    const request = await createRequestInReview({ organization: org, roles: [{ roleCode: "NF_ACOPIO_INFORMACION" }] });
    const reason = `La firma del representante legal no coincide ${uniqueSuffix()}.`;
    const mail = collectDeferred();

    expect(await rejectRequest({ requestId: request.id, reason }, reviewer, mail.defer)).toEqual({ ok: true, status: "rechazada" });
    await mail.settle();

    const [row] = await db.select().from(sepsRequests).where(eq(sepsRequests.id, request.id));
    expect(row).toMatchObject({ status: "rechazada", decisionReason: reason, decidedBy: reviewer.id });
    for (const to of [request.userEmail, request.legalRepEmail]) {
      const [message] = await mailsTo(to);
      expect(message!.subject).toContain("rechazada");
      expect(message!.text).toContain(reason);
    }
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, request.id), eq(auditEvents.action, "seps.solicitud.rechazada")));
    expect(event!.details).toMatchObject({ motivo: reason });
  });

  it("a correction request reopens the request for new uploads and emails the reason", async () => {
    const reviewer = await createReviewer();
    const org = await createOrganization("no_financiera");
    const request = await createRequestInReview({ organization: org, roles: [{ roleCode: "NF_ACOPIO_INFORMACION" }] });
    const mail = collectDeferred();
    const reason = "El Acuerdo de Confidencialidad no tiene la firma del usuario.";

    expect(await requestCorrection({ requestId: request.id, reason }, reviewer, mail.defer)).toEqual({
      ok: true,
      status: "correccion_solicitada",
    });
    await mail.settle();
    expect((await requestStatus(request.id)).status).toBe("correccion_solicitada");
    const [message] = await mailsTo(request.userEmail);
    expect(message!.subject).toContain("corrección");
    expect(message!.text).toContain(reason);
  });
});
