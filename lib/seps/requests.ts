import "server-only";
import { yearInEcuador } from "@/lib/format/dates";
import { and, count, eq, gt, inArray, isNull, or, sql } from "drizzle-orm";
import { createHmac } from "node:crypto";
import pLimit from "p-limit";
import { createElement } from "react";
import { now } from "@/lib/clock";
import { db, uniqueViolation, type DbOrTx } from "@/lib/db";
import { sepsDocuments, sepsRequestRoles, sepsRequests, staffUsers, type Organization, type SepsRequest } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { sendMail } from "@/lib/mail/send";
import SepsSolicitudCreadaEmail from "@/lib/mail/templates/seps-solicitud-creada";
import SepsSolicitudRemitidaEmail from "@/lib/mail/templates/seps-solicitud-remitida";
import type { SepsPdfData } from "@/lib/pdf/render";
import { recordAudit, type AuditActor } from "@/lib/security/audit";
import { consumeLimit, tooManyAttemptsMessage } from "@/lib/security/rate-limit";
import { hashToken, isLinkTokenShape, newLinkToken, sha256Hex } from "@/lib/security/tokens";
import { lookupOrganization, organizationSummary, roleOccupancy, type RoleOccupancy } from "./catastro";
import { DOCUMENT_KINDS, checkPdfUpload, documentFileName, generateRequestDocuments, type SepsDocumentKind } from "./documents";
import { currentPrivacyNotice } from "./privacy-notice";
import { findRole, SECTOR_LABEL, type SepsRole } from "./roles";
import { roleFieldIds, type SepsRequestInput } from "./schema";
import type { SignatureVerdict } from "@/lib/signatures";
import { checkUploadSignature } from "./signature-check";
import { STATUS_LABEL } from "./status";
import { afterCommit, type Defer } from "@/lib/mail/after-commit";

/** "4 días hábiles": the service time from remission to decision. */

/** Statuses in which the applicant may upload signed copies and remit them. */
export const APPLICANT_EDITABLE: readonly SepsRequest["status"][] = ["pendiente_documentos", "correccion_solicitada"];

export function requestLink(token: string): string {
  return new URL(`/seps/solicitud/s/${token}`, getEnv().APP_URL).toString();
}

// ------------------------------------------------------------------ checking a request

export type PlannedRole = {
  role: SepsRole;
  requestAccess: boolean;
  requestDeactivation: boolean;
  deactivateCedula: string | null;
};

export type RequestPlan = {
  input: SepsRequestInput;
  organization: Organization;
  roles: PlannedRole[];
};

export type RequestCheck =
  | { ok: true; plan: RequestPlan }
  | { ok: false; message: string; fieldErrors: Record<string, string[]> };

export function fullRoleMessage(role: SepsRole, occupancy: RoleOccupancy): string {
  const who = occupancy.holders.map((h) => h.maskedName).join(", ");
  const users = role.maxPerOrganization === 1 ? "1 usuario" : `${role.maxPerOrganization} usuarios`;
  return `El rol «${role.name}» ya tiene ${users} activo${role.maxPerOrganization === 1 ? "" : "s"} en la organización (${who}), el máximo permitido. Para solicitar el acceso marque «¿Solicita desactivación?» e indique la cédula del usuario que se desactivará.`;
}

/**
 * The rules that need the database: the RUC is in the catastro of the form's sector, and for each
 * role the "# Usuarios por entidad" in use (public: the form lists the holders' masked names). A
 * full role needs a deactivation. No answer depends on whose cédula was typed: whether a given
 * cédula holds a role is never confirmed to the anonymous applicant. The reviewer sees the
 * holders beside the request, and the approval deactivates only an actual holder and refuses a
 * role with no free slot. Two requests for the last free slot are both accepted here too.
 */
