import { formatDateTime as dateEs } from "@/lib/format/dates";
import { verify as verifySignature, type X509Certificate } from "node:crypto";
import forge from "node-forge";

/**
 * Revocation behind one interface. These servers cannot reach the CAs' CRL and OCSP endpoints, so
 * the default says so ("no verificada") instead of pretending; SIGNATURE_REVOCATION names the
 * checkers to use where they are reachable: "crl" fetches the CRL named in the certificate (bounded:
 * time, size, cached until its nextUpdate), "ocsp" asks its OCSP responder (lib/signatures/ocsp.ts).
 */
export type RevocationResult = { status: "vigente" | "revocado" | "desconocido"; message: string };

export type RevocationInput = {
  certificate: X509Certificate;
  /** The certificate's serial number, hex, no leading zeros. */
  serialHex: string;
  /** http(s) URLs of its CRL distribution points. */
  crlUrls: string[];
  issuer: X509Certificate | null;
  at: Date;
  now: Date;
};

export interface RevocationChecker {
  check(input: RevocationInput): Promise<RevocationResult>;
}

const UNVERIFIED = "Revocación no verificada: este servidor no tiene acceso a las listas de revocación (CRL/OCSP) de la entidad certificadora.";

export const offlineRevocation: RevocationChecker = {
  async check() {
    return { status: "desconocido", message: UNVERIFIED };
  },
};

const { asn1 } = forge;
type Node = forge.asn1.Asn1;
const children = (node: Node | undefined): Node[] => (node && Array.isArray(node.value) ? (node.value as Node[]) : []);
const PARSE = { strict: false, parseAllBytes: false, decodeBitStrings: false } as unknown as boolean;

/** The URI GeneralNames ([6]) anywhere in a cRLDistributionPoints extension value. */
export function crlDistributionUrls(extension: Buffer | undefined): string[] {
  if (!extension) return [];
  const urls: string[] = [];
  const walk = (node: Node, depth: number) => {
    if (depth > 8 || urls.length > 4) return;
    if (node.tagClass === asn1.Class.CONTEXT_SPECIFIC && node.type === 6 && typeof node.value === "string") {
      if (/^https?:\/\/[\x21-\x7e]+$/.test(node.value)) urls.push(node.value);
      return;
    }
    for (const child of children(node)) walk(child, depth + 1);
  };
  try {
    walk(asn1.fromDer(forge.util.createBuffer(extension.toString("binary")), PARSE), 0);
  } catch {
    return [];
  }
  return urls;
}

const SIGNATURE_DIGESTS: Record<string, string> = {
  "1.2.840.113549.1.1.5": "sha1",
  "1.2.840.113549.1.1.11": "sha256",
  "1.2.840.113549.1.1.12": "sha384",
  "1.2.840.113549.1.1.13": "sha512",
  "1.2.840.10045.4.3.2": "sha256",
  "1.2.840.10045.4.3.3": "sha384",
};

type ParsedCrl = { thisUpdate: Date; nextUpdate: Date | null; revoked: Map<string, Date> };

function asTime(node: Node | undefined): Date | null {
  if (!node || typeof node.value !== "string") return null;
  if (node.type === asn1.Type.UTCTIME) return asn1.utcTimeToDate(node.value);
  if (node.type === asn1.Type.GENERALIZEDTIME) return asn1.generalizedTimeToDate(node.value);
  return null;
}

/** A CRL (DER) whose signature the issuer's key verifies, or null. */
export function parseCrl(der: Buffer, issuer: X509Certificate): ParsedCrl | null {
  try {
    const root = asn1.fromDer(forge.util.createBuffer(der.toString("binary")), PARSE);
    const [tbs, algorithm, signature] = children(root);
    if (!tbs || !algorithm || !signature || typeof signature.value !== "string") return null;
    const digest = SIGNATURE_DIGESTS[asn1.derToOid(children(algorithm)[0]!.value as string)];
    if (!digest) return null;
    const tbsDer = Buffer.from(asn1.toDer(tbs).getBytes(), "binary");
    // BIT STRING: the first byte counts unused bits.
    const value = Buffer.from(signature.value, "binary").subarray(1);
    if (!verifySignature(digest, tbsDer, issuer.publicKey, value)) return null;
    const fields = children(tbs);
    let i = fields[0]?.type === asn1.Type.INTEGER ? 1 : 0;
    i += 2; // signature algorithm, issuer
    const thisUpdate = asTime(fields[i++]);
    let nextUpdate: Date | null = null;
    if (fields[i] && (fields[i]!.type === asn1.Type.UTCTIME || fields[i]!.type === asn1.Type.GENERALIZEDTIME)) nextUpdate = asTime(fields[i++]);
    const revoked = new Map<string, Date>();
    const list = fields[i];
    if (list && list.tagClass === asn1.Class.UNIVERSAL && list.type === asn1.Type.SEQUENCE) {
      for (const entry of children(list)) {
        const [serial, date] = children(entry);
        if (!serial || typeof serial.value !== "string") continue;
        revoked.set(Buffer.from(serial.value, "binary").toString("hex").replace(/^(00)+(?=.)/, ""), asTime(date) ?? new Date(0));
      }
    }
    return thisUpdate ? { thisUpdate, nextUpdate, revoked } : null;
  } catch {
    return null;
  }
}


