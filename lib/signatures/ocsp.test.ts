import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderDocumentBytes } from "@/lib/pdf/render-core";
import { SAMPLE_PDF_DATA, sampleStamp } from "@/lib/pdf/sample-data";
import { issueOcspResponder, issueSigner, makeRootCa, signPdf, testRootCa, TEST_TRUST_DIR, type TestSigner } from "@/test/fixtures/signatures/ca";
import { startOcspResponder, type OcspResponderOptions } from "@/test/fixtures/signatures/ocsp-responder";
import { ocspRevocation } from "./ocsp";
import { chainedRevocation, configuredRevocation, crlRevocation, revocationMethods } from "./revocation";
import { loadTrustStore } from "./trust";
import { verifySignedUpload } from "./verify";

const trust = loadTrustStore([TEST_TRUST_DIR]);
const now = new Date();
const signedAt = new Date(now.getTime() - 3_600_000);
const expectedSigner = { cedula: "1710034065", role: "el representante legal de la organización" };
const ca = testRootCa();
const serialOf = (signer: TestSigner) => signer.cert.serialNumber.replace(/^(00)+(?=.)/, "").toLowerCase();

let generated: Buffer;
const responders: { close: () => Promise<void> }[] = [];
beforeAll(async () => {
  generated = await renderDocumentBytes("solicitud", SAMPLE_PDF_DATA, sampleStamp(3));
}, 60_000);
afterAll(async () => {
  await Promise.all(responders.map((r) => r.close()));
});

async function responder(options: OcspResponderOptions) {
  const started = await startOcspResponder(ca, options);
  responders.push(started);
  return started;
}

/** The revocation check of the document signed by a certificate naming `ocspUrl`. */
async function revocationOf(ocspUrl: string, { status = "good" as "good" | "revoked" | "unknown", checker = ocspRevocation() } = {}) {
  const signer = issueSigner(ca, { name: "ANA MARIA PEREZ LOPEZ", cedula: "1710034065", ocspUrl });
  const verdict = await verifySignedUpload({ bytes: await signPdf(generated, signer, signedAt), generated, expectedSigner, now, trust, revocation: checker });
  return { verdict, status, check: verdict.signatures[0]!.checks.find((c) => c.id === "revocacion")!, serial: serialOf(signer) };
}