export async function checkSepsRequest(input: SepsRequestInput, executor: DbOrTx = db): Promise<RequestCheck> {
  const fieldErrors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (fieldErrors[field] ??= []).push(message);
  const lookup = await lookupOrganization(input.ruc, input.sector, executor);
  if (lookup.status !== "found") {
    add("ruc", lookup.message);
    return { ok: false, message: lookup.message, fieldErrors };
  }
  const organization = lookup.organization;
  const occupancy = await roleOccupancy(organization.id, input.roles.map((r) => r.code), executor);
  const roles: PlannedRole[] = [];
  for (const row of input.roles) {
    const role = findRole(row.code)!;
    const ids = roleFieldIds(role.code);
    const current = occupancy.get(role.code) ?? { roleCode: role.code, max: role.maxPerOrganization, holders: [], full: false };
    const deactivating = row.requestDeactivation && row.deactivateCedula !== null;
    if (deactivating && current.holders.length === 0) {
      add(ids.deactivateCedula, `El rol «${role.name}» no tiene usuarios activos en la organización: no hay a quién desactivar.`);
    } else if (row.requestAccess && current.full && !deactivating) {
      add(ids.deactivateCedula, fullRoleMessage(role, current));
    }
    roles.push({
      role,
      requestAccess: row.requestAccess,
      requestDeactivation: row.requestDeactivation,
      deactivateCedula: row.deactivateCedula,
    });
  }
  if (Object.keys(fieldErrors).length) return { ok: false, message: "Revise los campos marcados.", fieldErrors };
  return { ok: true, plan: { input, organization, roles } };
}

// ------------------------------------------------------------------ saving ("Guardar")


export function formatRequestNumber(year: number, sequence: number | bigint): string {
  return `SEPS-${year}-${String(sequence).padStart(6, "0")}`;
}

export function pdfDataFor(plan: RequestPlan, number: string, issuedAt: Date): SepsPdfData {
  const { input, organization } = plan;
  const notice = currentPrivacyNotice();
  return {
    number,
    issuedAt: issuedAt.toISOString(),
    sectorLabel: SECTOR_LABEL[input.sector],
    user: { ...input.user, type: "Natural" },
    organization: organizationSummary(organization),
    proxy: input.proxy,
    roles: plan.roles.map((r) => ({
      name: r.role.name,
      description: r.role.description,
      requestAccess: r.requestAccess,
      requestDeactivation: r.requestDeactivation,
      deactivateCedula: r.deactivateCedula,
    })),
    privacyNotice: notice.notice,
    privacyNoticeHash: notice.hash,
  };
}

export type CreatedRequest = { id: string; number: string; token: string; link: string };

export type CreateRequestResult = { ok: true; request: CreatedRequest } | Extract<RequestCheck, { ok: false }>;

/**
 * "Guardar": checks the request again, renders the three PDFs (before the transaction, to keep
 * it short), then stores the request, its roles and its documents in one transaction. After the
 * commit, the private link is emailed to the user and to the legal representative.
 */
export async function createSepsRequest(
  input: SepsRequestInput,
  context: { ip: string; submissionKey?: string | null },
  defer: Defer = afterCommit,
): Promise<CreateRequestResult> {
  return savesInFlight(() => createNow(input, context, defer));
}

/**
 * Saving is CPU-bound (three PDFs, ~0.2 s of CPU). Under a burst, saves taken all at once share the
 * CPU and every one of them finishes late (100 at once: none within 20 s, each past a proxy's
 * timeout); a few at a time, they finish in order of arrival at the same total rate.
 */
const savesInFlight = pLimit(4);

/** Saves being done and saves waiting their turn in this process. */
export const saveQueue = () => ({ active: savesInFlight.activeCount, waiting: savesInFlight.pendingCount });

