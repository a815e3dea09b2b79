/**
 * CMS SignedData (RFC 5652) as PDF signers write it: node-forge reads the ASN.1, Node's crypto
 * checks digests and signatures (native, and it knows RSA, RSA-PSS and ECDSA keys, which forge's
 * certificate reader does not). Only the first SignerInfo counts: a PDF signature has one signer.
 */
import { createHash, verify as verifySignature, constants, webcrypto, X509Certificate } from "node:crypto";
import forge from "node-forge";

const { asn1 } = forge;
type Node = forge.asn1.Asn1;

const OID = {
  signedData: "1.2.840.113549.1.7.2",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
  rsaEncryption: "1.2.840.113549.1.1.1",
  rsaPss: "1.2.840.113549.1.1.10",
  tstInfo: "1.2.840.113549.1.9.16.1.4",
  signatureTimestamp: "1.2.840.113549.1.9.16.2.14",
} as const;

const DIGESTS: Record<string, string> = {
  "1.3.14.3.2.26": "sha1",
  "2.16.840.1.101.3.4.2.1": "sha256",
  "2.16.840.1.101.3.4.2.2": "sha384",
  "2.16.840.1.101.3.4.2.3": "sha512",
};

/** Signature algorithms that name their own digest. */
const SIGNATURE_DIGESTS: Record<string, string> = {
  "1.2.840.113549.1.1.5": "sha1",
  "1.2.840.113549.1.1.11": "sha256",
  "1.2.840.113549.1.1.12": "sha384",
  "1.2.840.113549.1.1.13": "sha512",
  "1.2.840.10045.4.1": "sha1",
  "1.2.840.10045.4.3.2": "sha256",
  "1.2.840.10045.4.3.3": "sha384",
  "1.2.840.10045.4.3.4": "sha512",
};

export type ParsedCertificate = {
  der: Buffer;
  x509: X509Certificate;
  serialHex: string;
  issuerDer: Buffer;
  /** Extension OID → the extension's value (the bytes inside its OCTET STRING). */
  extensions: Map<string, Buffer>;
};

export type ParsedCms = {
  digestAlgorithm: string | null;
  signatureAlgorithmOid: string;
  signature: Buffer;
  /** The signed attributes re-encoded as the SET the signature covers, or null if none. */
  signedAttributes: Buffer | null;
  messageDigest: Buffer | null;
  signingTime: Date | null;
  certificates: ParsedCertificate[];
  signer: ParsedCertificate | null;
  signerInfoCount: number;
  /** A document timestamp (RFC 3161 token): what it stamps, and when. */
  timestamp: { imprintAlgorithm: string | null; imprint: Buffer; genTime: Date | null; tstInfo: Buffer } | null;
  /** The signature's own timestamp token (unsigned attribute), parsed, or null. */
  signatureTimestamp: ParsedCms | null;
};

export class CmsError extends Error {}

const bytesOf = (node: Node): Buffer => Buffer.from(asn1.toDer(node).getBytes(), "binary");
const isUniversal = (node: Node | undefined, type: number) => !!node && node.tagClass === asn1.Class.UNIVERSAL && node.type === type;
const isContext = (node: Node | undefined, tag: number) => !!node && node.tagClass === asn1.Class.CONTEXT_SPECIFIC && node.type === tag;
const children = (node: Node | undefined): Node[] => (node && Array.isArray(node.value) ? (node.value as Node[]) : []);
const oidOf = (node: Node | undefined): string => {
  if (!isUniversal(node, asn1.Type.OID)) throw new CmsError("OID esperado");
  return asn1.derToOid(node!.value as string);
};

function parseDer(der: Buffer): Node {
  try {
    // The typings know only the old boolean argument; forge reads these options.
    const options = { strict: false, parseAllBytes: false, decodeBitStrings: false } as unknown as boolean;
    return asn1.fromDer(forge.util.createBuffer(der.toString("binary")), options);
  } catch {
    throw new CmsError("La firma no es un CMS legible.");
  }
}

