import { and, desc, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  auditEvents,
  ecuapassFunctionGrants,
  ecuapassFunctions,
  ecuapassRegistrationRequests,
  ecuapassRequestDocuments,
  ecuapassUsers,
  mailOutbox,
} from "@/lib/db/schema";
import { personalDataReport } from "@/lib/privacy/personal-data";
import { randomCedula, uniqueEmail, uniqueSuffix } from "@/test/factories";
import { grantFunctions, listActiveFunctions, listLiveGrants, revokeFunction } from "./functions";
import { REQUEST_MAIL_SUBJECT } from "./registration-requests";
import {
  NOT_FOUND_MESSAGE,
  NOT_REPRESENTATIVE_MESSAGE,
  decideAsRepresentative,
  grantMemberFunctions,
  listApprovedMembers,
  listPendingMembers,
  revokeMemberFunction,
} from "./representative-decisions";
import { findActiveRepresentative } from "./representatives";
import { openPendingMemberRespaldo } from "./document-files";
import { minimalPdf } from "./test-data";

type AccountStatus = "activo" | "pendiente_aprobacion" | "suspendido";
type Type = "representante_comercio_exterior" | "empleado" | "representante_entidad_publica" | "funcionario_entidad_publica";

async function member(type: Type, orgRuc: string, status: "aprobada" | "pendiente_aprobacion", accountStatus: AccountStatus) {
  const suffix = uniqueSuffix();
  const email = uniqueEmail(type);
  const [account] = await db
    .insert(ecuapassUsers)
    .values({
      userId: `m${suffix}`,
      userIdKey: `m${suffix}`,
      docType: "cedula",
      docNumber: randomCedula(),
      fullName: `Persona ${suffix}`,
      passwordHash: "x",
      countryCode: "EC",
      address: "Av. Amazonas N34-451",
      phone1: "022345678",
      mobileOperator: "CLARO",
      mobile: "0991234567",
      email,
      emailKey: email,
      senaeEmail: `m${suffix}@correo.aduana.gob.ec`,
      status: accountStatus,
    })
    .returning();
  const [request] = await db
    .insert(ecuapassRegistrationRequests)
    .values({
      type,
      status,
      accountId: account!.id,
      orgRuc,
      orgRucKind: type.includes("entidad") ? "entidad_publica" : "sociedad_privada",
      orgRazonSocial: `Organización ${orgRuc}`,
      orgAddress: "Av. 9 de Octubre 100",
      orgPhone: "042000000",
      submittedAt: new Date(),
    })
    .returning();
  return { account: account!, request: request!, email };
}

const randomRuc = (third = "9") => `17${third}${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}001`;

/** A company with an approved representative and a pending employee. */
async function company() {
  const ruc = randomRuc();
  const rep = await member("representante_comercio_exterior", ruc, "aprobada", "activo");
  const employee = await member("empleado", ruc, "pendiente_aprobacion", "pendiente_aprobacion");
  return { ruc, rep, employee };
}

function collectDefer() {
  const tasks: Promise<unknown>[] = [];
  return { defer: (task: () => Promise<unknown>) => void tasks.push(task()), settle: () => Promise.all(tasks) };
}
const noop = () => {};

const requestRow = async (id: string) => (await db.select().from(ecuapassRegistrationRequests).where(eq(ecuapassRegistrationRequests.id, id)))[0]!;
const accountStatus = async (id: string) => (await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.id, id)))[0]!.status;
const auditOf = (subjectId: string) => db.select().from(auditEvents).where(eq(auditEvents.subjectId, subjectId)).orderBy(auditEvents.id);
const mailsTo = (to: string) => db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(desc(mailOutbox.createdAt));
const liveCodes = async (accountId: string) => (await listLiveGrants([accountId])).map((g) => g.code).sort();

async function fn(code: string) {
  const [row] = await db.select().from(ecuapassFunctions).where(eq(ecuapassFunctions.code, code));
  return row!;
}

