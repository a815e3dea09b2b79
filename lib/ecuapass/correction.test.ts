import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ecuapassRegistrationRequests, ecuapassRequestDocuments, ecuapassUsers } from "@/lib/db/schema";
import { randomRuc } from "@/lib/seps/testing";
import { correctableSections, missingSteps, SIGNED_SOLICITUD_USO_MISSING } from "./applicant-status";
import { resubmitCorrection, RESPALDO_CORRECTION_MISSING, SIGNED_COPY_MISSING } from "./correction";
import { decideRegistrationRequest, findRequestOfAccount } from "./registration-requests";
import { randomCedula } from "@/test/factories";
import { organizationSchema, RUC_KINDS_FOR } from "./organization-schema";
import { NO_REPRESENTATIVE_MESSAGE, type ApprovalRequest } from "./register";
import { minimalPdf, randomRuc as randomTypeRuc } from "./test-data";
import { createTestReviewer, registerTestApplicant, testOrganization } from "./testing";

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
    expect(correctableSections({ type: "persona_discapacidad", orgRuc: null, correctionFields: ["organizacion", "detalles", "respaldo", "solicitud_uso"] })).toEqual(["detalles", "respaldo", "solicitud_uso"]);
    expect(correctableSections({ type: "empleado", orgRuc: "1790011674001", correctionFields: ["organizacion", "detalles", "respaldo", "solicitud_uso"] })).toEqual(["organizacion", "detalles"]);
  });
});

// ------------------------------------------------------------ the type's own data (issue 19)

async function registered(type: ApprovalRequest["type"], details: Record<string, unknown>, rucKind: "sociedad_privada" | "entidad_publica" | null, form: Record<string, string> = {}) {
  const organization =
    rucKind === null
      ? null
      : organizationSchema(RUC_KINDS_FOR[type as keyof typeof RUC_KINDS_FOR]).parse({ orgRuc: randomTypeRuc(rucKind), orgRazonSocial: "Entidad de Prueba", orgAddress: "Av. Amazonas N1-1, Quito", orgPhone: "022345678" });
  return registerTestApplicant({ form, approval: { type, organization, details, respaldo: { fileName: "respaldo.pdf", bytes: minimalPdf() } } });
}

/** SENAE (or the representative) asked to correct these sections. */
async function askSections(requestId: string, sections: string[]) {
  await db
    .update(ecuapassRegistrationRequests)
    .set({ status: "correccion_solicitada", correctionFields: sections, decisionReason: "Corrija los datos.", decidedAt: new Date() })
    .where(eq(ecuapassRegistrationRequests.id, requestId));
}

const accountOf = (applicant: { id: string; input: { userId: string } }) => ({ id: applicant.id, label: applicant.input.userId });
const currentGenerated = async (requestId: string) => (await docs(requestId)).filter((d) => d.kind === "solicitud_uso" && d.origin === "generado" && !d.supersededAt);