describe("revocation by OCSP (a local responder)", () => {
  it("good: «vigente», the verdict does not say «no verificada»", async () => {
    const server = await responder({ statusOf: () => "good" });
    const { verdict, check } = await revocationOf(server.url);
    expect(check).toMatchObject({ status: "ok", message: expect.stringMatching(/no está revocado según el servicio OCSP/) });
    expect(verdict.status).toBe("valida");
    expect(verdict.summary).not.toContain("no verificada");
    expect(server.requests()).toBe(1);
  });

  it("revoked: the upload is refused, with the date the responder gives", async () => {
    const revoked = new Set<string>();
    const server = await responder({ statusOf: (serial) => (revoked.has(serial) ? "revoked" : "good"), revokedAt: new Date("2026-11-20T15:00:00Z") });
    const signer = issueSigner(ca, { name: "ANA MARIA PEREZ LOPEZ", cedula: "1710034065", ocspUrl: server.url });
    revoked.add(serialOf(signer));
    const verdict = await verifySignedUpload({ bytes: await signPdf(generated, signer, signedAt), generated, expectedSigner, now, trust, revocation: ocspRevocation() });
    expect(verdict.status).toBe("invalida");
    expect(verdict.summary).toMatch(/^El certificado fue revocado el 20 de noviembre de 2026 .*\(respuesta OCSP de la entidad certificadora\)/);
  });

  it("unknown, unreachable, forged, unauthorized, stale or replayed: «revocación no verificada», never a pass", async () => {
    const unknown = await responder({ statusOf: () => "unknown" });
    const forgedCa = makeRootCa();
    const forged = await responder({ statusOf: () => "good", signer: forgedCa });
    const unauthorized = await responder({ statusOf: () => "good", signer: issueOcspResponder(ca, { ocspSigning: false }) });
    const stale = await responder({ statusOf: () => "good", thisUpdate: () => new Date(now.getTime() - 7 * 86_400_000), nextUpdate: () => new Date(now.getTime() - 86_400_000) });
    const replayed = await responder({ statusOf: () => "good", wrongNonce: true });
    const closed = await responder({ statusOf: () => "good" });
    await closed.close();
    for (const url of [unknown.url, forged.url, unauthorized.url, stale.url, replayed.url, closed.url, "http://127.0.0.1:9/nadie"]) {
      const { verdict, check } = await revocationOf(url);
      expect({ url, status: check.status }).toEqual({ url, status: "no_verificado" });
      expect(check.message).toMatch(/^Revocación no verificada/);
      expect(verdict.status).toBe("valida");
      expect(verdict.summary).toContain("revocación no verificada");
    }
    expect(unknown.requests() + forged.requests() + unauthorized.requests() + stale.requests() + replayed.requests()).toBe(5);
  }, 120_000);

  it("a responder the CA delegated (id-kp-OCSPSigning) is believed", async () => {
    const server = await responder({ statusOf: () => "good", signer: issueOcspResponder(ca) });
    expect((await revocationOf(server.url)).check.status).toBe("ok");
  });

  it("reuses a good answer until its nextUpdate", async () => {
    const server = await responder({ statusOf: () => "good" });
    const checker = ocspRevocation();
    const signer = issueSigner(ca, { name: "ANA MARIA PEREZ LOPEZ", cedula: "1710034065", ocspUrl: server.url });
    const signed = await signPdf(generated, signer, signedAt);
    for (let i = 0; i < 3; i++) await verifySignedUpload({ bytes: signed, generated, expectedSigner, now, trust, revocation: checker });
    expect(server.requests()).toBe(1);
  });

  it("crl,ocsp: an unreachable CRL falls through to OCSP; the first that knows answers", async () => {
    const server = await responder({ statusOf: () => "good" });
    const unreachableCrl = crlRevocation({ fetch: (async () => { throw new Error("ECONNREFUSED"); }) as typeof fetch });
    const { check } = await revocationOf(server.url, { checker: chainedRevocation([unreachableCrl, ocspRevocation()]) });
    expect(check.status).toBe("ok");
  });
});

describe("SIGNATURE_REVOCATION", () => {
  it("names the checkers in order; anything else is none", () => {
    expect(revocationMethods("crl")).toEqual(["crl"]);
    expect(revocationMethods("ocsp, crl")).toEqual(["ocsp", "crl"]);
    expect(revocationMethods("no")).toEqual([]);
    expect(revocationMethods(undefined)).toEqual([]);
  });

  it("ocsp: the configured checker asks the responder (pkijs loaded on first use)", async () => {
    const server = await responder({ statusOf: () => "good" });
    const previous = process.env.SIGNATURE_REVOCATION;
    process.env.SIGNATURE_REVOCATION = "crl,ocsp";
    try {
      expect((await revocationOf(server.url, { checker: configuredRevocation() })).check.status).toBe("ok");
    } finally {
      if (previous === undefined) delete process.env.SIGNATURE_REVOCATION;
      else process.env.SIGNATURE_REVOCATION = previous;
    }
  });

  it("without it, the verdict says «revocación no verificada»", async () => {
    const previous = process.env.SIGNATURE_REVOCATION;
    delete process.env.SIGNATURE_REVOCATION;
    try {
      const result = await configuredRevocation().check({ certificate: trust.certificates[0]!, serialHex: "01", crlUrls: [], issuer: trust.certificates[0]!, at: now, now });
      expect(result.status).toBe("desconocido");
    } finally {
      if (previous !== undefined) process.env.SIGNATURE_REVOCATION = previous;
    }
  });
});
