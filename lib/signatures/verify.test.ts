import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { renderDocumentBytes } from "@/lib/pdf/render-core";
import { SAMPLE_PDF_DATA, sampleStamp } from "@/lib/pdf/sample-data";
import { issueSigner, issueTsa, signPdfWithTimestamp, timestampPdf, makeCrl, makeRootCa, rewritePdf, signPdf, signPdfRewriting, testRootCa, TEST_TRUST_DIR, type TestSigner } from "@/test/fixtures/signatures/ca";
import forge from "node-forge";
import { parseCertificate } from "./cms";
import { signerIdentity } from "./identity";
import { findPdfSignatures } from "./pdf";
import { crlRevocation } from "./revocation";
import { loadTrustStore } from "./trust";
import { verifySignedUpload, type VerifyInput } from "./verify";

const trust = loadTrustStore([TEST_TRUST_DIR]);
const now = new Date("2026-11-29T12:00:00Z");
const signedAt = new Date("2026-11-29T11:00:00Z");
const expectedSigner = { cedula: "1710034065", role: "el representante legal de la organización" };

let generated: Buffer;
let other: Buffer;
let representative: TestSigner;
let stranger: TestSigner;

beforeAll(async () => {
  generated = await renderDocumentBytes("solicitud", SAMPLE_PDF_DATA, sampleStamp(1));
  other = await renderDocumentBytes("solicitud", SAMPLE_PDF_DATA, sampleStamp(2));
  const ca = testRootCa();
  representative = issueSigner(ca, { name: "ANA MARIA PEREZ LOPEZ", cedula: "1710034065", ruc: "1790012345001" });
  stranger = issueSigner(ca, { name: "LUIS MORA", cedula: "0926687856" });
}, 60_000);

/** An incremental update (as an editor writes one) redefining the given objects. */
function appendUpdate(pdf: Buffer, objects: Record<number, string>): Buffer {
  const text = pdf.toString("latin1");
  const prev = Number([...text.matchAll(/startxref\s+(\d+)/g)].at(-1)![1]);
  const trailer = [...text.matchAll(/trailer\s*<<([\s\S]*?)>>\s*startxref/g)].at(-1)![1]!;
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)![1]);
  let body = "\n";
  const offsets: [number, number][] = [];
  for (const [number, content] of Object.entries(objects)) {
    offsets.push([Number(number), pdf.length + Buffer.byteLength(body, "latin1")]);
    body += `${number} 0 obj\n${content}\nendobj\n`;
  }
  const xrefAt = pdf.length + Buffer.byteLength(body, "latin1");
  body += `xref\n0 1\n0000000000 65535 f \n${offsets.map(([n, o]) => `${n} 1\n${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${Math.max(size, ...offsets.map(([n]) => n + 1))} /Root ${/\/Root\s+(\d+ \d+ R)/.exec(trailer)![1]} /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(body, "latin1")]);
}

const verify = (bytes: Buffer, overrides: Partial<VerifyInput> = {}) =>
  verifySignedUpload({ bytes, generated, expectedSigner, now, trust, ...overrides });
const check = (verdict: Awaited<ReturnType<typeof verify>>, id: string) =>
  [...verdict.checks, ...verdict.signatures.flatMap((s) => s.checks)].find((c) => c.id === id && c.status === "error");

