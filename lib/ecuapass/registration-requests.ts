import "server-only";
import { and, eq } from "drizzle-orm";
import { createElement } from "react";
import { now } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import {
  ecuapassRegistrationRequests,
  ecuapassRequestDocuments,
  ecuapassUsers,
  type EcuapassRegistrationRequest,
} from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { afterCommit, type Defer } from "@/lib/mail/after-commit";
import { sendMail } from "@/lib/mail/send";
import EcuapassSolicitudEstadoEmail from "@/lib/mail/templates/ecuapass-solicitud-estado";
import { recordAudit } from "@/lib/security/audit";
import { sha256Hex } from "@/lib/security/tokens";
import type { OrganizationInput } from "./organization-schema";
import type { RespaldoUpload } from "./registration-forms";
import { FUNCTION_SCOPE_FOR, FunctionGrantRefused, grantFunctions } from "./functions";
import { isRepresentedType, senaeDecides } from "./representatives";
import { isElectronicallySigned } from "./solicitud-uso";
import { REVIEW_MESSAGES } from "./review-schema";
import {
  APPROVER_LABEL,
  REGISTRATION_TYPE_INFO,
  REQUEST_STATUS_LABEL,
  SENAE_SERVICE_TIME,
  accountStatusFor,
  transition,
  type RegistrationType,
  type RequestAction,
  type RequestStatus,
} from "./registration-types";
import { parseRequestDetails } from "./request-details";
import { currentUpload } from "./document-files";

// Ecuapass registration requests that need an approval (issue 19). Every state change is one
// transaction: a conditional UPDATE of the request (only from the state the action starts from, so
// two reviewers at once get one decision), the account's status, the audit event; the email to the
// applicant goes after the commit.

export type StaffActor = { id: string; label: string };

export const REQUEST_MAIL_SUBJECT: Record<RequestStatus, string> = {
  pendiente_aprobacion: "Solicitud de registro en Ecuapass recibida",
  aprobada: "Solicitud de registro en Ecuapass aprobada",
  rechazada: "Solicitud de registro en Ecuapass rechazada",
  correccion_solicitada: "Solicitud de registro en Ecuapass: corrección solicitada",
};

/** Details that do not match the type's schema: a programming error, never stored. */
export class InvalidRequestDetails extends Error {}

/**
 * Stores the request of an account just created in "pendiente_aprobacion" (inside its
 * transaction): the organization (none for Persona con Discapacidad), the type's own sections
 * validated again by their schema, and the supporting PDF byte for byte with its SHA-256.
 */
export async function insertRegistrationRequest(
  tx: Tx,
  input: {
    accountId: string;
    accountLabel: string;
    type: Exclude<RegistrationType, "usuario_general">;
    organization: OrganizationInput | null;
    /** Omitted only by tests that need no details (stored as {}). */
    details?: Record<string, unknown>;
    respaldo?: RespaldoUpload | null;
  },
): Promise<EcuapassRegistrationRequest> {
  const at = now();
  const org = input.organization;
  let details: Record<string, unknown> = {};
  if (input.details !== undefined) {
    const parsed = parseRequestDetails(input.type, input.details);
    if (!parsed.ok) throw new InvalidRequestDetails(`details of ${input.type}: ${parsed.error.message}`);
    details = parsed.details;
  }
  const [row] = await tx
    .insert(ecuapassRegistrationRequests)
    .values({
      type: input.type,
      accountId: input.accountId,
      orgRuc: org?.orgRuc.ruc ?? null,
      orgRucKind: org?.orgRuc.kind ?? null,
      orgRazonSocial: org?.orgRazonSocial ?? null,
      orgAddress: org?.orgAddress ?? null,
      orgPhone: org?.orgPhone ?? null,
      details,
      submittedAt: at,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  const respaldo = input.respaldo ? Buffer.from(input.respaldo.bytes) : null;
  const respaldoSha256 = respaldo ? sha256Hex(respaldo) : null;
  if (respaldo) {
    await tx.insert(ecuapassRequestDocuments).values({
      requestId: row!.id,
      kind: "respaldo",
      origin: "subido",
      fileName: input.respaldo!.fileName,
      content: respaldo,
      sha256: respaldoSha256!,
      sizeBytes: respaldo.length,
      createdAt: at,
    });
  }
  await recordAudit(
    {
      actor: { kind: "ecuapass", id: input.accountId, label: input.accountLabel },
      action: "ecuapass.solicitud.creada",
      subjectType: "ecuapass_registration_request",
      subjectId: row!.id,
      details: {
        tipo: input.type,
        ...(org ? { rucTipo: org.orgRuc.kind } : {}),
        ...(org?.orgRuc.warning ? { rucModulo11: "no cumple" } : {}),
        ...(respaldoSha256 ? { respaldoSha256 } : {}),
      },
    },
    tx,
  );
  return row!;
}

/** The email for the request's current state (idempotent per request, state and change time). */
export async function mailRequestStatus(request: EcuapassRegistrationRequest) {
  const [account] = await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.id, request.accountId)).limit(1);
  if (!account) return;
  const info = REGISTRATION_TYPE_INFO[request.type];
  await sendMail({
    to: account.email,
    subject: REQUEST_MAIL_SUBJECT[request.status],
    react: createElement(EcuapassSolicitudEstadoEmail, {
      fullName: account.fullName,
      typeLabel: info.label,
      status: request.status,
      approver: APPROVER_LABEL[info.approver],
      serviceTime: SENAE_SERVICE_TIME,
      reason: request.status === "rechazada" || request.status === "correccion_solicitada" ? request.decisionReason : null,
      signInUrl: new URL("/ecuapass/ingresar", getEnv().APP_URL).toString(),
    }),
    idempotencyKey: `ecuapass-solicitud:${request.id}:${request.status}:${request.updatedAt.getTime()}`,
  });
}

