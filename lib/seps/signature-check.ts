import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { now } from "@/lib/clock";
import { db, type DbOrTx } from "@/lib/db";
import { sepsDocuments, type SepsRequest } from "@/lib/db/schema";
import { verifySignedUpload, type ExpectedSigner, type SignatureVerdict } from "@/lib/signatures";
import type { SepsDocumentKind } from "./documents";

/** Who must sign each document (seed 000, paso 3), with the cédula the request recorded. */
export function expectedSignerOf(request: Pick<SepsRequest, "legalRepCedula" | "userCedula">, kind: SepsDocumentKind): ExpectedSigner {
  return kind === "solicitud"
    ? { cedula: request.legalRepCedula, role: "el representante legal de la organización" }
    : { cedula: request.userCedula, role: "la persona que hará uso de la clave" };
}

export type SignatureCheckResult = { ok: true; verdict: SignatureVerdict } | { ok: false; message: string };

/**
 * The upload policy: a digitally signed copy with a broken signature, the wrong signer or another
 * document is refused; one with no digital signature (a scanned handwritten one) is accepted and
 * marked for the reviewer.
 */
export async function checkUploadSignature(
  request: Pick<SepsRequest, "id" | "legalRepCedula" | "userCedula">,
  kind: SepsDocumentKind,
  bytes: Uint8Array,
  executor: DbOrTx = db,
): Promise<SignatureCheckResult> {
  const [generated] = await executor
    .select({ content: sepsDocuments.content, verificationCode: sepsDocuments.verificationCode })
    .from(sepsDocuments)
    .where(and(eq(sepsDocuments.requestId, request.id), eq(sepsDocuments.kind, kind), eq(sepsDocuments.origin, "generado"), isNull(sepsDocuments.supersededAt)))
    .limit(1);
  if (generated && Buffer.from(bytes).equals(generated.content)) {
    return {
      ok: false,
      message: "Este archivo es el documento generado, sin firmar. Fírmelo electrónicamente, o imprímalo, fírmelo a mano y suba el documento escaneado.",
    };
  }
  const verdict = await verifySignedUpload({
    bytes,
    generated: generated?.content ?? null,
    verificationCode: generated?.verificationCode ?? null,
    expectedSigner: expectedSignerOf(request, kind),
    now: now(),
  });
  if (verdict.status === "invalida") return { ok: false, message: `No se aceptó el archivo: ${verdict.summary}` };
  return { ok: true, verdict };
}
