import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { suspendAccount } from "@/lib/accounts/manage";
import { db } from "@/lib/db";
import { auditEvents, ecuapassFunctionGrants, ecuapassFunctions, ecuapassRegistrationRequests, ecuapassRequestDocuments, ecuapassUsers } from "@/lib/db/schema";
import { listReviewQueue, parseReviewQueueFilters } from "@/lib/review/queue";
import { randomRuc } from "@/lib/seps/testing";
import { decideRegistrationRequest } from "./registration-requests";
import { getEcuapassReviewDetail } from "./review";
import { addRequestDocument, createEcuapassRequest } from "./review.fixtures";
import { createTestReviewer } from "./testing";

const noop = () => {};
const statusOf = async (id: string) => (await db.select().from(ecuapassRegistrationRequests).where(eq(ecuapassRegistrationRequests.id, id)))[0]!.status;
const accountStatusOf = async (id: string) => (await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.id, id)))[0]!.status;
const decisions = async (id: string) => (await db.select().from(auditEvents).where(eq(auditEvents.subjectId, id)).orderBy(auditEvents.id)).filter((e) => e.action !== "ecuapass.solicitud.creada");
const functionsOf = async (scope: "empresa" | "entidad_publica") => db.select().from(ecuapassFunctions).where(eq(ecuapassFunctions.scope, scope));
const liveGrants = async (accountId: string) => db.select().from(ecuapassFunctionGrants).where(eq(ecuapassFunctionGrants.accountId, accountId));

describe("SENAE approving a type it approves needs the signed «Solicitud de uso»", () => {
  it("refuses without the signed upload, with an invalid signature or with none, changing nothing; approves with a warning verdict", async () => {
    const { account, request } = await createEcuapassRequest({ type: "organismo_internacional" });
    const staff = await createTestReviewer();
    await addRequestDocument(request.id, { kind: "solicitud_uso", origin: "generado" });

    const missing = await decideRegistrationRequest(request.id, "aprobar", staff, {}, noop);
    expect(missing).toEqual({ ok: false, message: expect.stringContaining("aún no subió la «Solicitud de uso» firmada") });

    await addRequestDocument(request.id, { kind: "solicitud_uso", origin: "subido", verdict: "invalida" });
    const invalid = await decideRegistrationRequest(request.id, "aprobar", staff, {}, noop);
    expect(invalid).toEqual({ ok: false, message: expect.stringContaining("no tiene una firma electrónica válida") });
    expect(await statusOf(request.id)).toBe("pendiente_aprobacion");
    expect(await accountStatusOf(account.id)).toBe("pendiente_aprobacion");
    expect(await decisions(request.id)).toHaveLength(0);

    // A copy with no electronic signature (scanned, handwritten) does not stand in for one.
    await db.update(ecuapassRequestDocuments).set({ supersededAt: new Date() }).where(eq(ecuapassRequestDocuments.requestId, request.id));
    await addRequestDocument(request.id, { kind: "solicitud_uso", origin: "subido", verdict: "sin_firma" });
    const unsigned = await decideRegistrationRequest(request.id, "aprobar", staff, {}, noop);
    expect(unsigned).toEqual({ ok: false, message: expect.stringContaining("no tiene firma electrónica") });
    expect(await statusOf(request.id)).toBe("pendiente_aprobacion");

    // The applicant uploads a new copy: the earlier ones are superseded.
    await db.update(ecuapassRequestDocuments).set({ supersededAt: new Date() }).where(eq(ecuapassRequestDocuments.requestId, request.id));
    await addRequestDocument(request.id, { kind: "solicitud_uso", origin: "subido", verdict: "advertencias" });
    expect((await decideRegistrationRequest(request.id, "aprobar", staff, {}, noop)).ok).toBe(true);
    expect(await accountStatusOf(account.id)).toBe("activo");
  });

  it("a correction keeps the sections asked and the reason", async () => {
    const { request } = await createEcuapassRequest({ type: "persona_discapacidad" });
    const staff = await createTestReviewer();
    const asked = await decideRegistrationRequest(request.id, "solicitar_correccion", staff, { reason: "La cédula no muestra el porcentaje.", correctionFields: ["detalles", "respaldo"] }, noop);
    expect(asked.ok && asked.request).toMatchObject({ status: "correccion_solicitada", correctionFields: ["detalles", "respaldo"], decisionReason: "La cédula no muestra el porcentaje." });
    const [event] = await decisions(request.id);
    expect(event).toMatchObject({ action: "ecuapass.solicitud.correccion_solicitada", details: { corregir: ["detalles", "respaldo"], motivo: "La cédula no muestra el porcentaje." } });
  });
});

