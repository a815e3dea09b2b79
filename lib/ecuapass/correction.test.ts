import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ecuapassRequestDocuments } from "@/lib/db/schema";
import { randomRuc } from "@/lib/seps/testing";
import { correctableSections, missingSteps, SIGNED_SOLICITUD_USO_MISSING } from "./applicant-status";
import { resubmitCorrection, RESPALDO_CORRECTION_MISSING, SIGNED_COPY_MISSING } from "./correction";
import { decideRegistrationRequest, findRequestOfAccount } from "./registration-requests";
import { createTestReviewer, registerTestApplicant } from "./testing";

const noop = () => {};
const docs = (requestId: string) => db.select().from(ecuapassRequestDocuments).where(eq(ecuapassRequestDocuments.requestId, requestId));

async function askCorrection(sections: string[]) {
  const applicant = await registerTestApplicant();
  const asked = await decideRegistrationRequest(applicant.requestId, "solicitar_correccion", await createTestReviewer(), { reason: "La razón social no coincide con el SRI.", correctionFields: sections }, noop);
  if (!asked.ok) throw new Error(asked.message);
  return applicant;
}

describe("the applicant's correction (issue 19)", () => {
  it("resubmits the corrected organization: back to SENAE's queue with a new Solicitud de uso", async () => {
    const applicant = await askCorrection(["organizacion"]);
    const before = (await docs(applicant.requestId)).find((d) => d.origin === "generado")!;
    const account = { id: applicant.id, label: applicant.input.userId };
    const wrong = await resubmitCorrection(account, { raw: { orgRuc: "123", orgRazonSocial: "X", orgAddress: "Av. 9 de Octubre 100, Guayaquil", orgPhone: "042000000" }, respaldo: null }, noop);
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { orgRuc: [expect.any(String)], orgRazonSocial: [expect.any(String)] } });
    expect((await findRequestOfAccount(applicant.id))?.status).toBe("correccion_solicitada");

    const ruc = randomRuc();
    const result = await resubmitCorrection(account, { raw: { orgRuc: ruc, orgRazonSocial: "Importadora Andina Cía. Ltda.", orgAddress: "Av. 9 de Octubre 100, Guayaquil", orgPhone: "042000000" }, respaldo: null }, noop);
    expect(result).toMatchObject({ ok: true, request: { status: "pendiente_aprobacion", orgRuc: ruc, orgRazonSocial: "Importadora Andina Cía. Ltda.", correctionFields: null } });
    const after = await docs(applicant.requestId);
    expect(after.find((d) => d.id === before.id)?.supersededAt).not.toBeNull();
    const current = after.filter((d) => d.origin === "generado" && !d.supersededAt);
    expect(current).toHaveLength(1);
    expect(current[0]!.verificationCode).not.toBe(before.verificationCode);
    // Once resubmitted there is nothing to correct any more.
    expect(await resubmitCorrection(account, { raw: {}, respaldo: null }, noop)).toMatchObject({ ok: false, message: expect.stringMatching(/no tiene una corrección pendiente/) });
  }, 60_000);

  it("asks for each named section: the respaldo PDF and a newly signed Solicitud de uso", async () => {
    const applicant = await askCorrection(["respaldo", "solicitud_uso"]);
    const result = await resubmitCorrection({ id: applicant.id, label: applicant.input.userId }, { raw: {}, respaldo: null }, noop);
    expect(result).toMatchObject({ ok: false, fieldErrors: { respaldo: [RESPALDO_CORRECTION_MISSING], solicitudUso: [SIGNED_COPY_MISSING] } });
  }, 30_000);

  it("lists what is missing, and only the sections the type has", () => {
    const pending = { type: "representante_comercio_exterior" as const, status: "pendiente_aprobacion" as const, orgRuc: "1790011674001", correctionFields: null };
    expect(missingSteps(pending, null, true)[0]).toBe(SIGNED_SOLICITUD_USO_MISSING);
    expect(missingSteps(pending, { electronicallySigned: false, afterDecision: true }, true)[0]).toBe(SIGNED_SOLICITUD_USO_MISSING);
    expect(missingSteps(pending, { electronicallySigned: true, afterDecision: true }, true)).toEqual([expect.stringMatching(/^La revisión y aprobación de su solicitud por: Servicio Nacional de Aduana/)]);
    expect(missingSteps({ ...pending, status: "aprobada" }, null, true)).toEqual([]);
    expect(correctableSections({ type: "persona_discapacidad", orgRuc: null, correctionFields: ["organizacion", "detalles", "respaldo", "solicitud_uso"] })).toEqual(["respaldo", "solicitud_uso"]);
    expect(correctableSections({ type: "empleado", orgRuc: "1790011674001", correctionFields: ["organizacion", "detalles", "respaldo", "solicitud_uso"] })).toEqual(["organizacion", "detalles"]);
  });
});
