import "server-only";
import { and, eq } from "drizzle-orm";
import { createElement } from "react";
import { z } from "zod";
import { now } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { checkboxValues } from "@/lib/forms/text";
import { decisionReason } from "@/lib/review/reason";
import { sepsRequests, type SepsRequest } from "@/lib/db/schema";
import { sendMail } from "@/lib/mail/send";
import SepsCorreccionEmail from "@/lib/mail/templates/seps-correccion";
import SepsRechazoEmail from "@/lib/mail/templates/seps-rechazo";
import { recordAudit } from "@/lib/security/audit";
import { afterCommit, sepsUrl, type Defer } from "./accounts";
import { CORRECTABLE_SECTIONS, type CorrectableSection } from "./correction-sections";
import { STATUS_LABEL, type RequestStatus } from "./status";

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
  reason: decisionReason(),
});
export type DecisionReasonInput = z.infer<typeof decisionReasonSchema>;

/** "Solicitar corrección": the reason, and the data sections the applicant may correct (none: only new signed copies). */
export const correctionRequestSchema = decisionReasonSchema.extend({
  corregir: checkboxValues(
    z.array(z.enum(Object.keys(CORRECTABLE_SECTIONS) as [CorrectableSection, ...CorrectableSection[]], { error: "Sección no válida." })).max(5),
  ),
});
export type CorrectionRequestInput = z.infer<typeof correctionRequestSchema>;

export const approveSchema = z.object({ requestId: z.uuid({ error: "Solicitud no válida." }) });

export type DecisionResult = { ok: true; status: RequestStatus } | { ok: false; message: string };

/**
 * "Rechazar" and "Solicitar corrección": one conditional UPDATE … WHERE status = 'en_revision'
 * decides the request exactly once; the audit event commits with it; the applicant (the user of
 * the key and the legal representative) is emailed the reason after the commit.
 */
async function decideWithReason(
  kind: "rechazada" | "correccion_solicitada",
  input: DecisionReasonInput & { corregir?: CorrectableSection[] },
  staff: StaffActor,
  defer: Defer,
): Promise<DecisionResult> {
  const result = await db.transaction(async (tx) => {
    const at = now();
    const [request] = await tx
      .update(sepsRequests)
      .set({
        status: kind,
        decidedAt: at,
        decidedBy: staff.id,
        decisionReason: input.reason,
        correctionFields: kind === "correccion_solicitada" ? [...new Set(input.corregir ?? [])] : null,
        updatedAt: at,
      })
      .where(and(eq(sepsRequests.id, input.requestId), eq(sepsRequests.status, "en_revision")))
      .returning();
    if (!request) return { ok: false as const, message: await currentStatusMessage(tx, input.requestId) };
    await recordAudit(
      {
        actor: { kind: "staff", id: staff.id, label: staff.label },
        action: kind === "rechazada" ? "seps.solicitud.rechazada" : "seps.solicitud.correccion_solicitada",
        subjectType: "seps_request",
        subjectId: request.id,
        details: { numero: request.number, motivo: input.reason, ...(kind === "correccion_solicitada" ? { corregir: input.corregir ?? [] } : {}) },
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
                sections: (input.corregir ?? []).map((s) => CORRECTABLE_SECTIONS[s]),
              }),
              idempotencyKey: `seps-correccion:${request.id}:${request.decidedAt?.getTime() ?? 0}:${to}`,
            },
      ),
    );
  }
  return { ok: true, status: kind };
}

export function rejectRequest(input: DecisionReasonInput, staff: StaffActor, defer: Defer = afterCommit) {
  return decideWithReason("rechazada", input, staff, defer);
}

export function requestCorrection(input: CorrectionRequestInput | DecisionReasonInput, staff: StaffActor, defer: Defer = afterCommit) {
  return decideWithReason("correccion_solicitada", input, staff, defer);
}

async function currentStatusMessage(tx: Tx, requestId: string): Promise<string> {
  const [current] = await tx.select({ status: sepsRequests.status }).from(sepsRequests).where(eq(sepsRequests.id, requestId));
  return current ? alreadyDecidedMessage(current.status) : "La solicitud no existe.";
}