export function parseCertificate(node: Node): ParsedCertificate {
  const der = bytesOf(node);
  const tbs = children(node)[0];
  const fields = children(tbs);
  let i = isContext(fields[0], 0) ? 1 : 0;
  const serial = fields[i++];
  i++; // signature algorithm
  const issuer = fields[i];
  if (!serial || !issuer || !isUniversal(serial, asn1.Type.INTEGER)) throw new CmsError("Certificado ilegible.");
  const extensions = new Map<string, Buffer>();
  const extensionsWrapper = fields.find((f) => isContext(f, 3));
  for (const ext of children(children(extensionsWrapper)[0])) {
    const parts = children(ext);
    const value = parts[parts.length - 1];
    if (parts.length < 2 || !isUniversal(value, asn1.Type.OCTETSTRING)) continue;
    extensions.set(oidOf(parts[0]), Buffer.from(value!.value as string, "binary"));
  }
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(der);
  } catch {
    throw new CmsError("Certificado ilegible.");
  }
  return {
    der,
    x509,
    serialHex: Buffer.from(serial.value as string, "binary").toString("hex").replace(/^(00)+(?=.)/, ""),
    issuerDer: bytesOf(issuer),
    extensions,
  };
}

/** Reads the CMS a PDF signature carries. Throws CmsError (with a Spanish message) if it cannot. */
export function parseCms(der: Buffer, nested = false): ParsedCms {
  const root = parseDer(der);
  const [contentType, wrapped] = children(root);
  if (oidOf(contentType) !== OID.signedData || !isContext(wrapped, 0)) throw new CmsError("La firma no es un CMS SignedData.");
  const signedData = children(children(wrapped)[0]);
  const certificateSet = signedData.find((n) => isContext(n, 0));
  const signerInfos = signedData[signedData.length - 1];
  if (!isUniversal(signerInfos, asn1.Type.SET) || children(signerInfos).length === 0) throw new CmsError("La firma no tiene firmante.");

  const certificates: ParsedCertificate[] = [];
  for (const node of children(certificateSet).slice(0, 20)) {
    // Only X.509 certificates (SEQUENCE); attribute certificates and others are tagged.
    if (isUniversal(node, asn1.Type.SEQUENCE)) certificates.push(parseCertificate(node));
  }

  const info = children(children(signerInfos)[0]);
  let i = 1; // version
  const sid = info[i++];
  const digestAlgorithm = DIGESTS[oidOf(children(info[i++])[0])] ?? null;
  let signedAttributes: Buffer | null = null;
  let messageDigest: Buffer | null = null;
  let signingTime: Date | null = null;
  if (isContext(info[i], 0)) {
    const attrs = info[i++]!;
    signedAttributes = bytesOf(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, children(attrs)));
    for (const attr of children(attrs)) {
      const [type, values] = children(attr);
      const value = children(values)[0];
      const oid = oidOf(type);
      if (oid === OID.messageDigest && isUniversal(value, asn1.Type.OCTETSTRING)) messageDigest = Buffer.from(value!.value as string, "binary");
      if (oid === OID.signingTime && value) {
        if (isUniversal(value, asn1.Type.UTCTIME)) signingTime = asn1.utcTimeToDate(value.value as string);
        else if (isUniversal(value, asn1.Type.GENERALIZEDTIME)) signingTime = asn1.generalizedTimeToDate(value.value as string);
      }
    }
  }
  const signatureAlgorithmOid = oidOf(children(info[i++])[0]);
  const timestamp = readTimestamp(signedData.find((n) => isUniversal(n, asn1.Type.SEQUENCE)));
  const signatureNode = info[i++];
  if (!isUniversal(signatureNode, asn1.Type.OCTETSTRING)) throw new CmsError("La firma no tiene valor de firma.");
  let signatureTimestamp: ParsedCms | null = null;
  if (!nested && isContext(info[i], 1)) {
    for (const attr of children(info[i])) {
      const [type, values] = children(attr);
      const token = children(values)[0];
      // A token that cannot be read is reported by the caller as an unverified timestamp.
      if (token && oidOf(type) === OID.signatureTimestamp) {
        try {
          signatureTimestamp = parseCms(bytesOf(token), true);
        } catch {
          signatureTimestamp = null;
        }
      }
    }
  }

  return {
    digestAlgorithm,
    signatureAlgorithmOid,
    signature: Buffer.from(signatureNode!.value as string, "binary"),
    signedAttributes,
    messageDigest,
    signingTime: signingTime && !Number.isNaN(signingTime.getTime()) ? signingTime : null,
    certificates,
    signer: findSigner(sid, certificates),
    signerInfoCount: children(signerInfos).length,
    timestamp,
    signatureTimestamp,
  };
}