async function createNow(input: SepsRequestInput, context: { ip: string; submissionKey?: string | null }, defer: Defer): Promise<CreateRequestResult> {
  // A retried "Guardar" waited its turn behind the first one: answer with what that one saved.
  if (context.submissionKey) {
    const prior = await findSubmittedRequest(context.submissionKey, input);
    if (prior) return prior;
  }
  const check = await checkSepsRequest(input);
  if (!check.ok) return check;
  const { plan } = check;
  const issuedAt = now();
  // A sequence value is never rolled back: a failed save leaves a gap, never a duplicate.
  const sequence = await db.execute<{ n: string }>(sql`select nextval('seps_request_number_seq')::text as n`);
  const seqRow = (Array.isArray(sequence) ? sequence[0] : (sequence as unknown as { rows: { n: string }[] }).rows[0]) as { n: string };
  const number = formatRequestNumber(yearInEcuador(issuedAt), BigInt(seqRow.n));
  const documents = await generateRequestDocuments(pdfDataFor(plan, number, issuedAt));
  const token = context.submissionKey ? requestTokenFor(context.submissionKey) : newLinkToken();
  const submissionKeyHash = context.submissionKey ? submissionKeyHashOf(context.submissionKey) : null;
  const notice = currentPrivacyNotice();
  const { organization } = plan;

  let id: string;
  try {
    id = await insertRequest();
  } catch (error) {
    // The same submission saved by another server (or process) in the meantime: its result.
    const violated = uniqueViolation(error);
    if (context.submissionKey && (violated === "seps_requests_submission_key_uq" || violated === "seps_requests_access_token_uq")) {
      const prior = await findSubmittedRequest(context.submissionKey, input);
      if (prior) return prior;
    }
    throw error;
  }

  async function insertRequest() {
    return db.transaction(async (tx) => {
      const [request] = await tx
        .insert(sepsRequests)
        .values({
          number,
          sector: input.sector,
          status: "pendiente_documentos",
          accessTokenHash: hashToken(token),
          submissionKeyHash,
          organizationId: organization.id,
          userType: input.user.type,
          userCedula: input.user.cedula,
          userName: input.user.name,
          userEmail: input.user.email,
          userIsEmployee: input.user.isEmployee,
          userPosition: input.user.position,
          resolutionNumber: input.user.resolutionNumber,
          orgRuc: organization.ruc,
          orgRazonSocial: organization.razonSocial,
          orgEmail: organization.email,
          orgSegmentoNivel: organization.segmentoNivel,
          legalRepCedula: organization.legalRepCedula,
          legalRepName: organization.legalRepName,
          legalRepEmail: organization.legalRepEmail,
          proxyCedula: input.proxy?.cedula ?? null,
          proxyName: input.proxy?.name ?? null,
          privacyNoticeVersion: notice.version,
          privacyNoticeHash: notice.hash,
          createdAt: issuedAt,
          updatedAt: issuedAt,
        })
        .returning({ id: sepsRequests.id });
      const requestId = request!.id;
      await tx.insert(sepsRequestRoles).values(
        plan.roles.map((r) => ({
          requestId,
          roleCode: r.role.code,
          requestAccess: r.requestAccess,
          requestDeactivation: r.requestDeactivation,
          deactivateCedula: r.deactivateCedula,
        })),
      );
      await tx.insert(sepsDocuments).values(
        documents.map((d) => ({
          requestId,
          kind: d.kind,
          origin: "generado" as const,
          fileName: d.fileName,
          content: d.content,
          sha256: d.sha256,
          sizeBytes: d.sizeBytes,
          verificationCode: d.verificationCode,
          createdAt: issuedAt,
        })),
      );
      await recordAudit(
        {
          actor: { kind: "anonimo", label: input.user.cedula },
          action: "seps.solicitud.creada",
          subjectType: "seps_request",
          subjectId: requestId,
          details: {
            numero: number,
            ruc: organization.ruc,
            sector: input.sector,
            roles: plan.roles.map((r) => ({ rol: r.role.code, acceso: r.requestAccess, desactivacion: r.requestDeactivation })),
            ip: context.ip,
          },
        },
        tx,
      );
      return requestId;
    });
  }

  const link = requestLink(token);
  // The saved request does not wait for its emails (nor hold a save slot while they render).
  defer(() => notifyRequestCreated({ id, number, link, plan }));
  return { ok: true, request: { id, number, token, link } };
}

// ------------------------------------------------------------------ one save per submission

export { submissionKeyOf } from "@/lib/forms/submission-key";

/**
 * The private link's token of the request a submission creates, derived from its key: a retried
 * "Guardar" (a double click, a reload after a lost answer, a server killed mid-save) finds the
 * request the first one saved, through the unique index on the token's hash, on any server.
 */
export function requestTokenFor(submissionKey: string): string {
  return createHmac("sha256", getEnv().authSecret).update(`seps-request:${submissionKey}`).digest("base64url");
}