export type DecisionResult =
  | { ok: true; request: EcuapassRegistrationRequest }
  /** `field`: the form field the refusal belongs to (the functions to grant). */
  | { ok: false; message: string; field?: "funciones" };

export function notDecidableMessage(status: RequestStatus | undefined): string {
  if (!status) return "La solicitud no existe.";
  if (status === "aprobada" || status === "rechazada") {
    return `Esta solicitud ya fue decidida (estado: ${REQUEST_STATUS_LABEL[status]}), posiblemente por otra persona al mismo tiempo. No se registró una segunda decisión.`;
  }
  return `Solo se puede decidir una solicitud «${REQUEST_STATUS_LABEL.pendiente_aprobacion}»; su estado actual es «${REQUEST_STATUS_LABEL[status]}». No se realizó ningún cambio.`;
}

class Refused extends Error {
  constructor(
    message: string,
    readonly field?: "funciones",
  ) {
    super(message);
  }
}

/** A SENAE type is approved only with its «Solicitud de uso» signed and uploaded, and a signature check that did not refuse it. */
async function requireSignedSolicitudUso(tx: Tx, requestId: string) {
  const [signed] = await tx
    .select({ check: ecuapassRequestDocuments.signatureCheck })
    .from(ecuapassRequestDocuments)
    .where(
      and(
        eq(ecuapassRequestDocuments.requestId, requestId),
        currentUpload("solicitud_uso"),
      ),
    );
  if (!signed) {
    throw new Refused(
      "No se puede aprobar: la persona solicitante aún no subió la «Solicitud de uso» firmada. Espere a que la suba o solicite una corrección. No se realizó ningún cambio.",
    );
  }
  if (!signed.check) {
    throw new Refused("No se puede aprobar: la firma de la «Solicitud de uso» subida aún no fue verificada. No se realizó ningún cambio.");
  }
  if (signed.check.status === "invalida") {
    throw new Refused(
      `No se puede aprobar: la «Solicitud de uso» subida no tiene una firma electrónica válida (${signed.check.summary}) Solicite una corrección para que suba otra copia firmada. No se realizó ningún cambio.`,
    );
  }
  // The registrant signs with its certificate (ecuapass-tipos.md); a scanned handwritten signature
  // does not stand in for it here, as the applicant's status page already says.
  if (!isElectronicallySigned(signed.check)) {
    throw new Refused(
      "No se puede aprobar: la «Solicitud de uso» subida no tiene firma electrónica. La persona solicitante debe firmarla electrónicamente con su certificado y subirla de nuevo. No se realizó ningún cambio.",
    );
  }
}

/**
 * SENAE approving an employee or an official (no active representative left) grants the functions
 * it chose from the catalogue (lib/ecuapass/functions.ts: active ones, of the organization's scope,
 * at least one), in the decision's transaction. The grant has no granting account (granted_by null:
 * SENAE staff; the audit event names the reviewer).
 */
async function grantFunctionsAsSenae(tx: Tx, request: EcuapassRegistrationRequest, functionIds: string[], staff: StaffActor): Promise<string[]> {
  if (!isRepresentedType(request.type)) {
    if (functionIds.length) throw new Refused("Las funciones del catálogo solo se asignan a empleados y funcionarios.", "funciones");
    return [];
  }
  if (!functionIds.length) throw new Refused(REVIEW_MESSAGES.functions, "funciones");
  try {
    const granted = await grantFunctions(
      { accountId: request.accountId, functionIds, scope: FUNCTION_SCOPE_FOR[request.type], actor: { kind: "staff", id: staff.id, label: staff.label } },
      tx,
    );
    return granted.map((f) => f.code).sort();
  } catch (error) {
    if (error instanceof FunctionGrantRefused) throw new Refused(error.message, "funciones");
    throw error;
  }
}

/**
 * SENAE's decision on a request it decides (senaeDecides: a type it approves, or an employee's or
 * official's request with no active representative left): "aprobar" activates the account,
 * "rechazar" closes it ("rechazado": it cannot sign in), "solicitar_correccion" leaves it pending
 * with the reason and the sections to correct. Reject and correction need a reason (the CHECK
 * constraint enforces it too). Approving a type SENAE approves needs the signed «Solicitud de uso»;
 * approving an employee or official grants the functions chosen (`functionIds`). A refusal after the
 * conditional UPDATE rolls it back: nothing changes.
 */
