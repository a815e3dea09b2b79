import "server-only";
import { formatDateTime as dateEs } from "@/lib/format/dates";
import type { X509Certificate } from "node:crypto";
import { CmsError, digestRanges, parseCms, verifyCmsSignature, type ParsedCms } from "./cms";
import { issuerName, signerIdentity } from "./identity";
import { findPdfSignatures, reviewUpdates, type PdfSignature } from "./pdf";
import { configuredRevocation, crlDistributionUrls, type RevocationChecker } from "./revocation";
import { normalizeText, PDF_TEXT_LIMITS, readPdfTexts, verificationCodes, type DocumentText } from "./text";
import { trustStore, type TrustStore } from "./trust";
import { VERDICT_LABEL, type SignatureCheck, type SignatureReport, type SignatureVerdict } from "./types";

export type ExpectedSigner = {
  cedula: string;
  /** Who that is, in a sentence: "el representante legal de la organización". */
  role: string;
};

export type VerifyInput = {
  bytes: Uint8Array;
  /** The file generated for this document; null if there is none to compare. */
  generated: Uint8Array | null;
  /** The generated file's verification code; read from its text when absent. */
  verificationCode?: string | null;
  expectedSigner: ExpectedSigner | null;
  now: Date;
  trust?: TrustStore;
  revocation?: RevocationChecker;
};

/** A signature declared more than this ahead of the server's clock is not believed. */
const CLOCK_SKEW_MS = 10 * 60 * 1000;
const MAX_CHAIN = 8;

const cnOf = (cert: X509Certificate) => cert.subject.split("\n").find((l) => l.startsWith("CN="))?.slice(3) ?? cert.subject.split("\n").find((l) => l.startsWith("O="))?.slice(2) ?? "desconocida";

/**
 * Verifies every electronic signature of an uploaded PDF the way FirmaEC does, and that the file is
 * the generated document signed by who must sign it. Bounded work (see PDF_SIGNATURE_LIMITS): one
 * pass over the file per signature for its digest, a few public-key operations per certificate.
 */
export async function verifySignedUpload(input: VerifyInput): Promise<SignatureVerdict> {
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  const checkedAt = input.now.toISOString();
  const scan = findPdfSignatures(bytes);
  if (!scan.ok) {
    return { version: 1, status: "invalida", summary: scan.message, signatures: [], checks: [{ id: "estructura", status: "error", message: scan.message }], checkedAt };
  }
  if (scan.signatures.length === 0) {
    return { version: 1, status: "sin_firma", summary: VERDICT_LABEL.sin_firma + ".", signatures: [], checks: [], checkedAt };
  }

  const trust = input.trust ?? trustStore();
  const revocation = input.revocation ?? configuredRevocation();
  const last = scan.signatures[scan.signatures.length - 1]!;
  const signatures: SignatureReport[] = [];
  for (const signature of scan.signatures) {
    // Each signature's public-key work is short; between them, other requests get their turn.
    if (signatures.length > 0) await new Promise((resolve) => setImmediate(resolve));
    signatures.push(await verifyOne(signature, { isLast: signature === last, trust, revocation, now: input.now, expected: input.expectedSigner }));
  }

  // Reading a rewritten file's text is the costly path: only for signatures that hold (a trusted CA's).
  const signaturesHold = signatures.every((s) => s.status !== "invalida");
  const checks: SignatureCheck[] = [await sameDocumentCheck(bytes, input.generated, scan.signatures, input.verificationCode ?? null, signaturesHold)];
  if (input.expectedSigner) checks.push(expectedSignerCheck(signatures, input.expectedSigner));

  const all = [...checks, ...signatures.flatMap((s) => s.checks)];
  const firstError = checks.find((c) => c.status === "error") ?? all.find((c) => c.status === "error");
  const status = firstError ? "invalida" : all.some((c) => c.status === "advertencia") ? "advertencias" : "valida";
  let summary: string;
  if (firstError) summary = firstError.message;
  else {
    const who = signatures.find((s) => s.isExpectedSigner) ?? signatures[0]!;
    const unverified = all.some((c) => c.id === "revocacion" && c.status === "no_verificado");
    const warning = status === "advertencias" ? ` ${all.find((c) => c.status === "advertencia")!.message}` : "";
    summary = `Firmada por ${who.signerName ?? "el titular del certificado"}${who.cedula ? ` (cédula ${who.cedula})` : ""}${unverified ? " · revocación no verificada" : ""}.${warning}`;
  }
  return { version: 1, status, summary, signatures, checks, checkedAt };
}