export const OTHER_SUBMISSION_MESSAGE =
  "Este formulario ya guardó una solicitud con otros datos. Recargue la página para iniciar una solicitud nueva.";

/** Stored on the request, so that a replay finds it whatever its link has become since. */
function submissionKeyHashOf(submissionKey: string): string {
  return sha256Hex(`seps-solicitud:${submissionKey}`);
}

/** A replay of a submission whose request's link was rotated (resent): the request, but not its new link. */
export function rotatedLinkMessage(number: string): string {
  return (
    `Esta solicitud ya se guardó con el número ${number} y su enlace privado se reenvió después: use el enlace ` +
    "del último correo, o pida uno nuevo en «Consultar el estado de una solicitud»."
  );
}

/**
 * The request saved under this submission key, if any; refused if it was for another person or
 * organization. Found by the key's hash (or, for requests saved before that column, by the token
 * the key derives); its link is answered only while it is still the one the key derives: a link
 * resent since is the only way in, so a replay is told the request's number, not handed a link.
 */
export async function findSubmittedRequest(submissionKey: string, input: SepsRequestInput): Promise<CreateRequestResult | null> {
  const token = requestTokenFor(submissionKey);
  const tokenHash = hashToken(token);
  const [request] = await db
    .select()
    .from(sepsRequests)
    .where(or(eq(sepsRequests.submissionKeyHash, submissionKeyHashOf(submissionKey)), eq(sepsRequests.accessTokenHash, tokenHash)))
    .limit(1);
  if (!request) return null;
  if (request.userCedula !== input.user.cedula || request.orgRuc !== input.ruc) {
    return { ok: false, message: OTHER_SUBMISSION_MESSAGE, fieldErrors: {} };
  }
  if (request.accessTokenHash !== tokenHash) return { ok: false, message: rotatedLinkMessage(request.number), fieldErrors: {} };
  return { ok: true, request: { id: request.id, number: request.number, token, link: requestLink(token) } };
}