/** encapContentInfo of a timestamp token: TSTInfo { version, policy, messageImprint, serial, genTime … }. */
function readTimestamp(encapsulated: Node | undefined): ParsedCms["timestamp"] {
  const [type, wrapped] = children(encapsulated);
  if (!type || oidOf(type) !== OID.tstInfo) return null;
  const octets = children(wrapped)[0];
  if (!octets || typeof octets.value !== "string") throw new CmsError("Sello de tiempo sin contenido.");
  const tstInfo = Buffer.from(octets.value, "binary");
  const fields = children(parseDer(tstInfo));
  const [algorithm, hashed] = children(fields[2]);
  if (!algorithm || !hashed || typeof hashed.value !== "string") throw new CmsError("Sello de tiempo ilegible.");
  const time = fields[4];
  const genTime = time && typeof time.value === "string" && time.type === asn1.Type.GENERALIZEDTIME ? asn1.generalizedTimeToDate(time.value) : null;
  return { imprintAlgorithm: DIGESTS[oidOf(children(algorithm)[0])] ?? null, imprint: Buffer.from(hashed.value, "binary"), genTime, tstInfo };
}

function findSigner(sid: Node | undefined, certificates: ParsedCertificate[]): ParsedCertificate | null {
  if (isUniversal(sid, asn1.Type.SEQUENCE)) {
    const [issuer, serial] = children(sid);
    if (!issuer || !serial) return null;
    const issuerDer = bytesOf(issuer);
    const serialHex = Buffer.from(serial.value as string, "binary").toString("hex").replace(/^(00)+(?=.)/, "");
    return certificates.find((c) => c.serialHex === serialHex && c.issuerDer.equals(issuerDer)) ?? null;
  }
  if (isContext(sid, 0)) {
    // SubjectKeyIdentifier: compare with each certificate's extension 2.5.29.14 (an OCTET STRING).
    const ski = Buffer.from(typeof sid!.value === "string" ? sid!.value : asn1.toDer(children(sid)[0]!).getBytes(), "binary");
    return (
      certificates.find((c) => {
        const ext = c.extensions.get("2.5.29.14");
        return ext ? ext.subarray(2).equals(ski) || ext.equals(ski) : false;
      }) ?? null
    );
  }
  return null;
}

const WEBCRYPTO_NAMES: Record<string, string> = { sha1: "SHA-1", sha256: "SHA-256", sha384: "SHA-384", sha512: "SHA-512" };

/**
 * SHA-x of the signed byte ranges, with the CMS's digest algorithm. Hashed by WebCrypto on the
 * thread pool: a 10 MB upload signed several times never holds the event loop while it is hashed.
 */
export async function digestRanges(algorithm: string, ranges: readonly Buffer[]): Promise<Buffer> {
  const name = WEBCRYPTO_NAMES[algorithm];
  if (!name) {
    const hash = createHash(algorithm);
    for (const range of ranges) hash.update(range);
    return hash.digest();
  }
  return Buffer.from(await webcrypto.subtle.digest(name, Buffer.concat(ranges as Buffer[])));
}

/** Does the signature value match the signer's public key over the signed attributes (or the data)? */
export function verifyCmsSignature(cms: ParsedCms, signedContent: Buffer | readonly Buffer[]): boolean {
  if (!cms.signer) return false;
  const digest = SIGNATURE_DIGESTS[cms.signatureAlgorithmOid] ?? cms.digestAlgorithm;
  if (!digest) return false;
  const data = cms.signedAttributes ?? (Buffer.isBuffer(signedContent) ? signedContent : Buffer.concat(signedContent as Buffer[]));
  const key = cms.signer.x509.publicKey;
  try {
    if (cms.signatureAlgorithmOid === OID.rsaPss) {
      return verifySignature(digest, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }, cms.signature);
    }
    return verifySignature(digest, data, key, cms.signature);
  } catch {
    return false;
  }
}
