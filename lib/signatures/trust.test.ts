import { X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DEFAULT_TRUST_DIR, loadTrustStore } from "./trust";

const shipped = loadTrustStore([DEFAULT_TRUST_DIR]);
const cn = (cert: X509Certificate) => cert.subject.split("\n").find((l) => l.startsWith("CN="))!.slice(3);
const fileOf = (cert: X509Certificate) => shipped.sources[shipped.certificates.indexOf(cert)]!.split("/").at(-1)!;
const issuedBy = (cert: X509Certificate, issuer: X509Certificate) => cert.checkIssued(issuer) && cert.verify(issuer.publicKey);

describe("the shipped trust store (FirmaEC's public CA certificates)", () => {
  it("holds the accredited CAs' roots and intermediates, each a CA certificate, one per file", () => {
    expect(shipped.certificates.map((c) => `${fileOf(c)}: ${cn(c)}`).sort()).toEqual([
      "anf-ac-raiz-2019.pem: ANF High Assurance Ecuador Root CA",
      "anf-ac-raiz-2024.pem: ANF AC Ecuador Root CA",
      "anf-ac-subordinada-2019.pem: ANF High Assurance Ecuador Intermediate CA",
      "anf-ac-subordinada-2025.pem: ANF AC Ecuador Intermediate CA",
      "anf-ac-subordinada-tsa-2026.pem: ANF AC Ecuador TSA",
      "bce-raiz.pem: AUTORIDAD DE CERTIFICACION RAIZ DEL BANCO CENTRAL DEL ECUADOR",
      "bce-subordinada-2011.pem: AC BANCO CENTRAL DEL ECUADOR",
      "bce-subordinada-2019.pem: AC BANCO CENTRAL DEL ECUADOR",
      "consejo-judicatura-raiz.pem: ICERT-EC ENTIDAD DE CERTIFICACION RAIZ",
      "consejo-judicatura-subordinada.pem: ENTIDAD DE CERTIFICACION ICERT-EC",
      "security-data-raiz.pem: AUTORIDAD DE CERTIFICACION RAIZ SECURITY DATA",
      "security-data-subordinada-2011.pem: AUTORIDAD DE CERTIFICACION SUB SECURITY DATA",
      "security-data-subordinada-2019.pem: AUTORIDAD DE CERTIFICACION SUBCA-1 SECURITY DATA",
      "security-data-subordinada-ca2-2019.pem: AUTORIDAD DE CERTIFICACION SUBCA-2 SECURITY DATA",
      "uanataca-subordinada-ca2-2016.pem: UANATACA CA2 2016",
      "uanataca-subordinada-ca2-2021.pem: UANATACA CA2 2021",
    ]);
    for (const cert of shipped.certificates) expect({ file: fileOf(cert), ca: cert.ca }).toEqual({ file: fileOf(cert), ca: true });
  });

  it("every root signs itself and every intermediate is signed by its shipped root (copied byte for byte)", () => {
    const roots = shipped.certificates.filter((c) => c.subject === c.issuer);
    expect(roots.map(fileOf).sort()).toEqual(["anf-ac-raiz-2019.pem", "anf-ac-raiz-2024.pem", "bce-raiz.pem", "consejo-judicatura-raiz.pem", "security-data-raiz.pem"]);
    for (const root of roots) expect(issuedBy(root, root)).toBe(true);
    // Their roots are not shipped: Uanataca's is its global root (it would trust its certificates for
    // any country), Security Data's CA-2 root is not in FirmaEC's library. FirmaEC anchors on these.
    const anchoredAlone = ["security-data-subordinada-ca2-2019.pem", "uanataca-subordinada-ca2-2016.pem", "uanataca-subordinada-ca2-2021.pem"];
    for (const cert of shipped.certificates.filter((c) => c.subject !== c.issuer && !anchoredAlone.includes(fileOf(c)))) {
      expect({ file: fileOf(cert), root: roots.filter((r) => issuedBy(cert, r)).map(fileOf) }).toEqual({ file: fileOf(cert), root: [expect.any(String)] });
    }
  });
});
