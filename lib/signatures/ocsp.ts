import { formatDateTime as dateEs } from "@/lib/format/dates";
import { randomBytes, type X509Certificate } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import type { RevocationChecker, RevocationResult } from "./revocation";

/**
 * Revocation by OCSP (RFC 6960), with pkijs: the request for the signer certificate (CertID with
 * SHA-1, as every responder answers it, and a nonce), POSTed to the responder its certificate names
 * (authorityInfoAccess, id-ad-ocsp); the answer counts only when its signature is the issuing CA's or
 * a responder the CA authorized (id-kp-OCSPSigning), it is about this certificate, is current and
 * echoes our nonce if it echoes one. Anything else is "revocación no verificada", never a pass.
 */
const ID_AD_OCSP = "1.3.6.1.5.5.7.48.1";
const ID_PKIX_OCSP_BASIC = "1.3.6.1.5.5.7.48.1.1";
const ID_PKIX_OCSP_NONCE = "1.3.6.1.5.5.7.48.1.2";
/** A response dated this far ahead of our clock is not believed (responders' clocks drift). */
const CLOCK_SKEW_MS = 10 * 60 * 1000;
/** Without a nextUpdate, a good answer is reused this long. */
const DEFAULT_FRESH_MS = 10 * 60 * 1000;

const UNVERIFIED = "Revocación no verificada: no se obtuvo una respuesta OCSP válida de la entidad certificadora.";

const toPkijs = (certificate: X509Certificate) => pkijs.Certificate.fromBER(new Uint8Array(certificate.raw));

/** The http(s) OCSP responder URLs a certificate names in its authorityInfoAccess extension. */
export function ocspUrls(certificate: X509Certificate): string[] {
  try {
    const aia = toPkijs(certificate).extensions?.find((e) => e.extnID === pkijs.id_AuthorityInfoAccess);
    const access = aia?.parsedValue instanceof pkijs.InfoAccess ? aia.parsedValue.accessDescriptions : [];
    return access
      .filter((d) => d.accessMethod === ID_AD_OCSP && d.accessLocation.type === 6 && typeof d.accessLocation.value === "string")
      .map((d) => d.accessLocation.value as string)
      .filter((url) => /^https?:\/\/[\x21-\x7e]+$/.test(url))
      .slice(0, 4);
  } catch {
    return [];
  }
}

/** The OCSP request for one certificate (DER), with the nonce it carries. */
export async function ocspRequest(certificate: X509Certificate, issuer: X509Certificate): Promise<{ der: Uint8Array<ArrayBuffer>; nonce: Uint8Array }> {
  const request = new pkijs.OCSPRequest();
  await request.createForCertificate(toPkijs(certificate), { hashAlgorithm: "SHA-1", issuerCertificate: toPkijs(issuer) });
  const nonce = new Uint8Array(randomBytes(16));
  request.tbsRequest.requestExtensions = [new pkijs.Extension({ extnID: ID_PKIX_OCSP_NONCE, extnValue: new asn1js.OctetString({ valueHex: nonce }).toBER() })];
  return { der: new Uint8Array(request.toSchema(true).toBER()), nonce };
}

type Answer = { status: "vigente" | "revocado" | "desconocido"; revokedAt?: Date; thisUpdate: Date; freshUntil: Date } | { status: "invalida" };