describe("a representative decides its organization's requests", () => {
  it("approval with two functions activates the employee, grants them, records who decided, audits and emails", async () => {
    const { rep, employee } = await company();
    const [dai, dae] = [await fn("DAI"), await fn("DAE")];
    const { defer, settle } = collectDefer();
    const result = await decideAsRepresentative(employee.request.id, rep.account.id, { action: "aprobar", functionIds: [dai.id, dae.id] }, defer);
    await settle();
    expect(result.ok).toBe(true);
    const row = await requestRow(employee.request.id);
    expect(row.status).toBe("aprobada");
    expect(row.decidedByAccount).toBe(rep.account.id);
    expect(row.decidedBy).toBeNull();
    expect(await accountStatus(employee.account.id)).toBe("activo");
    expect(await liveCodes(employee.account.id)).toEqual(["DAE", "DAI"]);
    const grants = await db.select().from(ecuapassFunctionGrants).where(eq(ecuapassFunctionGrants.accountId, employee.account.id));
    expect(grants.every((g) => g.grantedBy === rep.account.id)).toBe(true);
    const approval = (await auditOf(employee.request.id)).find((e) => e.action === "ecuapass.solicitud.aprobada");
    expect(approval).toMatchObject({ actorKind: "ecuapass", actorId: rep.account.id });
    expect(approval!.details).toMatchObject({ funciones: expect.arrayContaining(["DAI", "DAE"]) });
    expect((await mailsTo(employee.email))[0]!.subject).toBe(REQUEST_MAIL_SUBJECT.aprobada);
  });

  it("approval needs at least one function of the right scope; a refused approval changes nothing", async () => {
    const { rep, employee } = await company();
    const none = await decideAsRepresentative(employee.request.id, rep.account.id, { action: "aprobar", functionIds: [] }, noop);
    expect(none).toEqual({ ok: false, message: expect.stringContaining("al menos una función") });
    // A public entity's function is not for a company's employee.
    const wrongScope = await decideAsRepresentative(employee.request.id, rep.account.id, { action: "aprobar", functionIds: [(await fn("DAI")).id, (await fn("VUE-REV")).id] }, noop);
    expect(wrongScope.ok).toBe(false);
    const inactive = (await db.insert(ecuapassFunctions).values({ code: `X${uniqueSuffix()}`, name: "Inactiva", description: "—", scope: "empresa", active: false }).returning())[0]!;
    expect((await decideAsRepresentative(employee.request.id, rep.account.id, { action: "aprobar", functionIds: [inactive.id] }, noop)).ok).toBe(false);
    expect((await requestRow(employee.request.id)).status).toBe("pendiente_aprobacion");
    expect(await accountStatus(employee.account.id)).toBe("pendiente_aprobacion");
    expect(await liveCodes(employee.account.id)).toEqual([]);
  });

  it("rejection needs a reason, closes the account and emails the reason", async () => {
    const { rep, employee } = await company();
    expect((await decideAsRepresentative(employee.request.id, rep.account.id, { action: "rechazar", reason: "   " }, noop)).ok).toBe(false);
    const { defer, settle } = collectDefer();
    const result = await decideAsRepresentative(employee.request.id, rep.account.id, { action: "rechazar", reason: "No trabaja en la empresa." }, defer);
    await settle();
    expect(result.ok).toBe(true);
    expect((await requestRow(employee.request.id)).decisionReason).toBe("No trabaja en la empresa.");
    expect(await accountStatus(employee.account.id)).toBe("rechazado");
    const [mail] = await mailsTo(employee.email);
    expect(mail!.subject).toBe(REQUEST_MAIL_SUBJECT.rechazada);
    expect(mail!.text).toContain("No trabaja en la empresa.");
  });

  it("another company's representative is answered as if the request did not exist, and the attempt is audited", async () => {
    const a = await company();
    const b = await company();
    const dai = await fn("DAI");
    const forged = await decideAsRepresentative(a.employee.request.id, b.rep.account.id, { action: "aprobar", functionIds: [dai.id] }, noop);
    const missing = await decideAsRepresentative(crypto.randomUUID(), b.rep.account.id, { action: "aprobar", functionIds: [dai.id] }, noop);
    expect(forged).toEqual({ ok: false, message: NOT_FOUND_MESSAGE });
    expect(missing).toEqual(forged);
    expect((await requestRow(a.employee.request.id)).status).toBe("pendiente_aprobacion");
    expect(await liveCodes(a.employee.account.id)).toEqual([]);
    const refusal = (await auditOf(a.employee.request.id)).find((e) => e.action === "ecuapass.representante.acceso_denegado");
    expect(refusal).toMatchObject({ actorId: b.rep.account.id });
    // Neither list of B shows A's employee.
    const bRep = (await findActiveRepresentative(b.rep.account.id))!;
    expect((await listPendingMembers(bRep)).map((m) => m.requestId)).toEqual([b.employee.request.id]);
    const aRep = (await findActiveRepresentative(a.rep.account.id))!;
    expect((await listPendingMembers(aRep)).map((m) => m.requestId)).toEqual([a.employee.request.id]);
  });

  it("the representative reads a pending official's supporting document, and only that one, only while it waits", async () => {
    const ruc = randomRuc("6");
    const rep = await member("representante_entidad_publica", ruc, "aprobada", "activo");
    const official = await member("funcionario_entidad_publica", ruc, "pendiente_aprobacion", "pendiente_aprobacion");
    const content = minimalPdf("nombramiento");
    const document = (kind: "respaldo" | "solicitud_uso", supersededAt: Date | null = null) =>
      db
        .insert(ecuapassRequestDocuments)
        .values({ requestId: official.request.id, kind, origin: "subido", fileName: `${kind}.pdf`, content, sha256: "x", sizeBytes: content.length, supersededAt })
        .returning()
        .then((rows) => rows[0]!);
    const old = await document("respaldo", new Date());
    const current = await document("respaldo");
    const other = await document("solicitud_uso");
    const entityRep = (await findActiveRepresentative(rep.account.id))!;

    const [pending] = await listPendingMembers(entityRep);
    expect(pending!.respaldo).toEqual({ id: current.id, fileName: "respaldo.pdf", sizeBytes: content.length });
    const file = await openPendingMemberRespaldo(entityRep, current.id);
    expect(Buffer.from(file!.content).equals(content)).toBe(true);
    // The download is on the applicant's record, by the representative.
    const downloads = (await auditOf(official.account.id)).filter((e) => e.action === "ecuapass.representante.respaldo_descargado");
    expect(downloads).toEqual([expect.objectContaining({ actorId: rep.account.id, details: expect.objectContaining({ documento: current.id }) })]);
    // Not a replaced copy, not another kind of document, not another entity's representative.
    expect(await openPendingMemberRespaldo(entityRep, old.id)).toBeNull();
    expect(await openPendingMemberRespaldo(entityRep, other.id)).toBeNull();
    const stranger = await member("representante_entidad_publica", randomRuc("6"), "aprobada", "activo");
    expect(await openPendingMemberRespaldo((await findActiveRepresentative(stranger.account.id))!, current.id)).toBeNull();
    // Once decided, the document is the applicant's and SENAE's again.
    expect((await decideAsRepresentative(official.request.id, rep.account.id, { action: "rechazar", reason: "No labora aquí." }, noop)).ok).toBe(true);
    expect(await openPendingMemberRespaldo(entityRep, current.id)).toBeNull();
  });

  it("a public entity's representative of the same RUC does not decide a company employee's request", async () => {
    const { ruc, employee } = await company();
    const entityRep = await member("representante_entidad_publica", ruc, "aprobada", "activo");
    const result = await decideAsRepresentative(employee.request.id, entityRep.account.id, { action: "rechazar", reason: "No." }, noop);
    expect(result).toEqual({ ok: false, message: NOT_FOUND_MESSAGE });
    expect((await requestRow(employee.request.id)).status).toBe("pendiente_aprobacion");
  });

  it("an official is approved by its entity's representative with the entity's functions", async () => {
    const ruc = randomRuc("6");
    const rep = await member("representante_entidad_publica", ruc, "aprobada", "activo");
    const official = await member("funcionario_entidad_publica", ruc, "pendiente_aprobacion", "pendiente_aprobacion");
    expect((await decideAsRepresentative(official.request.id, rep.account.id, { action: "aprobar", functionIds: [(await fn("DAI")).id] }, noop)).ok).toBe(false);
    const ok = await decideAsRepresentative(official.request.id, rep.account.id, { action: "aprobar", functionIds: [(await fn("VUE-REV")).id] }, noop);
    expect(ok.ok).toBe(true);
    expect(await liveCodes(official.account.id)).toEqual(["VUE-REV"]);
  });

  it("a suspended or still pending representative decides nothing", async () => {
    const { ruc, rep, employee } = await company();
    const pendingRep = await member("representante_comercio_exterior", ruc, "pendiente_aprobacion", "pendiente_aprobacion");
    expect(await decideAsRepresentative(employee.request.id, pendingRep.account.id, { action: "rechazar", reason: "No." }, noop)).toEqual({
      ok: false,
      message: NOT_REPRESENTATIVE_MESSAGE,
    });
    await db.update(ecuapassUsers).set({ status: "suspendido" }).where(eq(ecuapassUsers.id, rep.account.id));
    expect(await decideAsRepresentative(employee.request.id, rep.account.id, { action: "rechazar", reason: "No." }, noop)).toEqual({
      ok: false,
      message: NOT_REPRESENTATIVE_MESSAGE,
    });
    expect((await requestRow(employee.request.id)).status).toBe("pendiente_aprobacion");
  });

  it("two representatives of the company deciding at once: exactly one decision", async () => {
    const { ruc, rep, employee } = await company();
    const other = await member("representante_comercio_exterior", ruc, "aprobada", "activo");
    const dai = await fn("DAI");
    const results = await Promise.all([
      decideAsRepresentative(employee.request.id, rep.account.id, { action: "aprobar", functionIds: [dai.id] }, noop),
      decideAsRepresentative(employee.request.id, other.account.id, { action: "rechazar", reason: "No trabaja aquí." }, noop),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, message: expect.stringContaining("ya fue decidida") });
    const decisions = (await auditOf(employee.request.id)).filter((e) => e.action.startsWith("ecuapass.solicitud."));
    expect(decisions).toHaveLength(1);
    const row = await requestRow(employee.request.id);
    expect(await accountStatus(employee.account.id)).toBe(row.status === "aprobada" ? "activo" : "rechazado");
    expect(await liveCodes(employee.account.id)).toEqual(row.status === "aprobada" ? ["DAI"] : []);
  });
});