export async function decideRegistrationRequest(
  requestId: string,
  action: Exclude<RequestAction, "reenviar">,
  staff: StaffActor,
  options: { reason?: string | null; correctionFields?: string[]; functionIds?: string[] } = {},
  defer: Defer = afterCommit,
): Promise<DecisionResult> {
  const { from, to } = transition(action);
  const reason = options.reason?.trim() || null;
  if (action !== "aprobar" && !reason) return { ok: false, message: "Escriba el motivo: se enviará a la persona solicitante." };
  let decided: EcuapassRegistrationRequest;
  try {
    decided = await db.transaction(async (tx) => {
      const at = now();
      const [row] = await tx
        .update(ecuapassRegistrationRequests)
        .set({
          status: to,
          decidedAt: at,
          decidedBy: staff.id,
          decisionReason: action === "aprobar" ? null : reason,
          correctionFields: action === "solicitar_correccion" ? (options.correctionFields ?? []) : null,
          updatedAt: at,
        })
        .where(and(eq(ecuapassRegistrationRequests.id, requestId), eq(ecuapassRegistrationRequests.status, from)))
        .returning();
      if (!row) {
        const [current] = await tx
          .select({ status: ecuapassRegistrationRequests.status })
          .from(ecuapassRegistrationRequests)
          .where(eq(ecuapassRegistrationRequests.id, requestId));
        throw new Refused(notDecidableMessage(current?.status));
      }
      if (!(await senaeDecides(row, tx))) {
        throw new Refused("Esta solicitud la decide el representante de la organización (tiene un representante activo), no el SENAE. No se realizó ningún cambio.");
      }
      let functions: string[] = [];
      if (action === "aprobar") {
        if (REGISTRATION_TYPE_INFO[row.type].approver === "senae") await requireSignedSolicitudUso(tx, row.id);
        functions = await grantFunctionsAsSenae(tx, row, options.functionIds ?? [], staff);
      }
      await tx
        .update(ecuapassUsers)
        .set({ status: accountStatusFor(to), updatedAt: at })
        .where(and(eq(ecuapassUsers.id, row.accountId), eq(ecuapassUsers.status, "pendiente_aprobacion")));
      await recordAudit(
        {
          actor: { kind: "staff", id: staff.id, label: staff.label },
          action: `ecuapass.solicitud.${to}`,
          subjectType: "ecuapass_registration_request",
          subjectId: row.id,
          details: {
            tipo: row.type,
            ...(reason && action !== "aprobar" ? { motivo: reason } : {}),
            ...(options.correctionFields?.length ? { corregir: options.correctionFields } : {}),
            ...(functions.length ? { funciones: functions } : {}),
          },
        },
        tx,
      );
      return row;
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, message: error.message, ...(error.field ? { field: error.field } : {}) };
    throw error;
  }
  defer(() => mailRequestStatus(decided));
  return { ok: true, request: decided };
}

/** The applicant sends the corrected organization data back to SENAE's queue. */
export async function resubmitRegistrationRequest(
  accountId: string,
  accountLabel: string,
  organization: OrganizationInput,
  defer: Defer = afterCommit,
): Promise<DecisionResult> {
  const { from, to } = transition("reenviar");
  const at = now();
  const run = async (tx: Tx) => {
    const [row] = await tx
      .update(ecuapassRegistrationRequests)
      .set({
        status: to,
        orgRuc: organization.orgRuc.ruc,
        orgRucKind: organization.orgRuc.kind,
        orgRazonSocial: organization.orgRazonSocial,
        orgAddress: organization.orgAddress,
        orgPhone: organization.orgPhone,
        submittedAt: at,
        correctionFields: null,
        updatedAt: at,
      })
      .where(and(eq(ecuapassRegistrationRequests.accountId, accountId), eq(ecuapassRegistrationRequests.status, from)))
      .returning();
    if (!row) return null;
    await recordAudit(
      {
        actor: { kind: "ecuapass", id: accountId, label: accountLabel },
        action: "ecuapass.solicitud.reenviada",
        subjectType: "ecuapass_registration_request",
        subjectId: row.id,
        details: { tipo: row.type },
      },
      tx,
    );
    return row;
  };
  const row = await db.transaction(run);
  if (!row) return { ok: false, message: "Su solicitud no tiene una corrección pendiente. No se realizó ningún cambio." };
  defer(() => mailRequestStatus(row));
  return { ok: true, request: row };
}

/** The applicant's own request (the status page of a pending account). */
export async function findRequestOfAccount(accountId: string): Promise<EcuapassRegistrationRequest | null> {
  const [row] = await db.select().from(ecuapassRegistrationRequests).where(eq(ecuapassRegistrationRequests.accountId, accountId)).limit(1);
  return row ?? null;
}
