import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditEvents, ecuapassRegistrationRequests, ecuapassUsers, mailOutbox, staffUsers } from "@/lib/db/schema";
import { randomCedula, uniqueEmail, uniqueSuffix } from "@/test/factories";
import { verifyEcuapassCredentials } from "@/lib/auth/credentials";
import { createSecurityCode } from "./codes";
import { organizationSchema, RUC_KINDS_FOR } from "./organization-schema";
import { registerEcuapassUser } from "./register";
import { registrationSchema } from "./schema";
import { randomIp, validForm } from "./test-data";
import { addRequestDocument } from "./review.fixtures";
import { decideRegistrationRequest, findRequestOfAccount, insertRegistrationRequest, REQUEST_MAIL_SUBJECT, resubmitRegistrationRequest } from "./registration-requests";

const organization = organizationSchema(RUC_KINDS_FOR.representante_comercio_exterior).parse({
  orgRuc: "1790011674001",
  orgRazonSocial: "Importadora Andina S.A.",
  orgAddress: "Av. Amazonas N34-451 y Atahualpa, Quito",
  orgPhone: "022345678",
});

/** Runs the after-commit work now, and lets the test await it. */
function collectDefer() {
  const tasks: Promise<unknown>[] = [];
  return { defer: (task: () => Promise<unknown>) => void tasks.push(task()), settle: () => Promise.all(tasks) };
}

async function pendingRequest() {
  const suffix = uniqueSuffix();
  const email = uniqueEmail("representante");
  const request = await db.transaction(async (tx) => {
    const [account] = await tx
      .insert(ecuapassUsers)
      .values({
        userId: `rep${suffix}`,
        userIdKey: `rep${suffix}`,
        docType: "cedula",
        docNumber: randomCedula(),
        fullName: "Juan Carlos Andrade Vera",
        passwordHash: "x",
        countryCode: "EC",
        provinceCode: "17",
        cantonCode: "1701",
        address: "Av. Amazonas N34-451",
        phone1: "022345678",
        mobileOperator: "CLARO",
        mobile: "0991234567",
        email,
        emailKey: email,
        senaeEmail: `rep${suffix}@correo.aduana.gob.ec`,
        status: "pendiente_aprobacion",
      })
      .returning();
    return insertRegistrationRequest(tx, { accountId: account!.id, accountLabel: account!.userId, type: "representante_comercio_exterior", organization });
  });
  // SENAE approves a representative only with the signed «Solicitud de uso» uploaded.
  await addRequestDocument(request.id, { kind: "solicitud_uso", origin: "subido", verdict: "valida" });
  return { request, email };
}

async function reviewer() {
  const [staff] = await db
    .insert(staffUsers)
    .values({ email: uniqueEmail("revisor"), fullName: `Revisor ${uniqueSuffix()}`, role: "reviewer", status: "activo" })
    .returning();
  return { id: staff!.id, label: staff!.email };
}

const accountStatus = async (id: string) => (await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.id, id)))[0]!.status;
const mailsTo = (to: string) => db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(desc(mailOutbox.createdAt));
const actions = async (id: string) => (await db.select().from(auditEvents).where(eq(auditEvents.subjectId, id)).orderBy(auditEvents.id)).map((e) => e.action);

