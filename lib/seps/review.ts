import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { createElement } from "react";
import { z } from "zod";
import { now } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { freeText } from "@/lib/forms/text";
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
  type SepsRequest,
  type SepsRequestRole,
} from "@/lib/db/schema";
import { sendMail } from "@/lib/mail/send";
import SepsCorreccionEmail from "@/lib/mail/templates/seps-correccion";
import SepsRechazoEmail from "@/lib/mail/templates/seps-rechazo";
import { recordAudit } from "@/lib/security/audit";
import { sepsUrl, type Defer } from "./accounts";
import { roleOccupancy, type RoleOccupancy } from "./catastro";
import { STATUS_LABEL, type RequestStatus } from "./status";
import type { SignatureVerdict } from "@/lib/signatures/types";

export type { RequestStatus } from "./status";

/** The reviewer acting, as the audit log records them. */
export type StaffActor = { id: string; label: string };

export function alreadyDecidedMessage(status: RequestStatus): string {
  if (status === "aprobada" || status === "rechazada") {
    return `Esta solicitud ya fue decidida (estado: ${STATUS_LABEL[status]}), posiblemente por otra persona al mismo tiempo. No se registró una segunda decisión.`;
  }
  return `Solo se puede decidir una solicitud «En revisión»; su estado actual es «${STATUS_LABEL[status]}». No se realizó ningún cambio.`;
}

// ---------------------------------------------------------------- Rejection and correction

export const decisionReasonSchema = z.object({
  requestId: z.uuid({ error: "Solicitud no válida." }),
  reason: freeText({ error: "Escriba el motivo.", multiline: true }).pipe(
    z
      .string()
      .min(10, "Escriba el motivo (al menos 10 caracteres): se enviará a la persona solicitante.")
      .max(2000, "El motivo puede tener hasta 2000 caracteres."),
  ),
});
export type DecisionReasonInput = z.infer<typeof decisionReasonSchema>;

export const approveSchema = z.object({ requestId: z.uuid({ error: "Solicitud no válida." }) });

export type DecisionResult = { ok: true; status: RequestStatus } | { ok: false; message: string };

/**
 * "Rechazar" and "Solicitar corrección": one conditional UPDATE … WHERE status = 'en_revision'
 * decides the request exactly once; the audit event commits with it; the applicant (the user of
 * the key and the legal representative) is emailed the reason after the commit.
 */
async function decideWithReason(
  kind: "rechazada" | "correccion_solicitada",
  input: DecisionReasonInput,
  staff: StaffActor,
  defer: Defer,
): Promise<DecisionResult> {
  const result = await db.transaction(async (tx) => {
    const at = now();
    const [request] = await tx
      .update(sepsRequests)
      .set({ status: kind, decidedAt: at, decidedBy: staff.id, decisionReason: input.reason, updatedAt: at })
      .where(and(eq(sepsRequests.id, input.requestId), eq(sepsRequests.status, "en_revision")))
      .returning();
    if (!request) return { ok: false as const, message: await currentStatusMessage(tx, input.requestId) };
    await recordAudit(
      {
        actor: { kind: "staff", id: staff.id, label: staff.label },
        action: kind === "rechazada" ? "seps.solicitud.rechazada" : "seps.solicitud.correccion_solicitada",
        subjectType: "seps_request",
        subjectId: request.id,
        details: { numero: request.number, motivo: input.reason },
      },
      tx,
    );
    return { ok: true as const, request };
  });
  if (!result.ok) return result;
  const { request } = result;
  const recipients = [...new Set([request.userEmail.toLowerCase(), request.legalRepEmail.toLowerCase()])];
  for (const to of recipients) {
    const fullName = to === request.userEmail.toLowerCase() ? request.userName : request.legalRepName;
    defer(() =>
      sendMail(
        kind === "rechazada"
          ? {
              to,
              subject: `Solicitud ${request.number} rechazada`,
              react: createElement(SepsRechazoEmail, {
                fullName,
                requestNumber: request.number,
                organization: request.orgRazonSocial,
                reason: input.reason,
                requestUrl: sepsUrl("/seps/solicitud"),
              }),
              idempotencyKey: `seps-rechazo:${request.id}:${to}`,
            }
          : {
              to,
              subject: `Solicitud ${request.number}: se requiere corrección`,
              react: createElement(SepsCorreccionEmail, {
                fullName,
                requestNumber: request.number,
                organization: request.orgRazonSocial,
                reason: input.reason,
              }),
              idempotencyKey: `seps-correccion:${request.id}:${request.decidedAt?.getTime() ?? 0}:${to}`,
            },
      ),
    );
  }
  return { ok: true, status: kind };
}

