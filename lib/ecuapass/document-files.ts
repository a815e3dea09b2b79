import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/lib/db";
import { ecuapassRegistrationRequests, ecuapassRequestDocuments, type EcuapassRequestDocument } from "@/lib/db/schema";
import { recordAudit } from "@/lib/security/audit";
import type { ActiveRepresentative } from "./representatives";

// The stored files of Ecuapass registration requests (the generated and signed "Solicitud de uso",
// the supporting document), byte for byte, for /api/ecuapass/documentos/[id]. Callers check who asks.

export type DocumentFile = { fileName: string; content: Buffer; sha256: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A request's current upload of `kind`: the applicant's file, not replaced since (an earlier copy keeps its row, superseded). */
export const currentUpload = (kind: EcuapassRequestDocument["kind"]) =>
  and(eq(ecuapassRequestDocuments.kind, kind), eq(ecuapassRequestDocuments.origin, "subido"), isNull(ecuapassRequestDocuments.supersededAt));

const FILE = { fileName: ecuapassRequestDocuments.fileName, content: ecuapassRequestDocuments.content, sha256: ecuapassRequestDocuments.sha256 };

/** Any request's file: SENAE staff only. */
export async function getDocumentFileForStaff(documentId: string): Promise<DocumentFile | null> {
  if (!UUID.test(documentId)) return null;
  const [row] = await db.select(FILE).from(ecuapassRequestDocuments).where(eq(ecuapassRequestDocuments.id, documentId)).limit(1);
  return row ?? null;
}

/** A file of the account's own request; another account's file is "not found". */
export async function getOwnDocumentFile(accountId: string, documentId: string): Promise<DocumentFile | null> {
  if (!UUID.test(documentId)) return null;
  const [row] = await db
    .select(FILE)
    .from(ecuapassRequestDocuments)
    .innerJoin(ecuapassRegistrationRequests, eq(ecuapassRegistrationRequests.id, ecuapassRequestDocuments.requestId))
    .where(and(eq(ecuapassRequestDocuments.id, documentId), eq(ecuapassRegistrationRequests.accountId, accountId)))
    .limit(1);
  return row ?? null;
}

/**
 * The supporting document of a request waiting for this representative's decision (an official's
 * appointment…): the current upload of a pending request of the same organization and type, its
 * download audited on the applicant's account (shown in «Mis datos»). Any other file, or once the
 * request is decided: null.
 */
export async function openPendingMemberRespaldo(rep: ActiveRepresentative, documentId: string): Promise<DocumentFile | null> {
  if (!UUID.test(documentId)) return null;
  const [row] = await db
    .select({ ...FILE, applicantAccountId: ecuapassRegistrationRequests.accountId })
    .from(ecuapassRequestDocuments)
    .innerJoin(ecuapassRegistrationRequests, eq(ecuapassRegistrationRequests.id, ecuapassRequestDocuments.requestId))
    .where(
      and(
        eq(ecuapassRequestDocuments.id, documentId),
        currentUpload("respaldo"),
        eq(ecuapassRegistrationRequests.status, "pendiente_aprobacion"),
        eq(ecuapassRegistrationRequests.type, rep.representedType),
        eq(ecuapassRegistrationRequests.orgRuc, rep.orgRuc),
      ),
    )
    .limit(1);
  if (!row) return null;
  const { applicantAccountId, ...file } = row;
  await recordAudit({
    actor: { kind: "ecuapass", id: rep.accountId, label: rep.label },
    action: "ecuapass.representante.respaldo_descargado",
    subjectType: "ecuapass_user",
    subjectId: applicantAccountId,
    details: { documento: documentId, ruc: rep.orgRuc },
  });
  return file;
}