/** Fetches the CRL each certificate names, checks its signature, and looks the serial up. */
export function crlRevocation(options: { fetch?: typeof fetch; timeoutMs?: number; maxBytes?: number } = {}): RevocationChecker {
  const fetchCrl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 3_000;
  const maxBytes = options.maxBytes ?? 8 * 1024 * 1024;
  const cache = new Map<string, ParsedCrl>();
  return {
    async check({ serialHex, crlUrls, issuer, now }) {
      if (!issuer || crlUrls.length === 0) return { status: "desconocido", message: "Revocación no verificada: el certificado no indica una lista de revocación (CRL)." };
      for (const url of crlUrls) {
        let crl = cache.get(url);
        if (!crl || (crl.nextUpdate && crl.nextUpdate < now)) {
          try {
            const response = await fetchCrl(url, { signal: AbortSignal.timeout(timeoutMs), redirect: "error" });
            const length = Number(response.headers.get("content-length") ?? 0);
            if (!response.ok || length > maxBytes) continue;
            const body = Buffer.from(await response.arrayBuffer());
            if (body.length > maxBytes) continue;
            const parsed = parseCrl(body, issuer);
            if (!parsed) continue;
            crl = parsed;
            if (cache.size > 50) cache.clear();
            cache.set(url, crl);
          } catch {
            continue;
          }
        }
        if (crl.nextUpdate && crl.nextUpdate < now) continue;
        const revokedAt = crl.revoked.get(serialHex);
        if (revokedAt) return { status: "revocado", message: `El certificado fue revocado el ${dateEs(revokedAt)} (lista de revocación de la entidad certificadora).` };
        return { status: "vigente", message: `El certificado no consta como revocado en la lista de revocación de la entidad certificadora (emitida el ${dateEs(crl.thisUpdate)}).` };
      }
      return { status: "desconocido", message: UNVERIFIED };
    },
  };
}

/** OCSP's code (pkijs) is loaded the first time a deployment that enabled it checks a certificate. */
function lazyOcspRevocation(): RevocationChecker {
  let checker: Promise<RevocationChecker> | undefined;
  return {
    async check(input) {
      checker ??= import("./ocsp").then((m) => m.ocspRevocation());
      return (await checker).check(input);
    },
  };
}

/** Asks each checker in turn; the first that knows (vigente or revocado) answers. */
export function chainedRevocation(checkers: readonly RevocationChecker[]): RevocationChecker {
  if (checkers.length === 0) return offlineRevocation;
  return {
    async check(input) {
      let unknown: RevocationResult = { status: "desconocido", message: UNVERIFIED };
      for (const checker of checkers) {
        const result = await checker.check(input);
        if (result.status !== "desconocido") return result;
        unknown = result;
      }
      return checkers.length > 1 ? { status: "desconocido", message: UNVERIFIED } : unknown;
    },
  };
}

export type RevocationMethod = "crl" | "ocsp";

/** SIGNATURE_REVOCATION: "crl", "ocsp", or both in the order to ask ("ocsp,crl"); "no" or empty: none. */
export function revocationMethods(value: string | undefined): RevocationMethod[] {
  const methods = (value ?? "").split(",").map((m) => m.trim().toLowerCase());
  return [...new Set(methods.filter((m): m is RevocationMethod => m === "crl" || m === "ocsp"))];
}

/** The checkers SIGNATURE_REVOCATION names, where the CAs' servers are reachable; otherwise "no verificada". */
export function configuredRevocation(): RevocationChecker {
  const key = revocationMethods(process.env.SIGNATURE_REVOCATION).join(",");
  if (shared?.key !== key) {
    const checkers = revocationMethods(key).map((method) => (method === "crl" ? crlRevocation() : lazyOcspRevocation()));
    shared = { key, checker: chainedRevocation(checkers) };
  }
  return shared.checker;
}
let shared: { key: string; checker: RevocationChecker } | undefined;
