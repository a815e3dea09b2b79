import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ecuapassUsers } from "@/lib/db/schema";
import { createEcuapassRequest } from "@/lib/ecuapass/review.fixtures";
import { randomRuc } from "@/lib/seps/testing";
import { createOrganization, createRequestInReview } from "@/lib/seps/review.fixtures";
import { listReviewQueue, parseReviewQueueFilters } from "./queue";

const DAY = 24 * 3_600_000;
const ids = async (q: Record<string, string>) => (await listReviewQueue(parseReviewQueueFilters(q), 1000)).rows.map((r) => r.id);

describe("the staff's one queue", () => {
  it("lists a SEPS and an Ecuapass request of one RUC together, oldest first, and filters by portal, type and state", async () => {
    const org = await createOrganization("financiera");
    const seps = await createRequestInReview({ organization: org, roles: [{ roleCode: "F_ACOPIO_INFORMACION" }], submittedAt: new Date(Date.now() - 2 * DAY) });
    const { request: ecuapass } = await createEcuapassRequest({ type: "representante_comercio_exterior", orgRuc: org.ruc });

    const page = await listReviewQueue(parseReviewQueueFilters({ q: org.ruc }));
    expect(page.rows.map((r) => [r.portal, r.id])).toEqual([
      ["seps", seps.id],
      ["ecuapass", ecuapass.id],
    ]);
    const row = page.rows[1]!;
    expect(row.portal === "ecuapass" && row.type).toBe("representante_comercio_exterior");
    expect(row.service).toMatchObject({ elapsed: 0, overdue: false });
    expect(page.rows[0]!.submittedAt).toBeInstanceOf(Date);

    expect(await ids({ q: org.ruc, orden: "recientes" })).toEqual([ecuapass.id, seps.id]);
    expect(await ids({ q: org.ruc, portal: "seps" })).toEqual([seps.id]);
    expect(await ids({ q: org.ruc, portal: "ecuapass" })).toEqual([ecuapass.id]);
    expect(await ids({ q: org.ruc, tipo: "seps" })).toEqual([seps.id]);
    expect(await ids({ q: org.ruc, tipo: "representante_comercio_exterior" })).toEqual([ecuapass.id]);
    expect(await ids({ q: org.ruc, tipo: "organismo_internacional" })).toEqual([]);
    expect(await ids({ q: org.ruc, portal: "seps", tipo: "representante_comercio_exterior" })).toEqual([]);
    // SEPS-only filters leave the Ecuapass side out.
    expect(await ids({ q: org.ruc, sector: "financiera" })).toEqual([seps.id]);
    expect(await ids({ q: org.ruc, estado: "pendiente_documentos" })).toEqual([]);
    expect(await ids({ q: org.ruc, estado: "aprobada" })).toEqual([]);

    const paged = await listReviewQueue(parseReviewQueueFilters({ q: org.ruc, pagina: "2" }), 1);
    expect(paged).toMatchObject({ total: 2, page: 2, pageCount: 2 });
    expect(paged.rows.map((r) => r.id)).toEqual([ecuapass.id]);
  });

  it("finds an Ecuapass request by the applicant's document or ID.usuario, and lists decided ones by state", async () => {
    const { account, request } = await createEcuapassRequest({ type: "persona_discapacidad", orgRuc: null, status: "rechazada" });
    expect(await ids({ q: account.docNumber })).toEqual([]);
    expect(await ids({ q: account.docNumber, estado: "rechazada" })).toEqual([request.id]);
    expect(await ids({ q: account.userId.toUpperCase(), estado: "todas" })).toEqual([request.id]);
  });

  it("shows an employee's request only while its company has no active representative", async () => {
    const ruc = randomRuc();
    const { request: employee } = await createEcuapassRequest({ type: "empleado", orgRuc: ruc });
    expect(await ids({ q: ruc })).toEqual([employee.id]);

    const { account: rep } = await createEcuapassRequest({ type: "representante_comercio_exterior", orgRuc: ruc, status: "aprobada" });
    expect(await ids({ q: ruc, tipo: "empleado", estado: "todas" })).toEqual([]);
    // A public entity's representative for the same RUC decides officials, not employees.
    await createEcuapassRequest({ type: "representante_entidad_publica", orgRuc: ruc, status: "aprobada" });
    await createEcuapassRequest({ type: "funcionario_entidad_publica", orgRuc: ruc });
    expect(await ids({ q: ruc })).toEqual([]);

    await db.update(ecuapassUsers).set({ status: "suspendido" }).where(eq(ecuapassUsers.id, rep.id));
    expect(await ids({ q: ruc })).toEqual([employee.id]);
    // The pending approved-representative rows are SENAE's own types: listed under «todas».
    expect(await ids({ q: ruc, tipo: "empleado", estado: "todas" })).toEqual([employee.id]);
  });

  it("falls back to the defaults on odd query strings, and keeps the SEPS links' meaning", () => {
    expect(parseReviewQueueFilters({ portal: "x", tipo: "usuario_general", estado: "pendiente_aprobacion", pagina: "0" })).toEqual({
      portal: "todos",
      tipo: "todos",
      estado: "en_revision",
      sector: "todos",
      q: "",
      orden: "antiguas",
      pagina: 1,
    });
    expect(parseReviewQueueFilters({ sector: "no_financiera", estado: "rechazada" })).toMatchObject({ sector: "no_financiera", estado: "rechazada" });
  });
});
