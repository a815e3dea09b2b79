import "server-only";
import { and, eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/lib/db";
import { sepsDocuments, sepsRequests, type SepsDocument } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { renderSepsDocument, type SepsDocumentKind, type SepsPdfData } from "@/lib/pdf/render";
import { newSecurityCode, normalizeSecurityCode, sha256Hex } from "@/lib/security/tokens";

export type { SepsDocumentKind } from "@/lib/pdf/render";

export const DOCUMENT_KINDS: readonly SepsDocumentKind[] = ["solicitud", "acuerdo_confidencialidad", "consentimiento_datos"];

export const DOCUMENT_TITLES: Record<SepsDocumentKind, string> = {
  solicitud: "Solicitud de usuario y clave",
  acuerdo_confidencialidad: "Acuerdo de Confidencialidad",
  consentimiento_datos: "Consentimiento informado de tratamiento de datos personales",
};

/** Who signs each document (seed 000, paso 3). */
export const DOCUMENT_SIGNER: Record<SepsDocumentKind, string> = {
  solicitud: "el representante legal de la organización registrado en la SEPS",
  acuerdo_confidencialidad: "la persona que hará uso de la clave",
  consentimiento_datos: "la persona que hará uso de la clave",
};

export function isDocumentKind(value: unknown): value is SepsDocumentKind {
  return typeof value === "string" && (DOCUMENT_KINDS as readonly string[]).includes(value);
}

// ------------------------------------------------------------------ verification codes

/** 12 Crockford base32 characters (60 bits), shown as XXXX-XXXX-XXXX. */
export function newVerificationCode(): string {
  return newSecurityCode(12).replace(/(.{4})(?=.)/g, "$1-");
}

/** What someone typed (any case, spaces, O for 0…) → the stored form, or null if it cannot be one. */
export function normalizeVerificationCode(raw: string): string | null {
  const compact = normalizeSecurityCode(raw);
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(compact)) return null;
  return compact.replace(/(.{4})(?=.)/g, "$1-");
}

export function verificationUrl(code: string): string {
  return new URL(`/seps/verificar/${code}`, getEnv().APP_URL).toString();
}

export type GeneratedDocument = {
  kind: SepsDocumentKind;
  fileName: string;
  content: Buffer;
  sha256: string;
  sizeBytes: number;
  verificationCode: string;
};

export function documentFileName(kind: SepsDocumentKind, number: string, origin: "generado" | "firmado" = "generado"): string {
  const base = { solicitud: "solicitud-usuario-clave", acuerdo_confidencialidad: "acuerdo-confidencialidad", consentimiento_datos: "consentimiento-datos-personales" }[kind];
  return `${number}-${base}${origin === "firmado" ? "-firmado" : ""}.pdf`;
}

/**
 * The three PDFs of a request, each with its own verification code printed on every page. The
 * three are queued together: one after another, each would wait behind every other request's
 * documents in the render queue, and under load no request would finish.
 */
export async function generateRequestDocuments(data: SepsPdfData): Promise<GeneratedDocument[]> {
  return Promise.all(
    DOCUMENT_KINDS.map(async (kind) => {
      const verificationCode = newVerificationCode();
      const content = await renderSepsDocument(kind, data, {
        number: data.number,
        issuedAt: data.issuedAt,
        verificationCode,
        verifyUrl: verificationUrl(verificationCode),
      });
      return { kind, fileName: documentFileName(kind, data.number), content, sha256: sha256Hex(content), sizeBytes: content.length, verificationCode };
    }),
  );
}

// ------------------------------------------------------------------ uploads

// A signed copy is checked like every uploaded PDF (lib/security/pdf-upload.ts); never rewritten:
// the bytes are stored as they came.
export { checkPdfUpload, type PdfCheck } from "@/lib/security/pdf-upload";

// ------------------------------------------------------------------ verification page

export type DocumentVerification = {
  kind: SepsDocumentKind;
  title: string;
  issuedAt: Date;
  requestNumber: string;
  requestStatus: (typeof sepsRequests.$inferSelect)["status"];
};

/** /seps/verificar/CODE: was a document with this code issued, and for which request (number and status only). */
export async function verifyDocumentCode(raw: string, executor: DbOrTx = db): Promise<DocumentVerification | null> {
  const code = normalizeVerificationCode(raw);
  if (!code) return null;
  const [row] = await executor
    .select({
      kind: sepsDocuments.kind,
      issuedAt: sepsDocuments.createdAt,
      requestNumber: sepsRequests.number,
      requestStatus: sepsRequests.status,
    })
    .from(sepsDocuments)
    .innerJoin(sepsRequests, eq(sepsRequests.id, sepsDocuments.requestId))
    .where(and(eq(sepsDocuments.verificationCode, code), eq(sepsDocuments.origin, "generado")))
    .limit(1);
  return row ? { ...row, title: DOCUMENT_TITLES[row.kind] } : null;
}

export type DocumentMeta = Omit<SepsDocument, "content">;