describe("an employee's request when its company's last representative is suspended", () => {
  it("goes to SENAE's queue; SENAE approves it granting functions of the company's scope", async () => {
    const ruc = randomRuc();
    const { account: rep } = await createEcuapassRequest({ type: "representante_comercio_exterior", orgRuc: ruc, status: "aprobada" });
    const { account: employee, request } = await createEcuapassRequest({ type: "empleado", orgRuc: ruc });
    const staff = await createTestReviewer();
    const inQueue = async () => (await listReviewQueue(parseReviewQueueFilters({ q: ruc, portal: "ecuapass" }), 100)).rows.map((r) => r.id);

    // While the representative is active, the request is the representative's: not in SENAE's queue, and refused.
    expect(await inQueue()).toEqual([]);
    expect((await getEcuapassReviewDetail(request.id))!.senaeDecides).toBe(false);
    const refused = await decideRegistrationRequest(request.id, "aprobar", staff, { functionIds: [] }, noop);
    expect(refused).toEqual({ ok: false, message: expect.stringContaining("la decide el representante") });
    expect(await statusOf(request.id)).toBe("pendiente_aprobacion");

    // An admin suspends the last representative: the request reaches SENAE's queue.
    const suspended = await suspendAccount("ecuapass", rep.id, "Dejó de ser representante legal.", { id: staff.id, label: staff.label }, noop);
    expect(suspended.ok).toBe(true);
    expect(await inQueue()).toEqual([request.id]);
    const detail = (await getEcuapassReviewDetail(request.id))!;
    expect(detail.senaeDecides).toBe(true);
    const [empresa, entidad] = [await functionsOf("empresa"), await functionsOf("entidad_publica")];
    expect(detail.functions.map((f) => f.id).sort()).toEqual(empresa.filter((f) => f.active).map((f) => f.id).sort());

    // At least one function, of the company's scope.
    const none = await decideRegistrationRequest(request.id, "aprobar", staff, { functionIds: [] }, noop);
    expect(none).toMatchObject({ ok: false, field: "funciones" });
    const wrongScope = await decideRegistrationRequest(request.id, "aprobar", staff, { functionIds: [entidad[0]!.id] }, noop);
    expect(wrongScope).toMatchObject({ ok: false, field: "funciones" });
    expect(await liveGrants(employee.id)).toHaveLength(0);

    const chosen = empresa.filter((f) => f.active).slice(0, 2);
    const approved = await decideRegistrationRequest(request.id, "aprobar", staff, { functionIds: chosen.map((f) => f.id) }, noop);
    expect(approved.ok).toBe(true);
    expect(await accountStatusOf(employee.id)).toBe("activo");
    const grants = await liveGrants(employee.id);
    expect(grants.map((g) => g.functionId).sort()).toEqual(chosen.map((f) => f.id).sort());
    expect(grants.every((g) => g.grantedBy === null)).toBe(true);
    const [event] = await decisions(request.id);
    expect(event).toMatchObject({ action: "ecuapass.solicitud.aprobada", actorId: staff.id, details: { funciones: chosen.map((f) => f.code).sort() } });
    // Decided by SENAE: it stays in SENAE's history even if a representative comes back.
    expect((await listReviewQueue(parseReviewQueueFilters({ q: ruc, tipo: "empleado", estado: "aprobada" }), 100)).rows.map((r) => r.id)).toEqual([request.id]);
  });

  it("an official's request approved by SENAE gets only public-entity functions", async () => {
    const { account, request } = await createEcuapassRequest({ type: "funcionario_entidad_publica" });
    const staff = await createTestReviewer();
    const [entidad] = await functionsOf("entidad_publica");
    expect((await decideRegistrationRequest(request.id, "aprobar", staff, { functionIds: [entidad!.id, entidad!.id] }, noop)).ok).toBe(true);
    const grants = await db
      .select()
      .from(ecuapassFunctionGrants)
      .where(and(eq(ecuapassFunctionGrants.accountId, account.id), eq(ecuapassFunctionGrants.functionId, entidad!.id)));
    expect(grants).toHaveLength(1);
  });
});
