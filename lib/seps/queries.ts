import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db, preparedPerConnection, type DbOrTx } from "@/lib/db";
import { sepsDocuments, sepsRequestRoles, sepsRequests, type SepsDocument, type SepsRequest } from "@/lib/db/schema";
import { hashToken, isLinkTokenShape } from "@/lib/security/tokens";
import type { DocumentMeta } from "./documents";
import { findRole, type SepsRole } from "./roles";

// Reads of one request with its roles and documents (no access checks: callers check the link
// token or the staff session first).

export type RequestRoleView = {
  code: string;
  role: SepsRole | undefined;
  name: string;
  requestAccess: boolean;
  requestDeactivation: boolean;
  deactivateCedula: string | null;
};

export type RequestDetail = {
  request: SepsRequest;
  roles: RequestRoleView[];
  /** Every document, generated and uploaded, newest upload first; `supersededAt` marks replaced ones. */
  documents: DocumentMeta[];
};

const documentMetaColumns = {
  id: sepsDocuments.id,
  requestId: sepsDocuments.requestId,
  kind: sepsDocuments.kind,
  origin: sepsDocuments.origin,
  fileName: sepsDocuments.fileName,
  sha256: sepsDocuments.sha256,
  sizeBytes: sepsDocuments.sizeBytes,
  verificationCode: sepsDocuments.verificationCode,
  supersededAt: sepsDocuments.supersededAt,
  signatureCheck: sepsDocuments.signatureCheck,
  createdAt: sepsDocuments.createdAt,
};

export async function getRequestRoles(requestId: string, executor: DbOrTx = db): Promise<RequestRoleView[]> {
  const rows = await executor.select().from(sepsRequestRoles).where(eq(sepsRequestRoles.requestId, requestId));
  return rows.map((r) => {
    const role = findRole(r.roleCode);
    return {
      code: r.roleCode,
      role,
      name: role?.name ?? r.roleCode,
      requestAccess: r.requestAccess,
      requestDeactivation: r.requestDeactivation,
      deactivateCedula: r.deactivateCedula,
    };
  });
}

export async function getRequestDocuments(requestId: string, executor: DbOrTx = db): Promise<DocumentMeta[]> {
  return executor
    .select(documentMetaColumns)
    .from(sepsDocuments)
    .where(eq(sepsDocuments.requestId, requestId))
    .orderBy(asc(sepsDocuments.kind), asc(sepsDocuments.origin), desc(sepsDocuments.createdAt));
}

export async function getRequestDetail(requestId: string, executor: DbOrTx = db): Promise<RequestDetail | null> {
  const [request] = await executor.select().from(sepsRequests).where(eq(sepsRequests.id, requestId)).limit(1);
  if (!request) return null;
  const [roles, documents] = [await getRequestRoles(request.id, executor), await getRequestDocuments(request.id, executor)];
  return { request, roles, documents };
}

/** The current (not superseded) documents of one origin, by kind. */
export function currentDocuments(documents: readonly DocumentMeta[], origin: SepsDocument["origin"]) {
  const out = new Map<SepsDocument["kind"], DocumentMeta>();
  for (const doc of documents) if (doc.origin === origin && !doc.supersededAt) out.set(doc.kind, doc);
  return out;
}

/** A document's bytes, only if it belongs to that request (an id from another request gives null). */
export async function getRequestDocumentFile(
  requestId: string,
  documentId: string,
  executor: DbOrTx = db,
): Promise<Pick<SepsDocument, "fileName" | "content" | "sha256"> | null> {
  if (!/^[0-9a-f-]{36}$/i.test(documentId)) return null;
  const [row] = await executor
    .select({ fileName: sepsDocuments.fileName, content: sepsDocuments.content, sha256: sepsDocuments.sha256 })
    .from(sepsDocuments)
    .where(and(eq(sepsDocuments.id, documentId), eq(sepsDocuments.requestId, requestId)))
    .limit(1);
  return row ?? null;
}

// A stored PDF for whoever holds the request's private link: the link's hash and the document id
// in one prepared join (the download is the most repeated read of a request).
function buildDocumentByLink() {
  return db
    .select({ fileName: sepsDocuments.fileName, content: sepsDocuments.content, sha256: sepsDocuments.sha256 })
    .from(sepsDocuments)
    .innerJoin(sepsRequests, eq(sepsRequests.id, sepsDocuments.requestId))
    .where(and(eq(sepsRequests.accessTokenHash, sql.placeholder("tokenHash")), eq(sepsDocuments.id, sql.placeholder("documentId"))))
    .limit(1)
    .prepare("seps_document_by_link");
}
const documentByLink = preparedPerConnection(buildDocumentByLink);

/** A document's bytes, only if it belongs to the request of that private link. */
export async function getDocumentFileByLink(
  token: string,
  documentId: string,
): Promise<Pick<SepsDocument, "fileName" | "content" | "sha256"> | null> {
  if (!isLinkTokenShape(token) || !/^[0-9a-f-]{36}$/i.test(documentId)) return null;
  const [row] = await documentByLink().execute({ tokenHash: hashToken(token), documentId });
  return row ?? null;
}