/** Waits (up to `ms`) for a concurrent submission with this key to be saved. */
export async function waitForSubmittedRequest(submissionKey: string, input: SepsRequestInput, ms = 20_000): Promise<CreateRequestResult | null> {
  const until = Date.now() + ms;
  for (;;) {
    const prior = await findSubmittedRequest(submissionKey, input);
    if (prior || Date.now() >= until) return prior;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function notifyRequestCreated({ id, number, link, plan }: { id: string; number: string; link: string; plan: RequestPlan }) {
  const { input, organization } = plan;
  const recipients = [
    { to: input.user.email, name: input.user.name, as: "usuario" as const },
    { to: organization.legalRepEmail, name: organization.legalRepName, as: "representante" as const },
  ].filter((r, i, all) => all.findIndex((o) => o.to === r.to) === i);
  for (const recipient of recipients) {
    try {
      await sendMail({
        to: recipient.to,
        subject: `Solicitud ${number}: firme y remita los documentos a la SEPS`,
        react: createElement(SepsSolicitudCreadaEmail, {
          number,
          link,
          recipientName: recipient.name,
          recipientRole: recipient.as,
          userName: input.user.name,
          organization: organization.razonSocial,
          roles: plan.roles.filter((r) => r.requestAccess).map((r) => r.role.name),
        }),
        idempotencyKey: `seps-solicitud-creada:${id}:${recipient.as}`,
      });
    } catch (error) {
      // The request is saved and its link is on screen; the message stays queued or is logged.
      console.error("[seps] could not queue the request email", error);
    }
  }
}

// ------------------------------------------------------------------ the applicant's link

/** The request a private link opens, or null (unknown or malformed token). */
export async function findRequestByToken(token: string, executor: DbOrTx = db): Promise<SepsRequest | null> {
  if (!isLinkTokenShape(token)) return null;
  const [row] = await executor.select().from(sepsRequests).where(eq(sepsRequests.accessTokenHash, hashToken(token))).limit(1);
  return row ?? null;
}

export type UploadResult = { ok: true; documentId: string } | { ok: false; message: string; notFound?: boolean };

/** Signed copies kept per request: the current three and those that went to review (a few correction rounds). */
export const MAX_STORED_SIGNED_COPIES = 30;

/** Rolls an upload's transaction back with a message for the applicant. */
class UploadRefused extends Error {}

const applicant = (request: SepsRequest): AuditActor => ({ kind: "anonimo", label: request.userCedula });

/**
 * Stores a signed copy byte for byte with its SHA-256, replacing (superseding) the previous upload
 * of that document while the request is still with the applicant.
 */
export async function uploadSignedDocument(input: {
  token: string;
  kind: SepsDocumentKind;
  bytes: Uint8Array;
  ip: string;
}): Promise<UploadResult> {
  const check = checkPdfUpload(input.bytes);
  if (!check.ok) return check;
  // Verified before the transaction: the request row stays locked only for the writes.
  const found = await findRequestByToken(input.token);
  if (!found) return { ok: false, message: "Solicitud no encontrada.", notFound: true };
  for (const [limit, key] of [["uploadPerIp", input.ip], ["uploadPerRequest", found.id]] as const) {
    const taken = await consumeLimit(limit, key);
    if (!taken.ok) return { ok: false, message: tooManyAttemptsMessage(taken.retryAfterSeconds) };
  }
  // A request no longer with the applicant gets that answer, not a signature verdict (the
  // transaction checks it again under the lock).
  if (!APPLICANT_EDITABLE.includes(found.status)) return { ok: false, message: notEditableMessage(found.status) };
  const signature = await checkUploadSignature(found, input.kind, input.bytes);
  if (!signature.ok) return signature;
  const content = Buffer.from(input.bytes);
  const sha256 = sha256Hex(content);
  try {
    return await storeSignedCopy(input, content, sha256, signature.verdict);
  } catch (error) {
    if (error instanceof UploadRefused) return { ok: false, message: error.message };
    throw error;
  }
}

const notEditableMessage = (status: SepsRequest["status"]) => `La solicitud está «${STATUS_LABEL[status]}»: ya no se pueden reemplazar los documentos.`;

async function storeSignedCopy(
  input: { token: string; kind: SepsDocumentKind; ip: string },
  content: Buffer,
  sha256: string,
  verdict: SignatureVerdict,
): Promise<UploadResult> {
  return db.transaction(async (tx) => {
    const request = await lockRequestByToken(tx, input.token);
    if (!request) return { ok: false as const, message: "Solicitud no encontrada.", notFound: true };
    if (!APPLICANT_EDITABLE.includes(request.status)) {
      return { ok: false as const, message: notEditableMessage(request.status) };
    }
    const at = now();
    const current = and(
      eq(sepsDocuments.requestId, request.id),
      eq(sepsDocuments.kind, input.kind),
      eq(sepsDocuments.origin, "firmado"),
      isNull(sepsDocuments.supersededAt),
    );
    // A copy no reviewer has seen (uploaded since the last remission) is replaced outright; one
    // that went to review is kept, superseded, so the reviewer can compare it with its correction.
    const unseen = request.submittedAt ? gt(sepsDocuments.createdAt, request.submittedAt) : undefined;
    await tx.delete(sepsDocuments).where(and(current, unseen));
    await tx.update(sepsDocuments).set({ supersededAt: at }).where(current);
    const [stored] = await tx
      .select({ n: count() })
      .from(sepsDocuments)
      .where(and(eq(sepsDocuments.requestId, request.id), eq(sepsDocuments.origin, "firmado")));
    if ((stored?.n ?? 0) >= MAX_STORED_SIGNED_COPIES) {
      throw new UploadRefused("La solicitud alcanzó el número máximo de copias firmadas guardadas. Comuníquese con la Superintendencia.");
    }
    const [doc] = await tx
      .insert(sepsDocuments)
      .values({
        requestId: request.id,
        kind: input.kind,
        origin: "firmado",
        fileName: documentFileName(input.kind, request.number, "firmado"),
        content,
        sha256,
        sizeBytes: content.length,
        signatureCheck: verdict,
        createdAt: at,
      })
      .returning({ id: sepsDocuments.id });
    await tx.update(sepsRequests).set({ updatedAt: at }).where(eq(sepsRequests.id, request.id));
    await recordAudit(
      {
        actor: applicant(request),
        action: "seps.solicitud.documento_subido",
        subjectType: "seps_request",
        subjectId: request.id,
        details: { numero: request.number, documento: input.kind, sha256, bytes: content.length, firma: verdict.status, ip: input.ip },
      },
      tx,
    );
    return { ok: true as const, documentId: doc!.id };
  });
}

async function lockRequestByToken(tx: DbOrTx, token: string): Promise<SepsRequest | null> {
  if (!isLinkTokenShape(token)) return null;
  const [row] = await tx.select().from(sepsRequests).where(eq(sepsRequests.accessTokenHash, hashToken(token))).for("update").limit(1);
  return row ?? null;
}

export type RemitResult = { ok: true; number: string } | { ok: false; message: string; notFound?: boolean };

/**
 * "Remitir a la Superintendencia": with the three signed copies uploaded, the request goes to
 * "En revisión" (from "Pendiente de documentos" or "Corrección solicitada"), and the reviewers
 * are told after the commit.
 */
export async function remitSepsRequest(input: { token: string; ip: string }, defer: Defer = afterCommit): Promise<RemitResult> {
  const result = await db.transaction(async (tx) => {
    const request = await lockRequestByToken(tx, input.token);
    if (!request) return { ok: false as const, message: "Solicitud no encontrada.", notFound: true };
    if (!APPLICANT_EDITABLE.includes(request.status)) {
      return { ok: false as const, message: `La solicitud ya está «${STATUS_LABEL[request.status]}».` };
    }
    const signed = await tx
      .select({ kind: sepsDocuments.kind })
      .from(sepsDocuments)
      .where(and(eq(sepsDocuments.requestId, request.id), eq(sepsDocuments.origin, "firmado"), isNull(sepsDocuments.supersededAt)));
    const have = new Set(signed.map((d) => d.kind));
    const missing = DOCUMENT_KINDS.filter((k) => !have.has(k));
    if (missing.length) {
      return { ok: false as const, message: "Suba las copias firmadas de los tres documentos antes de remitir la solicitud." };
    }
    const at = now();
    await tx
      .update(sepsRequests)
      .set({ status: "en_revision", submittedAt: at, updatedAt: at })
      .where(and(eq(sepsRequests.id, request.id), inArray(sepsRequests.status, [...APPLICANT_EDITABLE])));
    await recordAudit(
      {
        actor: applicant(request),
        action: "seps.solicitud.remitida",
        subjectType: "seps_request",
        subjectId: request.id,
        details: { numero: request.number, desde: request.status, ip: input.ip },
      },
      tx,
    );
    return { ok: true as const, request, submittedAt: at };
  });
  if (!result.ok) return result;
  const { request, submittedAt } = result;
  defer(() => notifyReviewers(request, submittedAt));
  return { ok: true, number: result.request.number };
}

async function notifyReviewers(request: SepsRequest, submittedAt: Date) {
  const reviewers = await db
    .select({ id: staffUsers.id, email: staffUsers.email, fullName: staffUsers.fullName })
    .from(staffUsers)
    .where(and(eq(staffUsers.status, "activo"), inArray(staffUsers.role, ["reviewer", "admin"])));
  const link = new URL(`/admin/solicitudes/${request.id}`, getEnv().APP_URL).toString();
  for (const reviewer of reviewers) {
    try {
      await sendMail({
        to: reviewer.email,
        subject: `Nueva solicitud en revisión: ${request.number}`,
        react: createElement(SepsSolicitudRemitidaEmail, {
          reviewerName: reviewer.fullName,
          number: request.number,
          organization: request.orgRazonSocial,
          ruc: request.orgRuc,
          userName: request.userName,
          resubmitted: Boolean(request.submittedAt),
          link,
        }),
        idempotencyKey: `seps-solicitud-remitida:${request.id}:${submittedAt.getTime()}:${reviewer.id}`,
      });
    } catch (error) {
      console.error("[seps] could not queue the reviewer email", error);
    }
  }
}