describe("verifySignedUpload", () => {
  it("valid: the generated file signed by the expected person, chained to a trusted CA", async () => {
    const verdict = await verify(await signPdf(generated, representative, signedAt));
    expect(verdict.status).toBe("valida");
    expect(verdict.summary).toContain("revocación no verificada");
    const [signature] = verdict.signatures;
    expect(signature).toMatchObject({ signerName: "ANA MARIA PEREZ LOPEZ", cedula: "1710034065", ruc: "1790012345001", isExpectedSigner: true, coversWholeFile: true });
    expect(signature!.ca).toBe("AUTORIDAD DE CERTIFICACION DE PRUEBAS VENTANILLA");
    expect(signature!.signingTime).toBe(signedAt.toISOString());
    expect(signature!.checks.find((c) => c.id === "revocacion")?.status).toBe("no_verificado");
    expect(verdict.checks.map((c) => [c.id, c.status])).toEqual([["documento", "ok"], ["firmante", "ok"]]);
  });

  it("invalid: a byte changed after signing", async () => {
    const signed = await signPdf(generated, representative, signedAt);
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf("/MediaBox");
    tampered[at + 1] = "N".charCodeAt(0);
    const verdict = await verify(tampered);
    expect(verdict.status).toBe("invalida");
    expect(check(verdict, "integridad")?.message).toMatch(/modificado después de firmarlo/);
  });

  it("invalid: content appended after the last signature", async () => {
    const signed = await signPdf(generated, representative, signedAt);
    const verdict = await verify(Buffer.concat([signed, Buffer.from("\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n")]));
    expect(verdict.status).toBe("invalida");
    expect(check(verdict, "cobertura")?.message).toMatch(/después de la última firma/);
  });

  it("invalid: signed by someone else", async () => {
    const verdict = await verify(await signPdf(generated, stranger, signedAt));
    expect(verdict.status).toBe("invalida");
    expect(verdict.summary).toMatch(/debe firmarlo el representante legal de la organización \(cédula 1710034065\), pero está firmado por LUIS MORA \(cédula 0926687856\)/);
  });

  it("invalid: the certificate had expired when signing", async () => {
    const expired = issueSigner(testRootCa(), { name: "ANA MARIA PEREZ LOPEZ", cedula: "1710034065", notBefore: new Date("2022-01-01Z"), notAfter: new Date("2024-01-01Z") });
    const verdict = await verify(await signPdf(generated, expired, signedAt));
    expect(verdict.status).toBe("invalida");
    expect(check(verdict, "vigencia")?.message).toMatch(/El certificado del firmante no estaba vigente al firmar/);
  });

  it("invalid: a CA no trust store holds", async () => {
    const rogue = issueSigner(makeRootCa(), { name: "ANA MARIA PEREZ LOPEZ", cedula: "1710034065" });
    const verdict = await verify(await signPdf(generated, rogue, signedAt));
    expect(verdict.status).toBe("invalida");
    expect(check(verdict, "cadena")?.message).toMatch(/no fue emitido por una entidad de certificación reconocida/);
  });

  it("invalid: another document, properly signed", async () => {
    const verdict = await verify(await signPdf(other, representative, signedAt));
    expect(verdict.status).toBe("invalida");
    expect(verdict.summary).toMatch(/es otro documento: su código de verificación es ABCD-EF02, no ABCD-EF01/);
  });

  it("invalid: the generated file changed in an update, then signed", async () => {
    const text = generated.toString("latin1");
    const page = /(\d+) 0 obj\s*<<\s*\/Type \/Page\b[\s\S]*?\/Contents (\d+) 0 R/.exec(text)!;
    const rewritten = appendUpdate(generated, { [Number(page[2])]: "<< /Length 24 >>\nstream\nBT /F1 12 Tf (otro) Tj ET\nendstream" });
    const verdict = await verify(await signPdf(rewritten, representative, signedAt));
    expect(verdict.status).toBe("invalida");
    expect(check(verdict, "documento")?.message).toMatch(/cambia el contenido del documento generado \(objeto \d+\)/);

    const pointed = appendUpdate(generated, { [Number(page[1])]: text.slice(text.indexOf(`${page[1]} 0 obj`) + `${page[1]} 0 obj`.length, text.indexOf("endobj", text.indexOf(`${page[1]} 0 obj`))).replace(/\/Contents \d+ 0 R/, "/Contents 999 0 R"), 999: "<< /Length 0 >>\nstream\n\nendstream" });
    expect(check(await verify(await signPdf(pointed, representative, signedAt)), "documento")?.message).toMatch(/cambia el contenido/);
  });

  it("valid: two signatures, each verified; the first covers its revision", async () => {
    const twice = await signPdf(await signPdf(generated, stranger, signedAt), representative, signedAt);
    const verdict = await verify(twice);
    expect(verdict.status).toBe("valida");
    expect(verdict.signatures.map((s) => [s.cedula, s.status, s.coversWholeFile])).toEqual([
      ["0926687856", "valida", false],
      ["1710034065", "valida", true],
    ]);
    expect(verdict.signatures[0]!.checks.find((c) => c.id === "cobertura")?.message).toMatch(/después se añadió otra firma/);
  });

  it("valid: a signature, then a document timestamp as a PAdES-LTA tool adds it", async () => {
    const stamped = await timestampPdf(await signPdf(generated, representative, signedAt), issueTsa(testRootCa()), now);
    const verdict = await verify(stamped);
    expect(verdict.status).toBe("valida");
    expect(verdict.signatures.map((s) => [s.kind, s.signerName, s.isExpectedSigner, s.coversWholeFile])).toEqual([
      ["firma", "ANA MARIA PEREZ LOPEZ", true, false],
      ["sello_tiempo", "SELLADO DE TIEMPO DE PRUEBAS", false, true],
    ]);
    expect(verdict.signatures[1]!.signingTime).toBe(now.toISOString());

    const tampered = Buffer.from(stamped);
    tampered[tampered.indexOf("/MediaBox") + 1] = "N".charCodeAt(0);
    expect(check(await verify(tampered), "integridad")?.message).toMatch(/modificado después/);
  });

  it("a signature timestamp from a trusted TSA certifies the signing time; an untrusted one only warns", async () => {
    const stampTime = new Date("2026-11-29T11:05:00Z");
    const stamped = await verify(await signPdfWithTimestamp(generated, representative, issueTsa(testRootCa()), signedAt, stampTime));
    expect(stamped.status).toBe("valida");
    expect(stamped.signatures[0]!.signingTime).toBe(stampTime.toISOString());
    expect(stamped.signatures[0]!.checks.find((c) => c.id === "sello")).toMatchObject({ status: "ok", message: expect.stringMatching(/certificada por el sello de tiempo de SELLADO DE TIEMPO DE PRUEBAS/) });

    const rogue = await verify(await signPdfWithTimestamp(generated, representative, issueTsa(makeRootCa()), signedAt, stampTime));
    expect(rogue.status).toBe("advertencias");
    expect(rogue.signatures[0]!.signingTime).toBe(signedAt.toISOString());
    expect(rogue.summary).toMatch(/sello de tiempo que no se pudo verificar/);
  });

  it("no signature: accepted, marked for the reviewer", async () => {
    const verdict = await verify(generated);
    expect(verdict).toMatchObject({ status: "sin_firma", summary: "Sin firma electrónica: verifique la firma manuscrita.", signatures: [] });
  });

  it("reads the cédula from each CA's own OID, else from the subject serialNumber", async () => {
    // Security Data, Datil, Argosdata, CorpNewBest, Alpha Technologies, FirmaSegura (FirmaEC's OIDs).
    const arcs = ["37746", "52643", "59198", "34380", "56105", "61305"];
    const byCa = arcs.map((arc) => issueSigner(testRootCa(), { name: "ANA", cedula: "1710034065", arc: `1.3.6.1.4.1.${arc}` }));
    const serialOnly = issueSigner(testRootCa(), { name: "ANA", cedula: "1710034065", subjectSerialOnly: true });
    for (const signer of [byCa[0]!, serialOnly]) {
      const verdict = await verify(await signPdf(generated, signer, signedAt));
      expect(verdict.status).toBe("valida");
      expect(verdict.signatures[0]!.cedula).toBe("1710034065");
    }
    // The subject serialNumber holds the cédula too: the source shows the CA's extension was read.
    const identityOf = (signer: TestSigner) => signerIdentity(parseCertificate(forge.pki.certificateToAsn1(signer.cert)));
    expect(byCa.map((signer) => identityOf(signer).source)).toEqual(arcs.map((arc) => expect.stringContaining(`extensión 1.3.6.1.4.1.${arc}.3.1`)));
    expect(byCa.map((signer) => identityOf(signer).cedula)).toEqual(arcs.map(() => "1710034065"));
    expect(identityOf(serialOnly)).toMatchObject({ cedula: "1710034065", source: "serialNumber del sujeto" });
  });
});