type OneContext = { isLast: boolean; trust: TrustStore; revocation: RevocationChecker; now: Date; expected: ExpectedSigner | null };

async function verifyOne(signature: PdfSignature, ctx: OneContext): Promise<SignatureReport> {
  const checks: SignatureCheck[] = [];
  /** The time a verified signature timestamp certifies. */
  let certified: Date | null = null;
  const report = (cms: ParsedCms | null): SignatureReport => {
    const identity = cms?.signer ? signerIdentity(cms.signer) : null;
    const status = checks.some((c) => c.status === "error") ? "invalida" : checks.some((c) => c.status === "advertencia") ? "advertencias" : "valida";
    return {
      kind: cms?.timestamp ? "sello_tiempo" : "firma",
      signerName: identity?.name ?? null,
      cedula: identity?.cedula ?? null,
      ruc: identity?.ruc ?? null,
      ca: cms?.signer ? issuerName(cms.signer) : null,
      signingTime: (certified ?? cms?.timestamp?.genTime ?? cms?.signingTime)?.toISOString() ?? null,
      coversWholeFile: signature.coversWholeFile,
      isExpectedSigner: !cms?.timestamp && !!ctx.expected && !!identity?.cedula && identity.cedula === ctx.expected.cedula,
      status,
      checks,
    };
  };

  let cms: ParsedCms;
  try {
    cms = parseCms(signature.contents);
  } catch (error) {
    const detail = error instanceof CmsError ? error.message : "La firma no se puede leer.";
    checks.push({ id: "estructura", status: "error", message: `La firma está dañada: ${detail}` });
    return report(null);
  }

  // Integrity: the digest the signer signed is the digest of the bytes the ByteRange names (for a
  // document timestamp, the signed digest is of the token's TSTInfo, whose imprint is of the bytes).
  const stamp = cms.timestamp;
  if (stamp) {
    const imprintOk = !!stamp.imprintAlgorithm && (await digestRanges(stamp.imprintAlgorithm, signature.signedRanges)).equals(stamp.imprint);
    const tokenOk = !!cms.digestAlgorithm && !!cms.messageDigest && (await digestRanges(cms.digestAlgorithm, [stamp.tstInfo])).equals(cms.messageDigest);
    checks.push(
      imprintOk && tokenOk
        ? { id: "integridad", status: "ok", message: `Sello de tiempo del documento${stamp.genTime ? ` del ${dateEs(stamp.genTime)}` : ""}: el contenido no cambió desde entonces.` }
        : { id: "integridad", status: "error", message: "El documento fue modificado después del sello de tiempo, o el sello está dañado." },
    );
  } else if (!cms.digestAlgorithm) {
    checks.push({ id: "integridad", status: "error", message: "La firma usa un algoritmo de resumen no admitido." });
  } else if (cms.signedAttributes) {
    const actual = await digestRanges(cms.digestAlgorithm, signature.signedRanges);
    checks.push(
      cms.messageDigest?.equals(actual)
        ? { id: "integridad", status: cms.digestAlgorithm === "sha1" ? "advertencia" : "ok", message: cms.digestAlgorithm === "sha1" ? "El contenido no cambió desde la firma, pero el resumen usa SHA-1, un algoritmo débil." : "El contenido firmado no cambió desde la firma." }
        : { id: "integridad", status: "error", message: "El documento fue modificado después de firmarlo: el resumen firmado no coincide con el contenido." },
    );
  }

  if (!cms.signer) {
    checks.push({ id: "firma", status: "error", message: "La firma no incluye el certificado del firmante." });
    return report(cms);
  }
  const signatureOk = verifyCmsSignature(cms, signature.signedRanges);
  checks.push(
    signatureOk
      ? { id: "firma", status: "ok", message: "La firma corresponde al certificado del firmante." }
      : { id: "firma", status: "error", message: cms.signedAttributes ? "La firma no corresponde al certificado del firmante." : "El documento fue modificado después de firmarlo, o la firma no corresponde al certificado del firmante." },
  );

  // Chain to a trusted Ecuadorian CA.
  const chain = buildChain(cms.signer.x509, cms.certificates.map((c) => c.x509), ctx.trust);
  const caName = chain.path.length > 1 ? cnOf(chain.path[1]!) : (issuerName(cms.signer) ?? "desconocida");
  checks.push(
    chain.trusted
      ? { id: "cadena", status: "ok", message: `Certificado emitido por ${caName}, entidad de certificación reconocida.` }
      : { id: "cadena", status: "error", message: `El certificado no fue emitido por una entidad de certificación reconocida en Ecuador (emisor: ${issuerName(cms.signer) ?? "desconocido"}).` },
  );

  // The signature's own timestamp, if any, certifies when it existed: a trusted TSA's time replaces
  // the one the signer declares.
  const token = cms.signatureTimestamp;
  if (token?.timestamp) {
    const stamp = token.timestamp;
    const imprintOk = !!stamp.imprintAlgorithm && (await digestRanges(stamp.imprintAlgorithm, [cms.signature])).equals(stamp.imprint);
    const tokenOk = !!token.digestAlgorithm && !!token.messageDigest && (await digestRanges(token.digestAlgorithm, [stamp.tstInfo])).equals(token.messageDigest);
    const tsa = token.signer;
    const tsaChain = tsa ? buildChain(tsa.x509, [...token.certificates, ...cms.certificates].map((c) => c.x509), ctx.trust) : null;
    const at = stamp.genTime;
    const tsaValid = !!tsaChain && !!at && tsaChain.path.every((c) => new Date(c.validFrom) <= at && new Date(c.validTo) >= at);
    if (imprintOk && tokenOk && verifyCmsSignature(token, []) && tsaChain?.trusted && tsaValid) {
      certified = at;
      checks.push({ id: "sello", status: "ok", message: `Hora de firma certificada por el sello de tiempo de ${cnOf(tsa!.x509)}: ${dateEs(at!)}.` });
    } else {
      checks.push({ id: "sello", status: "advertencia", message: "La firma trae un sello de tiempo que no se pudo verificar; se usó la fecha que declara el firmante." });
    }
  } else if (cms.signatureTimestamp === null && !cms.timestamp && signature.contents.includes(Buffer.from("2a864886f70d010910020e", "hex"))) {
    checks.push({ id: "sello", status: "advertencia", message: "La firma trae un sello de tiempo ilegible; se usó la fecha que declara el firmante." });
  }

  // Validity at the signing time: certified by a timestamp, else as declared (a document timestamp's own time).
  const declared = certified ?? cms.timestamp?.genTime ?? cms.signingTime;
  if (declared && declared.getTime() > ctx.now.getTime() + CLOCK_SKEW_MS) {
    checks.push({ id: "vigencia", status: "error", message: `La fecha de firma declarada (${dateEs(declared)}) es posterior a la fecha actual.` });
  } else {
    const at = declared ?? ctx.now;
    const expiredAt = chain.path.find((c) => new Date(c.validFrom) > at || new Date(c.validTo) < at);
    if (expiredAt) {
      const leaf = expiredAt === cms.signer.x509;
      checks.push({
        id: "vigencia",
        status: "error",
        message: `${leaf ? "El certificado del firmante" : `El certificado de la entidad ${cnOf(expiredAt)}`} no estaba vigente al firmar (${dateEs(at)}; vigente del ${dateEs(new Date(expiredAt.validFrom))} al ${dateEs(new Date(expiredAt.validTo))}).`,
      });
    } else if (!declared) {
      checks.push({ id: "vigencia", status: "advertencia", message: `La firma no declara su fecha; el certificado está vigente a la fecha de verificación (${dateEs(at)}).` });
    } else {
      checks.push({ id: "vigencia", status: "ok", message: `El certificado estaba vigente al firmar (${dateEs(at)}).` });
    }
  }

  if (chain.trusted) {
    const result = await ctx.revocation.check({
      certificate: cms.signer.x509,
      serialHex: cms.signer.serialHex,
      crlUrls: crlDistributionUrls(cms.signer.extensions.get("2.5.29.31")),
      issuer: chain.path[1] ?? null,
      at: declared ?? ctx.now,
      now: ctx.now,
    });
    checks.push({
      id: "revocacion",
      status: result.status === "vigente" ? "ok" : result.status === "revocado" ? "error" : "no_verificado",
      message: result.message,
    });
  }

  checks.push(
    signature.coversWholeFile
      ? { id: "cobertura", status: "ok", message: "La firma cubre todo el archivo." }
      : ctx.isLast
        ? { id: "cobertura", status: "error", message: "El archivo fue modificado después de la última firma: tiene contenido que ninguna firma cubre." }
        : { id: "cobertura", status: "ok", message: "La firma cubre su versión del archivo; después se añadió otra firma." },
  );
  if (cms.signerInfoCount > 1) checks.push({ id: "estructura", status: "advertencia", message: "La firma tiene varios firmantes; solo se verificó el primero." });
  return report(cms);
}