describe("functions of approved members", () => {
  async function approvedEmployee() {
    const c = await company();
    await decideAsRepresentative(c.employee.request.id, c.rep.account.id, { action: "aprobar", functionIds: [(await fn("DAI")).id] }, noop);
    return c;
  }

  it("the representative grants more (a function already held is not granted twice) and revokes one; the employee is emailed", async () => {
    const { rep, employee } = await approvedEmployee();
    const [dai, dae] = [await fn("DAI"), await fn("DAE")];
    const { defer, settle } = collectDefer();
    const more = await grantMemberFunctions(rep.account.id, employee.account.id, [dai.id, dae.id], defer);
    expect(more).toEqual({ ok: true, changed: [dae.name] });
    expect(await liveCodes(employee.account.id)).toEqual(["DAE", "DAI"]);
    const revoked = await revokeMemberFunction(rep.account.id, employee.account.id, dai.id, defer);
    expect(revoked).toEqual({ ok: true, changed: [dai.name] });
    expect(await revokeMemberFunction(rep.account.id, employee.account.id, dai.id, defer)).toEqual({ ok: true, changed: [] });
    await settle();
    expect(await liveCodes(employee.account.id)).toEqual(["DAE"]);
    const mails = (await mailsTo(employee.email)).filter((m) => m.subject === "Sus funciones en Ecuapass cambiaron");
    expect(mails).toHaveLength(2);
    const actions = (await auditOf(employee.account.id)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["ecuapass.funciones.otorgadas", "ecuapass.funcion.retirada"]));
    const [approved] = await listApprovedMembers((await findActiveRepresentative(rep.account.id))!);
    expect(approved!.functions.map((f) => f.code)).toEqual(["DAE"]);
  });

  it("Mis datos of the employee includes its request and every grant, revoked ones with when", async () => {
    const { rep, employee } = await approvedEmployee();
    const dai = await fn("DAI");
    await revokeMemberFunction(rep.account.id, employee.account.id, dai.id, noop);
    const report = (await personalDataReport("ecuapass", employee.account.id))!;
    expect(report.service).toBe("Ecuapass — Empleado");
    const request = report.sections.find((s) => s.title === "Solicitud de registro")!;
    expect(request.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: "Estado", value: "Aprobada" }),
        expect.objectContaining({ label: "RUC de la organización", value: expect.stringContaining(employee.request.orgRuc!) }),
        expect.objectContaining({ label: "Decidida el", value: expect.stringContaining("El representante de su organización") }),
      ]),
    );
    const grants = report.sections.find((s) => s.title === "Funciones asignadas")!;
    expect(grants.items).toEqual([expect.objectContaining({ label: dai.name, value: expect.stringContaining("retirada el") })]);
    expect(report.activity.map((a) => a.action)).toEqual(expect.arrayContaining(["Funciones asignadas", "Función retirada"]));
  });

  it("another company's representative neither grants nor revokes, and is audited", async () => {
    const a = await approvedEmployee();
    const b = await company();
    const dai = await fn("DAI");
    const grant = await grantMemberFunctions(b.rep.account.id, a.employee.account.id, [(await fn("DAE")).id], noop);
    const revoke = await revokeMemberFunction(b.rep.account.id, a.employee.account.id, dai.id, noop);
    expect(grant.ok).toBe(false);
    expect(revoke).toEqual(grant);
    expect(await liveCodes(a.employee.account.id)).toEqual(["DAI"]);
    const refusals = (await auditOf(a.employee.account.id)).filter((e) => e.action === "ecuapass.representante.acceso_denegado");
    expect(refusals).toHaveLength(2);
  });
});