describe("correcting the type's own data (issue 19)", () => {
  it("Representante de Entidad Pública: becomes a delegate, names the highest authority, and must attach the delegation", async () => {
    const applicant = await registered("representante_entidad_publica", { position: "Director general", capacity: "maxima_autoridad", authority: null, respaldoKind: "nombramiento_autoridad" }, "entidad_publica");
    await askSections(applicant.requestId, ["detalles"]);
    const before = await currentGenerated(applicant.requestId);
    const raw = { position: "Director de comercio exterior", capacity: "delegado", authorityFullName: "", authorityDocType: "cedula", authorityDocNumber: "123", authorityPosition: "" };
    const wrong = await resubmitCorrection(accountOf(applicant), { raw, respaldo: null }, noop);
    expect(wrong).toMatchObject({
      ok: false,
      fieldErrors: { authorityFullName: [expect.any(String)], authorityDocNumber: [expect.any(String)], authorityPosition: [expect.any(String)], respaldo: [expect.stringMatching(/Oficio de delegación/)] },
    });

    const authority = { authorityFullName: "Ana María Torres Vega", authorityDocType: "cedula", authorityDocNumber: randomCedula(), authorityPosition: "Ministra" };
    const noDelegation = await resubmitCorrection(accountOf(applicant), { raw: { ...raw, ...authority }, respaldo: null }, noop);
    expect(noDelegation).toMatchObject({ ok: false, fieldErrors: { respaldo: [expect.stringMatching(/Oficio de delegación/)] } });

    const result = await resubmitCorrection(accountOf(applicant), { raw: { ...raw, ...authority }, respaldo: { name: "delegacion.pdf", bytes: minimalPdf("delegacion") } }, noop);
    expect(result).toMatchObject({
      ok: true,
      request: { status: "pendiente_aprobacion", details: { capacity: "delegado", respaldoKind: "oficio_delegacion", authority: { fullName: "Ana María Torres Vega", position: "Ministra" } } },
    });
    const after = await currentGenerated(applicant.requestId);
    expect(after).toHaveLength(1);
    expect(after[0]!.verificationCode).not.toBe(before[0]!.verificationCode);
    expect((await docs(applicant.requestId)).filter((d) => d.kind === "respaldo" && !d.supersededAt).map((d) => d.fileName)).toEqual(["delegacion.pdf"]);
  }, 60_000);

  it("Organismo Internacional: corrects the organization's representative", async () => {
    const representative = { fullName: "John Smith", docType: "pasaporte", docNumber: "AB123456", position: "Representante residente" };
    const applicant = await registered("organismo_internacional", { position: "Oficial de aduanas", representative, respaldoKind: "credencial_organismo" }, "sociedad_privada");
    await askSections(applicant.requestId, ["detalles"]);
    const raw = { position: "Oficial de aduanas", representativeFullName: "Jane Doe", representativeDocType: "cedula", representativeDocNumber: "1234567890", representativePosition: "Representante residente", respaldoKind: "credencial_organismo" };
    const wrong = await resubmitCorrection(accountOf(applicant), { raw, respaldo: null }, noop);
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { representativeDocNumber: [expect.any(String)] } });
    const cedula = randomCedula();
    const result = await resubmitCorrection(accountOf(applicant), { raw: { ...raw, representativeDocNumber: cedula }, respaldo: null }, noop);
    expect(result).toMatchObject({ ok: true, request: { details: { representative: { fullName: "Jane Doe", docType: "cedula", docNumber: cedula } } } });
  }, 60_000);

  it("Persona con Discapacidad: corrects the percentage and adds the acting legal representative", async () => {
    const cedula = randomCedula();
    const applicant = await registered(
      "persona_discapacidad",
      { cedula, disabilityType: "fisica", disabilityPercent: 45, legalRepresentative: null, relation: null, respaldoKind: "cedula" },
      null,
      { docType: "cedula", docNumber: cedula },
    );
    await askSections(applicant.requestId, ["detalles"]);
    const raw = { disabilityType: "visual", disabilityPercent: "20", hasLegalRepresentative: "si", legalRepresentativeFullName: "Rosa Elena Loor", legalRepresentativeDocType: "cedula", legalRepresentativeDocNumber: randomCedula(), relation: "" };
    const wrong = await resubmitCorrection(accountOf(applicant), { raw, respaldo: null }, noop);
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { disabilityPercent: [expect.any(String)], relation: [expect.any(String)] } });
    const result = await resubmitCorrection(accountOf(applicant), { raw: { ...raw, disabilityPercent: "60 %", relation: "padre_madre" }, respaldo: { name: "cedula-y-representacion.pdf", bytes: minimalPdf() } }, noop);
    expect(result).toMatchObject({
      ok: true,
      request: { details: { cedula, disabilityType: "visual", disabilityPercent: 60, relation: "padre_madre", respaldoKind: "cedula_representacion", legalRepresentative: { fullName: "Rosa Elena Loor" } } },
    });
  }, 60_000);

  it("Empleado: a new RUC must have an active representative of the right type", async () => {
    const company = await approvedRepresentative();
    const applicant = await registerTestApplicant({ approval: { type: "empleado", organization: testOrganization({ ruc: company }), details: { position: "Asistente" } } });
    await askSections(applicant.requestId, ["organizacion", "detalles"]);
    const org = { orgRazonSocial: "Otra Empresa S.A.", orgAddress: "Av. 9 de Octubre 100, Guayaquil", orgPhone: "042000000", position: "Jefe de importaciones" };
    const withoutRep = await resubmitCorrection(accountOf(applicant), { raw: { ...org, orgRuc: randomTypeRuc("sociedad_privada") }, respaldo: null }, noop);
    expect(withoutRep).toMatchObject({ ok: false, fieldErrors: { orgRuc: [NO_REPRESENTATIVE_MESSAGE.empleado] } });
    const other = await approvedRepresentative();
    const result = await resubmitCorrection(accountOf(applicant), { raw: { ...org, orgRuc: other }, respaldo: null }, noop);
    expect(result).toMatchObject({ ok: true, request: { orgRuc: other, details: { position: "Jefe de importaciones" } } });
  }, 60_000);
});

/** A company with an approved, active Representante de Comercio Exterior (inserted directly). */
async function approvedRepresentative(): Promise<string> {
  const ruc = randomTypeRuc("sociedad_privada");
  const rep = await registerTestApplicant({ approval: { organization: testOrganization({ ruc }) } });
  await db.update(ecuapassRegistrationRequests).set({ status: "aprobada", decidedAt: new Date() }).where(eq(ecuapassRegistrationRequests.id, rep.requestId));
  await db.update(ecuapassUsers).set({ status: "activo" }).where(eq(ecuapassUsers.id, rep.id));
  return ruc;
}