describe("a file a signing tool rewrote", () => {
  const documentCheck = (verdict: Awaited<ReturnType<typeof verify>>) => verdict.checks.find((c) => c.id === "documento")!;

  it("is the same document when its verification code and text match: accepted, the verdict says it was rewritten", async () => {
    const rewritten = await rewritePdf(generated);
    expect(rewritten.subarray(0, 200).equals(generated.subarray(0, 200))).toBe(false);
    for (const signed of [await signPdf(rewritten, representative, signedAt), await signPdfRewriting(generated, representative, signedAt)]) {
      const verdict = await verify(signed);
      expect(verdict.status).toBe("advertencias");
      expect(documentCheck(verdict)).toEqual({
        id: "documento",
        status: "advertencia",
        message: expect.stringMatching(/^El firmador reescribió el archivo .* su código de verificación \(ABCD-EF01\) y su texto coinciden página por página/),
      });
      expect(verdict.summary).toMatch(/^Firmada por ANA MARIA PEREZ LOPEZ \(cédula 1710034065\).*reescribió el archivo/);
      expect(verdict.checks.find((c) => c.id === "firmante")?.status).toBe("ok");
    }
  }, 60_000);

  it("with two signatures, every signed revision is compared", async () => {
    const verdict = await verify(await signPdf(await signPdfRewriting(generated, stranger, signedAt), representative, signedAt));
    expect(verdict.status).toBe("advertencias");
    expect(verdict.signatures.map((s) => s.status)).toEqual(["valida", "valida"]);
    expect(documentCheck(verdict).message).toMatch(/reescribió el archivo/);
  }, 60_000);

  it("refuses another generated document rewritten and signed: its verification code differs", async () => {
    const verdict = await verify(await signPdf(await rewritePdf(other), representative, signedAt));
    expect(verdict.status).toBe("invalida");
    expect(verdict.summary).toMatch(/es otro documento: su código de verificación es ABCD-EF02, no ABCD-EF01/);
  }, 60_000);

  it("refuses a rewrite whose text changed, though the code is the same", async () => {
    const verdict = await verify(await signPdf(await rewritePdf(generated, { stamp: "ANULADO" }), representative, signedAt));
    expect(verdict.status).toBe("invalida");
    expect(documentCheck(verdict)).toMatchObject({ status: "error", message: expect.stringMatching(/el texto de la página 1 no coincide/) });
  }, 60_000);

  it("takes the stored verification code over the one the generated file prints", async () => {
    const verdict = await verify(await signPdf(await rewritePdf(generated), representative, signedAt), { verificationCode: "ZZZZ-ZZ99" });
    expect(documentCheck(verdict)).toMatchObject({ status: "error", message: expect.stringMatching(/su código de verificación es ABCD-EF01, no ZZZZ-ZZ99/) });
  }, 60_000);

  it("does not read the text when the signature does not hold", async () => {
    const rogue = issueSigner(makeRootCa(), { name: "ANA MARIA PEREZ LOPEZ", cedula: "1710034065" });
    const verdict = await verify(await signPdf(await rewritePdf(generated), rogue, signedAt));
    expect(verdict.status).toBe("invalida");
    expect(documentCheck(verdict).status).toBe("no_verificado");
    expect(check(verdict, "cadena")).toBeDefined();
  });
});