describe("the functions catalogue and grants", () => {
  it("lists the active functions of each scope", async () => {
    const empresa = await listActiveFunctions("empresa");
    expect(empresa.map((f) => f.code)).toEqual(expect.arrayContaining(["DAI", "DAE", "PAGOS"]));
    expect(empresa.every((f) => f.scope === "empresa" && f.active)).toBe(true);
    expect((await listActiveFunctions("entidad_publica")).map((f) => f.code)).not.toContain("DAI");
  });

  it("the live-grant unique index decides duplicates; a revoked function can be granted again", async () => {
    const { employee, rep } = await company();
    const dai = await fn("DAI");
    const actor = { kind: "ecuapass" as const, id: rep.account.id, label: "rep" };
    const input = { accountId: employee.account.id, functionIds: [dai.id], scope: "empresa" as const, actor };
    const [first, second] = await Promise.all([grantFunctions(input), grantFunctions(input)]);
    expect(first.length + second.length).toBe(1);
    expect(await revokeFunction({ accountId: employee.account.id, functionId: dai.id, actor })).toMatchObject({ code: "DAI" });
    expect(await grantFunctions(input)).toHaveLength(1);
    const rows = await db.select().from(ecuapassFunctionGrants).where(eq(ecuapassFunctionGrants.accountId, employee.account.id));
    expect(rows).toHaveLength(2);
    const live = await db
      .select()
      .from(ecuapassFunctionGrants)
      .where(and(eq(ecuapassFunctionGrants.accountId, employee.account.id), isNull(ecuapassFunctionGrants.revokedAt)));
    expect(live).toHaveLength(1);
    // Granted by SENAE staff: no account recorded as grantor.
    const staffGrant = await grantFunctions({ ...input, functionIds: [(await fn("DAE")).id], actor: { kind: "staff", id: crypto.randomUUID(), label: "admin" } });
    expect(staffGrant).toHaveLength(1);
    const [dae] = await db
      .select()
      .from(ecuapassFunctionGrants)
      .where(and(eq(ecuapassFunctionGrants.accountId, employee.account.id), eq(ecuapassFunctionGrants.functionId, staffGrant[0]!.id)));
    expect(dae!.grantedBy).toBeNull();
  });
});
