import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditEvents, ecuapassRequestDocuments } from "@/lib/db/schema";
import { issueSigner, rewritePdf, signPdf, testRootCa, type TestSigner } from "@/test/fixtures/signatures/ca";
import { randomCedula } from "@/test/factories";
import { getDocumentFileForStaff, getOwnDocumentFile } from "./document-files";
import { decideRegistrationRequest } from "./registration-requests";
import { isElectronicallySigned, listRequestDocuments, needsSolicitudUso, uploadSignedSolicitudUso, verifySolicitudUsoCode } from "./solicitud-uso";
import { createTestReviewer, registerTestApplicant } from "./testing";
import { randomIp } from "./test-data";

const documentsOf = (requestId: string) => db.select().from(ecuapassRequestDocuments).where(eq(ecuapassRequestDocuments.requestId, requestId));

/** A pending representative with its generated Solicitud de uso, and a certificate in its own name. */
async function applicantWithSigner() {
  const cedula = randomCedula();
  const applicant = await registerTestApplicant({ form: { docNumber: cedula } });
  const [generated] = await documentsOf(applicant.requestId);
  const signer = issueSigner(testRootCa(), { name: "MARIA JOSE PEREZ ANDRADE", cedula });
  return { applicant, generated: generated!, signer };
}

const upload = (applicant: { id: string; input: { userId: string } }, bytes: Uint8Array) =>
  uploadSignedSolicitudUso({ accountId: applicant.id, accountLabel: applicant.input.userId, bytes, ip: randomIp() });

let stranger: TestSigner;
beforeAll(() => {
  stranger = issueSigner(testRootCa(), { name: "OTRA PERSONA", cedula: randomCedula() });
});

describe("the «Solicitud de uso» (issue 19)", () => {
  it("only the types SENAE approves carry it", () => {
    expect(["representante_comercio_exterior", "representante_entidad_publica", "organismo_internacional", "persona_discapacidad"].every((t) => needsSolicitudUso(t as never))).toBe(true);
    expect(needsSolicitudUso("empleado")).toBe(false);
    expect(needsSolicitudUso("funcionario_entidad_publica")).toBe(false);
  });

  it("is generated when the request is saved, stored in its transaction with a code anyone can verify", async () => {
    const { applicant, generated } = await applicantWithSigner();
    expect(generated).toMatchObject({ kind: "solicitud_uso", origin: "generado", supersededAt: null, signatureCheck: null });
    expect(generated.content.subarray(0, 5).toString()).toBe("%PDF-");
    expect(generated.verificationCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // The code is printed in the document itself (the footer of every page).
    expect(generated.fileName).toBe(`solicitud-uso-${applicant.input.userId}.pdf`);

    const found = await verifySolicitudUsoCode(generated.verificationCode!.toLowerCase().replace(/-/g, " "));
    expect(found).toMatchObject({ title: "Solicitud de uso", typeLabel: "Representante de Comercio Exterior", requestStatus: "pendiente_aprobacion", current: true });
    expect(JSON.stringify(found)).not.toContain(applicant.input.fullName);
    expect(await verifySolicitudUsoCode("ABCD-EFGH-JKMN")).toBeNull();
    expect(await verifySolicitudUsoCode("no es un código")).toBeNull();
  });

  it("accepts the copy the applicant signed electronically: verdict «valida», stored byte for byte and audited", async () => {
    const { applicant, generated, signer } = await applicantWithSigner();
    const signed = await signPdf(generated.content, signer);
    const result = await upload(applicant, signed);
    expect(result).toMatchObject({ ok: true, verdict: { status: "valida", signatures: [{ isExpectedSigner: true }] } });
    if (!result.ok) return;
    expect(isElectronicallySigned(result.verdict)).toBe(true);
    const [stored] = await db.select().from(ecuapassRequestDocuments).where(eq(ecuapassRequestDocuments.id, result.documentId));
    expect(stored).toMatchObject({ kind: "solicitud_uso", origin: "subido", supersededAt: null, signatureCheck: { status: "valida" } });
    expect(Buffer.compare(stored!.content, signed)).toBe(0);
    const audit = await db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, applicant.requestId), eq(auditEvents.action, "ecuapass.solicitud.documento_subido"))).orderBy(auditEvents.id);
    expect(audit).toHaveLength(1);

    // A second upload replaces it; the first stays, superseded, for the reviewer.
    const again = await upload(applicant, await signPdf(generated.content, signer));
    expect(again.ok).toBe(true);
    const docs = await listRequestDocuments(applicant.requestId);
    expect(docs.filter((d) => d.origin === "subido").map((d) => d.supersededAt === null).sort()).toEqual([false, true]);
  }, 30_000);

  it("refuses the generated file sent back unsigned, and a copy signed by someone else", async () => {
    const { applicant, generated } = await applicantWithSigner();
    expect(await upload(applicant, generated.content)).toMatchObject({ ok: false, message: expect.stringMatching(/generada, sin firmar/) });
    const other = await upload(applicant, await signPdf(generated.content, stranger));
    expect(other).toMatchObject({ ok: false, message: expect.stringMatching(/^No se aceptó el archivo: .*la persona solicitante/) });
    expect((await documentsOf(applicant.requestId)).filter((d) => d.origin === "subido")).toHaveLength(0);
  }, 30_000);

  it("keeps a PDF without an electronic signature, marked: it does not count as signed", async () => {
    const { applicant, generated } = await applicantWithSigner();
    const result = await upload(applicant, await rewritePdf(generated.content));
    expect(result).toMatchObject({ ok: true, verdict: { status: "sin_firma" } });
    if (result.ok) expect(isElectronicallySigned(result.verdict)).toBe(false);
    expect(await upload(applicant, Buffer.from("no soy un PDF"))).toMatchObject({ ok: false, message: expect.stringMatching(/no es un PDF/) });
  }, 30_000);

  it("closes the upload once SENAE decided the request", async () => {
    const { applicant, generated, signer } = await applicantWithSigner();
    await decideRegistrationRequest(applicant.requestId, "rechazar", await createTestReviewer(), { reason: "Documentación incompleta." }, () => {});
    expect(await upload(applicant, await signPdf(generated.content, signer))).toMatchObject({ ok: false, message: expect.stringMatching(/«Rechazada»/) });
  }, 30_000);

  it("serves a file to its own applicant and to staff; another account's file is not found", async () => {
    const a = await applicantWithSigner();
    const b = await applicantWithSigner();
    expect((await getOwnDocumentFile(a.applicant.id, a.generated.id))?.sha256).toBe(a.generated.sha256);
    expect(await getOwnDocumentFile(b.applicant.id, a.generated.id)).toBeNull();
    expect((await getDocumentFileForStaff(a.generated.id))?.fileName).toBe(a.generated.fileName);
    expect(await getDocumentFileForStaff("../../etc/passwd")).toBeNull();
    expect(await getOwnDocumentFile(a.applicant.id, "00000000-0000-4000-8000-000000000000")).toBeNull();
  }, 30_000);
});