/** Reads and checks a responder's answer about `certificate`; "invalida" when it cannot be believed. */
export async function readOcspResponse(der: Uint8Array, certificate: X509Certificate, issuer: X509Certificate, nonce: Uint8Array | null, now: Date): Promise<Answer> {
  try {
    const response = pkijs.OCSPResponse.fromBER(new Uint8Array(der));
    if (response.responseStatus.valueBlock.valueDec !== 0 || !response.responseBytes) return { status: "invalida" };
    if (response.responseBytes.responseType !== ID_PKIX_OCSP_BASIC) return { status: "invalida" };
    const basic = pkijs.BasicOCSPResponse.fromBER(new Uint8Array(response.responseBytes.response.valueBlock.valueHexView));
    const issuerCert = toPkijs(issuer);
    // A CA answering for itself often attaches no certificate; pkijs looks for the signer among them.
    basic.certs = [...(basic.certs ?? []), issuerCert];
    if (!(await basic.verify({ trustedCerts: [issuerCert] }))) return { status: "invalida" };

    const echoed = basic.tbsResponseData.responseExtensions?.find((e) => e.extnID === ID_PKIX_OCSP_NONCE);
    if (echoed && nonce) {
      const value = asn1js.fromBER(echoed.extnValue.valueBlock.valueHexView).result;
      const bytes = value instanceof asn1js.OctetString ? value.valueBlock.valueHexView : echoed.extnValue.valueBlock.valueHexView;
      if (Buffer.compare(Buffer.from(bytes), Buffer.from(nonce)) !== 0) return { status: "invalida" };
    }

    const status = await basic.getCertificateStatus(toPkijs(certificate), issuerCert);
    if (!status.isForCertificate) return { status: "invalida" };
    const target = new pkijs.CertID();
    await target.createForCertificate(toPkijs(certificate), { hashAlgorithm: "SHA-1", issuerCertificate: issuerCert });
    const single =
      basic.tbsResponseData.responses.find((r) => r.certID.isEqual(target)) ??
      // The responder may have used another hash for the CertID: getCertificateStatus matched it.
      basic.tbsResponseData.responses[0]!;
    if (single.thisUpdate.getTime() > now.getTime() + CLOCK_SKEW_MS) return { status: "invalida" };
    if (single.nextUpdate && single.nextUpdate.getTime() < now.getTime()) return { status: "invalida" };
    const freshUntil = single.nextUpdate ?? new Date(now.getTime() + DEFAULT_FRESH_MS);
    if (status.status === 0) return { status: "vigente", thisUpdate: single.thisUpdate, freshUntil };
    if (status.status === 1) {
      const info = single.certStatus as asn1js.Constructed;
      const time = info.valueBlock?.value?.[0];
      const revokedAt = time instanceof asn1js.GeneralizedTime ? time.toDate() : undefined;
      return { status: "revocado", revokedAt, thisUpdate: single.thisUpdate, freshUntil };
    }
    return { status: "desconocido", thisUpdate: single.thisUpdate, freshUntil };
  } catch {
    return { status: "invalida" };
  }
}

/** Asks the OCSP responder each signer certificate names. */
export function ocspRevocation(options: { fetch?: typeof fetch; timeoutMs?: number; maxBytes?: number } = {}): RevocationChecker {
  const post = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 3_000;
  const maxBytes = options.maxBytes ?? 64 * 1024;
  const cache = new Map<string, { result: RevocationResult; until: Date }>();
  return {
    async check({ certificate, issuer, now }) {
      const urls = ocspUrls(certificate);
      if (!issuer || urls.length === 0) return { status: "desconocido", message: "Revocación no verificada: el certificado no indica un servicio OCSP." };
      const key = `${issuer.fingerprint256}/${certificate.serialNumber}`;
      const cached = cache.get(key);
      if (cached && cached.until > now) return cached.result;
      for (const url of urls) {
        try {
          const { der, nonce } = await ocspRequest(certificate, issuer);
          const response = await post(url, {
            method: "POST",
            headers: { "content-type": "application/ocsp-request", accept: "application/ocsp-response" },
            body: der,
            signal: AbortSignal.timeout(timeoutMs),
            redirect: "error",
          });
          if (!response.ok || Number(response.headers.get("content-length") ?? 0) > maxBytes) continue;
          const body = new Uint8Array(await response.arrayBuffer());
          if (body.length > maxBytes) continue;
          const answer = await readOcspResponse(body, certificate, issuer, nonce, now);
          if (answer.status === "invalida") continue;
          if (answer.status === "desconocido") return { status: "desconocido", message: "Revocación no verificada: el servicio OCSP de la entidad certificadora no conoce este certificado." };
          const result: RevocationResult =
            answer.status === "revocado"
              ? { status: "revocado", message: `El certificado fue revocado${answer.revokedAt ? ` el ${dateEs(answer.revokedAt)}` : ""} (respuesta OCSP de la entidad certificadora).` }
              : { status: "vigente", message: `El certificado no está revocado según el servicio OCSP de la entidad certificadora (respuesta del ${dateEs(answer.thisUpdate)}).` };
          if (cache.size > 200) cache.clear();
          cache.set(key, { result, until: answer.freshUntil });
          return result;
        } catch {
          continue;
        }
      }
      return { status: "desconocido", message: UNVERIFIED };
    },
  };
}
