import "server-only";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import {
  auditEvents,
  ecuapassRegistrationRequests,
  ecuapassRequestDocuments,
  ecuapassUsers,
  staffUsers,
  type AuditEvent,
  type EcuapassRegistrationRequest,
  type EcuapassUser,
} from "@/lib/db/schema";
import type { SignatureVerdict } from "@/lib/signatures/types";
import { FUNCTION_SCOPE_FOR, listActiveFunctions, listLiveGrants } from "./functions";
import { isRepresentedType, senaeDecides } from "./representatives";

// What SENAE's review page (/admin/solicitudes/ID) reads of an Ecuapass registration request: the
// request, its account, its documents (metadata only; the bytes are downloaded on their own), its
// history, who decided it, and for an employee's or official's request the functions SENAE may grant.

export type EcuapassDocumentMeta = {
  id: string;
  kind: "respaldo" | "solicitud_uso";
  origin: "generado" | "subido";
  fileName: string;
  sizeBytes: number;
  sha256: string;
  verificationCode: string | null;
  signatureCheck: SignatureVerdict | null;
  createdAt: Date;
  supersededAt: Date | null;
};

export type CatalogueFunction = { id: string; code: string; name: string; description: string };

export type EcuapassReviewDetail = {
  request: EcuapassRegistrationRequest;
  account: Omit<EcuapassUser, "passwordHash" | "registrationKeyHash" | "sessionVersion" | "userIdKey" | "emailKey">;
  documents: EcuapassDocumentMeta[];
  history: AuditEvent[];
  /** The reviewer's name, or the representative's (an employee decided by its organization). */
  decidedByName: string | null;
  /** SENAE decides it now (senaeDecides): its type, or no active representative is left. */
  senaeDecides: boolean;
  /** The active functions of the organization's scope (employees and officials only). */
  functions: CatalogueFunction[];
  /** The account's live grants (after approval). */
  grants: { code: string; name: string; grantedAt: Date }[];
};

const uuid = z.uuid();

export async function getEcuapassReviewDetail(requestId: string): Promise<EcuapassReviewDetail | null> {
  if (!uuid.safeParse(requestId).success) return null;
  const [request] = await db.select().from(ecuapassRegistrationRequests).where(eq(ecuapassRegistrationRequests.id, requestId)).limit(1);
  if (!request) return null;
  const [[account], documents, history, staffDecider, accountDecider, decides, grants] = await Promise.all([
    db.select().from(ecuapassUsers).where(eq(ecuapassUsers.id, request.accountId)).limit(1),
    db
      .select({
        id: ecuapassRequestDocuments.id,
        kind: ecuapassRequestDocuments.kind,
        origin: ecuapassRequestDocuments.origin,
        fileName: ecuapassRequestDocuments.fileName,
        sizeBytes: ecuapassRequestDocuments.sizeBytes,
        sha256: ecuapassRequestDocuments.sha256,
        verificationCode: ecuapassRequestDocuments.verificationCode,
        signatureCheck: ecuapassRequestDocuments.signatureCheck,
        createdAt: ecuapassRequestDocuments.createdAt,
        supersededAt: ecuapassRequestDocuments.supersededAt,
      })
      .from(ecuapassRequestDocuments)
      .where(eq(ecuapassRequestDocuments.requestId, requestId))
      .orderBy(asc(ecuapassRequestDocuments.createdAt)),
    db.select().from(auditEvents).where(eq(auditEvents.subjectId, requestId)).orderBy(asc(auditEvents.at), asc(auditEvents.id)).limit(200),
    request.decidedBy ? db.select({ name: staffUsers.fullName }).from(staffUsers).where(eq(staffUsers.id, request.decidedBy)).limit(1) : Promise.resolve([]),
    request.decidedByAccount
      ? db.select({ name: ecuapassUsers.fullName }).from(ecuapassUsers).where(eq(ecuapassUsers.id, request.decidedByAccount)).limit(1)
      : Promise.resolve([]),
    senaeDecides(request),
    listLiveGrants([request.accountId]),
  ]);
  if (!account) return null;
  const functions = isRepresentedType(request.type) ? await listActiveFunctions(FUNCTION_SCOPE_FOR[request.type]) : [];
  const { passwordHash: _p, registrationKeyHash: _r, sessionVersion: _s, userIdKey: _u, emailKey: _e, ...publicAccount } = account;
  return {
    request,
    account: publicAccount,
    documents: documents as EcuapassDocumentMeta[],
    history,
    decidedByName: staffDecider[0]?.name ?? accountDecider[0]?.name ?? null,
    senaeDecides: decides,
    functions: functions.map(({ id, code, name, description }) => ({ id, code, name, description })),
    grants: grants.map(({ code, name, grantedAt }) => ({ code, name, grantedAt })),
  };
}