describe("Ecuapass registration requests: state changes", () => {
  it("a new request is pending, its account cannot be used, and creation is audited", async () => {
    const { request } = await pendingRequest();
    expect(request.status).toBe("pendiente_aprobacion");
    expect(request.orgRucKind).toBe("sociedad_privada");
    expect(await accountStatus(request.accountId)).toBe("pendiente_aprobacion");
    expect((await findRequestOfAccount(request.accountId))?.id).toBe(request.id);
    expect(await actions(request.id)).toEqual(["ecuapass.solicitud.creada"]);
  });

  it("approval activates the account, emails the applicant, and a second decision is refused", async () => {
    const { request, email } = await pendingRequest();
    const staff = await reviewer();
    const { defer, settle } = collectDefer();
    const approved = await decideRegistrationRequest(request.id, "aprobar", staff, {}, defer);
    await settle();
    expect(approved.ok).toBe(true);
    expect(await accountStatus(request.accountId)).toBe("activo");
    expect((await mailsTo(email))[0]!.subject).toBe(REQUEST_MAIL_SUBJECT.aprobada);
    expect(await actions(request.id)).toContain("ecuapass.solicitud.aprobada");

    const again = await decideRegistrationRequest(request.id, "rechazar", staff, { reason: "Documentación incompleta." });
    expect(again).toEqual({ ok: false, message: expect.stringContaining("ya fue decidida") });
    expect(await accountStatus(request.accountId)).toBe("activo");
  });

  it("two reviewers deciding at once: exactly one decision", async () => {
    const { request } = await pendingRequest();
    const [a, b] = [await reviewer(), await reviewer()];
    const noop = () => {};
    const results = await Promise.all([
      decideRegistrationRequest(request.id, "aprobar", a, {}, noop),
      decideRegistrationRequest(request.id, "rechazar", b, { reason: "El RUC no corresponde a la empresa." }, noop),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const decisions = (await actions(request.id)).filter((x) => x !== "ecuapass.solicitud.creada");
    expect(decisions).toHaveLength(1);
  });

  it("rejection needs a reason, closes the account and quotes the reason in the email", async () => {
    const { request, email } = await pendingRequest();
    const staff = await reviewer();
    expect((await decideRegistrationRequest(request.id, "rechazar", staff, { reason: "  " })).ok).toBe(false);
    const { defer, settle } = collectDefer();
    const result = await decideRegistrationRequest(request.id, "rechazar", staff, { reason: "El RUC no pertenece a la empresa indicada." }, defer);
    await settle();
    expect(result.ok).toBe(true);
    expect(await accountStatus(request.accountId)).toBe("rechazado");
    const [mail] = await mailsTo(email);
    expect(mail!.subject).toBe(REQUEST_MAIL_SUBJECT.rechazada);
    expect(mail!.text).toContain("El RUC no pertenece a la empresa indicada.");
  });

  it("correction: stays pending, the applicant resubmits, then it can be approved", async () => {
    const { request, email } = await pendingRequest();
    const staff = await reviewer();
    const { defer, settle } = collectDefer();
    const asked = await decideRegistrationRequest(
      request.id,
      "solicitar_correccion",
      staff,
      { reason: "La razón social no coincide con el SRI.", correctionFields: ["organizacion"] },
      defer,
    );
    expect(asked.ok && asked.request.correctionFields).toEqual(["organizacion"]);
    expect(await accountStatus(request.accountId)).toBe("pendiente_aprobacion");
    // It is not pending any more: cannot be approved until resubmitted.
    expect((await decideRegistrationRequest(request.id, "aprobar", staff, {}, defer)).ok).toBe(false);

    const resubmitted = await resubmitRegistrationRequest(request.accountId, "rep", { ...organization, orgRazonSocial: "Importadora Andina Cía. Ltda." }, defer);
    expect(resubmitted.ok && resubmitted.request.status).toBe("pendiente_aprobacion");
    expect((await resubmitRegistrationRequest(request.accountId, "rep", organization, defer)).ok).toBe(false);
    expect((await decideRegistrationRequest(request.id, "aprobar", staff, {}, defer)).ok).toBe(true);
    await settle();
    expect((await mailsTo(email)).map((m) => m.subject).sort()).toEqual(
      [REQUEST_MAIL_SUBJECT.correccion_solicitada, REQUEST_MAIL_SUBJECT.pendiente_aprobacion, REQUEST_MAIL_SUBJECT.aprobada].sort(),
    );
    expect(await actions(request.id)).toEqual(
      expect.arrayContaining(["ecuapass.solicitud.creada", "ecuapass.solicitud.correccion_solicitada", "ecuapass.solicitud.reenviada", "ecuapass.solicitud.aprobada"]),
    );
  });

  it("the database refuses a rejection without a reason and a malformed RUC", async () => {
    const { request } = await pendingRequest();
    await expect(db.update(ecuapassRegistrationRequests).set({ status: "rechazada" }).where(eq(ecuapassRegistrationRequests.id, request.id))).rejects.toThrow();
    await expect(db.update(ecuapassRegistrationRequests).set({ orgRuc: "17900" }).where(eq(ecuapassRegistrationRequests.id, request.id))).rejects.toThrow();
  });
});

describe("registerEcuapassUser with a type that needs an approval", () => {
  async function formWithCode() {
    const form = validForm();
    const created = await createSecurityCode(form.email!, randomIp());
    if (!created.ok) throw new Error(created.message);
    return registrationSchema.parse({ ...form, securityCode: created.code });
  }

  it("creates the account in «pendiente de aprobación» with its request in one transaction; it signs in as pending until approved", async () => {
    const input = await formWithCode();
    const result = await registerEcuapassUser(input, randomIp(), null, { type: "representante_comercio_exterior", organization });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await accountStatus(result.id)).toBe("pendiente_aprobacion");
    const request = await findRequestOfAccount(result.id);
    expect(request).toMatchObject({ id: result.requestId, status: "pendiente_aprobacion", type: "representante_comercio_exterior", orgRuc: organization.orgRuc.ruc });
    expect(await verifyEcuapassCredentials(input.userId, input.password)).toMatchObject({ ok: true, user: { status: "pendiente_aprobacion" } });

    await addRequestDocument(request!.id, { kind: "solicitud_uso", origin: "subido", verdict: "advertencias" });
    expect((await decideRegistrationRequest(request!.id, "aprobar", await reviewer(), {}, () => {})).ok).toBe(true);
    expect(await verifyEcuapassCredentials(input.userId, input.password)).toMatchObject({ ok: true, user: { status: "activo" } });
  });

  it("a request the database refuses leaves no account behind (and the code unused)", async () => {
    const input = await formWithCode();
    const broken = { ...organization, orgRuc: { ...organization.orgRuc, ruc: "123" } };
    await expect(registerEcuapassUser(input, randomIp(), null, { type: "representante_comercio_exterior", organization: broken })).rejects.toThrow();
    const rows = await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.emailKey, input.emailKey));
    expect(rows).toHaveLength(0);
    const retry = await registerEcuapassUser(input, randomIp(), null, { type: "representante_comercio_exterior", organization });
    expect(retry.ok).toBe(true);
  });
});