describe("revocation through the CA's CRL (where reachable)", () => {
  const crlUrl = "http://crl.pruebas.example/ventanilla.crl";
  const serialOf = (signer: TestSigner) => signer.cert.serialNumber.replace(/^(00)+(?=.)/, "");
  const serving = (crl: Buffer | Error) =>
    crlRevocation({
      fetch: (async (url: string) => {
        if (crl instanceof Error) throw crl;
        expect(url).toBe(crlUrl);
        return new Response(new Uint8Array(crl));
      }) as typeof fetch,
    });
  const thisUpdate = new Date("2026-11-28T00:00:00Z");
  const nextUpdate = new Date("2026-12-05T00:00:00Z");

  it("refuses a revoked certificate, says «vigente» for one the CRL does not list, «no verificada» when unreachable or forged", async () => {
    const ca = testRootCa();
    const revoked = issueSigner(ca, { name: "ANA MARIA PEREZ LOPEZ", cedula: "1710034065", crlUrl });
    const good = issueSigner(ca, { name: "ANA MARIA PEREZ LOPEZ", cedula: "1710034065", crlUrl });
    const crl = makeCrl(ca, [{ serialHex: serialOf(revoked), at: new Date("2026-11-20T00:00:00Z") }], thisUpdate, nextUpdate);

    const refused = await verify(await signPdf(generated, revoked, signedAt), { revocation: serving(crl) });
    expect(refused.status).toBe("invalida");
    expect(check(refused, "revocacion")?.message).toMatch(/fue revocado el/);

    const fine = await verify(await signPdf(generated, good, signedAt), { revocation: serving(crl) });
    expect(fine.status).toBe("valida");
    expect(fine.summary).not.toContain("no verificada");
    expect(fine.signatures[0]!.checks.find((c) => c.id === "revocacion")).toMatchObject({ status: "ok", message: expect.stringMatching(/no consta como revocado/) });

    const offline = await verify(await signPdf(generated, revoked, signedAt), { revocation: serving(new Error("ECONNREFUSED")) });
    expect(offline.signatures[0]!.checks.find((c) => c.id === "revocacion")?.status).toBe("no_verificado");
    const forged = makeCrl(makeRootCa(), [], thisUpdate, nextUpdate);
    const notTrusted = await verify(await signPdf(generated, revoked, signedAt), { revocation: serving(forged) });
    expect(notTrusted.signatures[0]!.checks.find((c) => c.id === "revocacion")?.status).toBe("no_verificado");
  });
});