function buildChain(leaf: X509Certificate, pool: X509Certificate[], trust: TrustStore): { path: X509Certificate[]; trusted: boolean } {
  const trusted = new Set(trust.certificates.map((c) => c.fingerprint256));
  const path = [leaf];
  let current = leaf;
  for (let depth = 0; depth < MAX_CHAIN; depth++) {
    if (trusted.has(current.fingerprint256)) return { path, trusted: true };
    const issuedBy = (candidate: X509Certificate) => {
      if (candidate.fingerprint256 === current.fingerprint256) return false;
      try {
        return current.checkIssued(candidate) && current.verify(candidate.publicKey);
      } catch {
        return false;
      }
    };
    const anchor = trust.certificates.find(issuedBy);
    if (anchor) {
      if (!anchor.ca) return { path, trusted: false };
      path.push(anchor);
      return { path, trusted: true };
    }
    const next = pool.find(issuedBy);
    if (!next || !next.ca || path.includes(next)) return { path, trusted: false };
    path.push(next);
    current = next;
  }
  return { path, trusted: false };
}

const SIGN_UNCHANGED = "Descargue el documento generado, fírmelo sin modificarlo y súbalo otra vez.";

async function sameDocumentCheck(bytes: Buffer, generated: Uint8Array | null, signatures: readonly PdfSignature[], code: string | null, signaturesHold: boolean): Promise<SignatureCheck> {
  if (!generated) return { id: "documento", status: "no_verificado", message: "No hay documento generado con el cual comparar." };
  const original = Buffer.from(generated.buffer, generated.byteOffset, generated.byteLength);
  const first = signatures[0]!;
  const last = signatures[signatures.length - 1]!;
  // Incremental update: the generated bytes are the file's first revision, and the first
  // signature (with everything after it) was appended.
  if (bytes.length > original.length && first.byteRange[1] >= original.length && bytes.subarray(0, original.length).equals(original)) {
    // …and the updates only add signatures: no object of the generated file changes what it shows.
    const review = reviewUpdates(original, bytes, last.revisionEnd);
    if (!review.ok) return { id: "documento", status: "error", message: `${review.message} ${SIGN_UNCHANGED}` };
    if (review.warning) return { id: "documento", status: "advertencia", message: review.warning };
    return { id: "documento", status: "ok", message: "El archivo firmado es el documento generado: su primera versión coincide byte a byte y las firmas no cambian su contenido." };
  }
  if (!signaturesHold) return { id: "documento", status: "no_verificado", message: "No se comparó con el documento generado: el archivo no es el generado byte a byte y sus firmas no son válidas." };
  return rewrittenDocumentCheck(bytes, original, signatures, code);
}