export function rejectRequest(input: DecisionReasonInput, staff: StaffActor, defer: Defer = (task) => void task()) {
  return decideWithReason("rechazada", input, staff, defer);
}

export function requestCorrection(input: DecisionReasonInput, staff: StaffActor, defer: Defer = (task) => void task()) {
  return decideWithReason("correccion_solicitada", input, staff, defer);
}

async function currentStatusMessage(tx: Tx, requestId: string): Promise<string> {
  const [current] = await tx.select({ status: sepsRequests.status }).from(sepsRequests).where(eq(sepsRequests.id, requestId));
  return current ? alreadyDecidedMessage(current.status) : "La solicitud no existe.";
}

// ---------------------------------------------------------------- The request page

export type DocumentMeta = {
  id: string;
  kind: "solicitud" | "acuerdo_confidencialidad" | "consentimiento_datos";
  origin: "generado" | "firmado";
  fileName: string;
  sha256: string;
  sizeBytes: number;
  createdAt: Date;
  supersededAt: Date | null;
  signatureCheck: SignatureVerdict | null;
};

export const DOCUMENT_KIND_LABEL: Record<DocumentMeta["kind"], string> = {
  solicitud: "Solicitud de usuario y clave",
  acuerdo_confidencialidad: "Acuerdo de Confidencialidad",
  consentimiento_datos: "Consentimiento informado de tratamiento de datos personales",
};

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
  if (!z.uuid().safeParse(requestId).success) return null;
  const [request] = await db.select().from(sepsRequests).where(eq(sepsRequests.id, requestId)).limit(1);
  if (!request) return null;
  const [roles, documents, [organization], history, decider, [account]] = await Promise.all([
    db.select().from(sepsRequestRoles).where(eq(sepsRequestRoles.requestId, requestId)).orderBy(asc(sepsRequestRoles.roleCode)),
    db
      .select({
        id: sepsDocuments.id,
        kind: sepsDocuments.kind,
        origin: sepsDocuments.origin,
        fileName: sepsDocuments.fileName,
        sha256: sepsDocuments.sha256,
        sizeBytes: sepsDocuments.sizeBytes,
        createdAt: sepsDocuments.createdAt,
        supersededAt: sepsDocuments.supersededAt,
        signatureCheck: sepsDocuments.signatureCheck,
      })
      .from(sepsDocuments)
      .where(eq(sepsDocuments.requestId, requestId))
      .orderBy(asc(sepsDocuments.kind), asc(sepsDocuments.origin), desc(sepsDocuments.createdAt)),
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

/** One stored PDF of a request (generated or signed), for the staff download route. */
export async function getRequestDocument(requestId: string, documentId: string) {
  const ids = z.object({ requestId: z.uuid(), documentId: z.uuid() }).safeParse({ requestId, documentId });
  if (!ids.success) return null;
  const [doc] = await db
    .select({ fileName: sepsDocuments.fileName, content: sepsDocuments.content, sha256: sepsDocuments.sha256 })
    .from(sepsDocuments)
    .where(and(eq(sepsDocuments.id, documentId), eq(sepsDocuments.requestId, requestId)))
    .limit(1);
  return doc ?? null;
}

/** The current (not superseded) documents, for previews side by side. */
export function currentDocuments(documents: DocumentMeta[]) {
  return documents.filter((d) => d.supersededAt === null);
}

