import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db, preparedPerConnection, type DbOrTx } from "@/lib/db";
import {
  auditEvents,
  organizations,
  sepsDocuments,
  sepsRequestRoles,
  sepsRequests,
  sepsUsers,
  staffUsers,
  type AuditEvent,
  type Organization,
  type SepsDocument,
  type SepsRequest,
  type SepsRequestRole,
} from "@/lib/db/schema";
import { hashToken, isLinkTokenShape } from "@/lib/security/tokens";
import { roleOccupancy, type RoleOccupancy } from "./catastro";
import type { DocumentMeta } from "./documents";
import { findRole, type SepsRole } from "./roles";

// The one read layer of SEPS requests: one request with its roles and documents, for the
// applicant's private page and for the reviewer's page, and a stored document's bytes. No access
// checks here: callers check the link token or the staff session first.

export type { DocumentMeta } from "./documents";

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

const uuid = z.uuid();

/** A document's bytes, only if it belongs to that request (an id from another request gives null). */
export async function getRequestDocumentFile(
  requestId: string,
  documentId: string,
  executor: DbOrTx = db,
): Promise<Pick<SepsDocument, "fileName" | "content" | "sha256"> | null> {
  if (!uuid.safeParse(requestId).success || !uuid.safeParse(documentId).success) return null;
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

export type ReviewDetail = {
  request: SepsRequest;
  roles: SepsRequestRole[];
  documents: DocumentMeta[];
  organization: Organization | null;
  occupancy: Map<string, RoleOccupancy>;
  decidedByName: string | null;
  history: AuditEvent[];
  /** The SEPS account of the request's cédula, if it exists (after an approval, or from an earlier one). */
  account: { id: string; status: "pendiente_activacion" | "activo" | "desactivado" | "suspendido" } | null;
};

/** Everything a reviewer sees on /admin/solicitudes/ID (file bytes excluded). */
export async function getReviewDetail(requestId: string): Promise<ReviewDetail | null> {
  if (!uuid.safeParse(requestId).success) return null;
  const [request] = await db.select().from(sepsRequests).where(eq(sepsRequests.id, requestId)).limit(1);
  if (!request) return null;
  const [roles, documents, [organization], history, decider, [account]] = await Promise.all([
    db.select().from(sepsRequestRoles).where(eq(sepsRequestRoles.requestId, requestId)).orderBy(asc(sepsRequestRoles.roleCode)),
    getRequestDocuments(requestId),
    db.select().from(organizations).where(eq(organizations.id, request.organizationId)).limit(1),
    db
      .select()
      .from(auditEvents)
      // Subject ids are uuids: the request's id alone finds its events, whoever recorded them.
      .where(eq(auditEvents.subjectId, requestId))
      .orderBy(asc(auditEvents.at), asc(auditEvents.id))
      .limit(200),
    request.decidedBy
      ? db.select({ name: staffUsers.fullName }).from(staffUsers).where(eq(staffUsers.id, request.decidedBy)).limit(1)
      : Promise.resolve([]),
    db.select({ id: sepsUsers.id, status: sepsUsers.status }).from(sepsUsers).where(eq(sepsUsers.cedula, request.userCedula)).limit(1),
  ]);
  const occupancy = await roleOccupancy(
    request.organizationId,
    roles.map((r) => r.roleCode),
  );
  return {
    request,
    roles,
    documents,
    organization: organization ?? null,
    occupancy,
    decidedByName: decider[0]?.name ?? null,
    history,
    account: account ?? null,
  };
}