const UNREADABLE: Record<Exclude<DocumentText, { ok: true }>["reason"], string> = {
  paginas: `El archivo firmado tiene más de ${PDF_TEXT_LIMITS.maxPages} páginas; no se puede comparar con el documento generado.`,
  texto: "El archivo firmado tiene demasiado texto para compararlo con el documento generado.",
  ilegible: "No se pudo leer el texto del archivo firmado para compararlo con el documento generado.",
  tiempo: "Leer el texto del archivo firmado tomó demasiado tiempo; no se pudo comparar con el documento generado.",
};

const sameAnnotations = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();

/**
 * A signing tool that rewrote the file instead of appending to it: its first revision is not the
 * generated bytes. It is the same document when every signed revision prints the generated file's
 * verification code and the same text, page by page (sizes and annotations too), and the updates
 * after the first signature only add signatures. Images and layout are not compared, so it is a
 * warning for the reviewer, never a silent pass.
 */
async function rewrittenDocumentCheck(bytes: Buffer, original: Buffer, signatures: readonly PdfSignature[], code: string | null): Promise<SignatureCheck> {
  const refuse = (message: string): SignatureCheck => ({ id: "documento", status: "error", message: `${message} ${SIGN_UNCHANGED}` });
  const first = signatures[0]!;
  const last = signatures[signatures.length - 1]!;
  if (last !== first) {
    const review = reviewUpdates(bytes.subarray(0, first.revisionEnd), bytes, last.revisionEnd);
    if (!review.ok) return refuse(review.message);
  }
  const ends = [...new Set(signatures.map((s) => s.revisionEnd))];
  const [source, ...revisions] = await readPdfTexts([original, ...ends.map((end) => bytes.subarray(0, end))]);
  if (!source?.ok) return { id: "documento", status: "error", message: "No se pudo leer el documento generado para compararlo con el archivo firmado; intente subirlo otra vez." };
  const expectedCode = code ?? verificationCodes(source.pages)[0] ?? null;
  for (const revision of revisions) {
    if (!revision.ok) return refuse(UNREADABLE[revision.reason]);
    if (expectedCode) {
      const codes = verificationCodes(revision.pages);
      if (codes.length === 0) return refuse(`El archivo firmado no es el documento generado para esta solicitud: no tiene su código de verificación (${expectedCode}).`);
      if (codes.some((c) => c !== expectedCode)) return refuse(`El archivo firmado es otro documento: su código de verificación es ${codes.join(", ")}, no ${expectedCode}.`);
    }
    if (revision.pages.length !== source.pages.length) {
      return refuse(`El archivo firmado no es el documento generado para esta solicitud: tiene ${revision.pages.length} páginas y el generado ${source.pages.length}.`);
    }
    for (const [i, page] of revision.pages.entries()) {
      const expected = source.pages[i]!;
      if (Math.abs(page.width - expected.width) > 1 || Math.abs(page.height - expected.height) > 1 || normalizeText(page.text) !== normalizeText(expected.text)) {
        return refuse(`El archivo firmado no es el documento generado para esta solicitud: el texto de la página ${i + 1} no coincide.`);
      }
      if (!sameAnnotations(page.annotations, expected.annotations)) return refuse(`El archivo firmado añade anotaciones sobre la página ${i + 1} del documento generado.`);
    }
  }
  return {
    id: "documento",
    status: "advertencia",
    message: `El firmador reescribió el archivo (no coincide byte a byte con el documento generado), pero ${expectedCode ? `su código de verificación (${expectedCode}) y ` : ""}su texto coinciden página por página con el documento generado. Las imágenes y el diseño no se comparan: revise que se vea igual al generado.`,
  };
}

function expectedSignerCheck(signatures: SignatureReport[], expected: ExpectedSigner): SignatureCheck {
  const match = signatures.find((s) => s.isExpectedSigner);
  if (match) return { id: "firmante", status: "ok", message: `Firmado por ${match.signerName ?? "el titular"} (cédula ${match.cedula}), ${expected.role}.` };
  const others = signatures.filter((s) => s.cedula).map((s) => `${s.signerName ?? "sin nombre"} (cédula ${s.cedula})`);
  return {
    id: "firmante",
    status: "error",
    message: `Este documento debe firmarlo ${expected.role} (cédula ${expected.cedula}), pero ${others.length ? `está firmado por ${others.join(", ")}` : "no se pudo leer la cédula del firmante"}.`,
  };
}