describe("hostile PDFs", () => {
  it("never throws and stays bounded on mutated signed files and garbage", async () => {
    const signed = await signPdf(generated, representative, signedAt);
    const started = performance.now();
    for (let round = 0; round < 150; round++) {
      const mutated = Buffer.from(signed);
      const sigAt = mutated.indexOf("/ByteRange");
      for (let k = 0; k < 1 + (round % 6); k++) {
        // Half the mutations aim at the signature dictionary and its CMS, where parsing happens.
        const at = round % 2 === 0 ? sigAt + randomInt(0, Math.min(6000, mutated.length - sigAt)) : randomInt(0, mutated.length);
        mutated[at] = randomInt(0, 256);
      }
      const verdict = await verify(round % 10 === 0 ? mutated.subarray(0, randomInt(1, mutated.length)) : mutated);
      expect(["valida", "advertencias", "invalida", "sin_firma"]).toContain(verdict.status);
    }
    expect((await verify(Buffer.alloc(0))).status).toBe("sin_firma");
    for (const garbage of [Buffer.from("/SubFilter /adbe.pkcs7.detached /Contents <00>"), Buffer.from("/ByteRange [0 10 20 999999999]"), Buffer.from("/ByteRange [0 1 3 0]<>"), Buffer.from(`%PDF-1.7\n/ByteRange [0 4 ${6} 0]<0>`)]) {
      expect((await verify(garbage)).status).toBe("invalida");
    }
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("refuses more signatures than the limit without reading them", () => {
    const many = Buffer.from(Array.from({ length: 20 }, (_, i) => `/ByteRange [0 ${i + 1} ${i + 10} 0]`).join("\n"));
    expect(findPdfSignatures(many)).toMatchObject({ ok: false });
  });
});
