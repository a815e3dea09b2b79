/**
 * What the signature check found, stored with each upload (seps_documents.signature_check) and
 * shown to the reviewer and the applicant. Plain JSON: no Dates, no Buffers.
 */
export type CheckStatus = "ok" | "advertencia" | "error" | "no_verificado";

export type SignatureCheck = {
  id: "estructura" | "integridad" | "firma" | "sello" | "cadena" | "vigencia" | "revocacion" | "cobertura" | "firmante" | "documento";
  status: CheckStatus;
  message: string;
};

export type SignatureReport = {
  /** A signature, or a document timestamp (RFC 3161) a PAdES-LTA tool added; absent = signature. */
  kind?: "firma" | "sello_tiempo";
  signerName: string | null;
  cedula: string | null;
  ruc: string | null;
  /** The issuing CA's name (its certificate's CN or O). */
  ca: string | null;
  /** ISO time the signer declared (CMS signingTime), or null. */
  signingTime: string | null;
  coversWholeFile: boolean;
  isExpectedSigner: boolean;
  status: "valida" | "advertencias" | "invalida";
  checks: SignatureCheck[];
};

export type SignatureVerdictStatus = "valida" | "advertencias" | "invalida" | "sin_firma";

export type SignatureVerdict = {
  version: 1;
  status: SignatureVerdictStatus;
  /** One sentence in Spanish: the verdict and, when refused, why. */
  summary: string;
  signatures: SignatureReport[];
  /** Document-level checks: same document as generated, the expected signer. */
  checks: SignatureCheck[];
  checkedAt: string;
};

export const VERDICT_LABEL: Record<SignatureVerdictStatus, string> = {
  valida: "Firma electrónica válida",
  advertencias: "Firma electrónica válida con advertencias",
  invalida: "Firma electrónica no válida",
  sin_firma: "Sin firma electrónica: verifique la firma manuscrita",
};
