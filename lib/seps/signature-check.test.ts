import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sepsDocuments } from "@/lib/db/schema";
import { renderDocumentBytes } from "@/lib/pdf/render-core";
import { SAMPLE_PDF_DATA, sampleStamp } from "@/lib/pdf/sample-data";
import { sha256Hex } from "@/lib/security/tokens";
import { issueSigner, rewritePdf, signPdf, testRootCa } from "@/test/fixtures/signatures/ca";
import { createOrganization, createRequestInReview } from "./review.fixtures";
import { checkUploadSignature } from "./signature-check";

let generated: Buffer;
beforeAll(async () => {
  generated = await renderDocumentBytes("solicitud", SAMPLE_PDF_DATA, sampleStamp(7));
});

async function requestWithGenerated() {
  const request = await createRequestInReview({ organization: await createOrganization(), roles: [{ roleCode: "NF_ACOPIO_INFORMACION" }], status: "pendiente_documentos" });
  for (const kind of ["solicitud", "acuerdo_confidencialidad"] as const) {
    await db.insert(sepsDocuments).values({ requestId: request.id, kind, origin: "generado", fileName: `${kind}.pdf`, content: generated, sha256: sha256Hex(generated), sizeBytes: generated.length });
  }
  return request;
}

describe("checkUploadSignature (the upload policy)", () => {
  it("accepts the solicitud signed by the legal representative, with the verdict to store", async () => {
    const request = await requestWithGenerated();
    const signer = issueSigner(testRootCa(), { name: "REPRESENTANTE DE PRUEBA", cedula: request.legalRepCedula });
    const result = await checkUploadSignature(request, "solicitud", await signPdf(generated, signer));
    expect(result).toMatchObject({ ok: true, verdict: { status: "valida", signatures: [{ cedula: request.legalRepCedula, isExpectedSigner: true }] } });
  });

  it("refuses the agreement signed by the legal representative instead of the key user", async () => {
    const request = await requestWithGenerated();
    const signer = issueSigner(testRootCa(), { name: "REPRESENTANTE DE PRUEBA", cedula: request.legalRepCedula });
    const result = await checkUploadSignature(request, "acuerdo_confidencialidad", await signPdf(generated, signer));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^No se aceptó el archivo: Este documento debe firmarlo la persona que hará uso de la clave/) });
  });

  it("accepts a copy a signing tool rewrote when its code and text match, with the warning for the reviewer", async () => {
    const request = await requestWithGenerated();
    const signer = issueSigner(testRootCa(), { name: "REPRESENTANTE DE PRUEBA", cedula: request.legalRepCedula });
    const result = await checkUploadSignature(request, "solicitud", await signPdf(await rewritePdf(generated), signer));
    expect(result).toMatchObject({ ok: true, verdict: { status: "advertencias", checks: [{ id: "documento", status: "advertencia", message: expect.stringMatching(/reescribió el archivo.*código de verificación \(ABCD-EF07\)/) }, { id: "firmante", status: "ok" }] } });
  }, 30_000);

  it("accepts a scan without a digital signature, marked; refuses the generated file sent back unsigned", async () => {
    const request = await requestWithGenerated();
    const scan = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    expect(await checkUploadSignature(request, "solicitud", scan)).toMatchObject({ ok: true, verdict: { status: "sin_firma", summary: "Sin firma electrónica: verifique la firma manuscrita." } });
    expect(await checkUploadSignature(request, "solicitud", generated)).toMatchObject({ ok: false, message: expect.stringMatching(/documento generado, sin firmar/) });
  });
});
