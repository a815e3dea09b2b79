import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { createElement } from "react";
import { now } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { ecuapassRegistrationRequests, ecuapassRequestDocuments, ecuapassUsers, type EcuapassFunction, type EcuapassRegistrationRequest, type EcuapassUser } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { afterCommit, type Defer } from "@/lib/mail/after-commit";
import { sendMail } from "@/lib/mail/send";
import EcuapassFuncionesEmail from "@/lib/mail/templates/ecuapass-funciones";
import { recordAudit } from "@/lib/security/audit";
import {
  FUNCTION_SCOPE_FOR,
  FunctionGrantRefused,
  grantFunctions,
  listLiveGrants,
  revokeFunction,
  type GrantActor,
  type LiveGrant,
} from "./functions";
import { mailRequestStatus, notDecidableMessage, type DecisionResult } from "./registration-requests";
import { activeRepresentativeExists, findActiveRepresentative, type ActiveRepresentative } from "./representatives";
import { currentUpload } from "./document-files";

// An employee's (or an official's) request decided by a representative of its organization
// (issue 19). Only an ACTIVE representative (lib/ecuapass/representatives.ts) of the same RUC and
// of the representative type for the request's type decides, and the conditional UPDATE carries
// every one of those conditions, so two representatives at once give one decision and a
// representative suspended meanwhile decides nothing. A request of another organization is
// answered exactly like one that does not exist, and the attempt is audited.

/** The answer to anything a representative may not see: the same as a request that does not exist. */
export const NOT_FOUND_MESSAGE = notDecidableMessage(undefined);
export const NOT_REPRESENTATIVE_MESSAGE =
  "Solo un representante activo de la organización puede decidir estas solicitudes y asignar funciones.";
const NO_FUNCTION_MESSAGE = "Seleccione al menos una función para aprobar la solicitud.";
const NO_REASON_MESSAGE = "Escriba el motivo del rechazo: se enviará a la persona solicitante.";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type RepresentativeDecision = { action: "aprobar"; functionIds: string[] } | { action: "rechazar"; reason: string };

class Refused extends Error {}
class OtherOrganization extends Error {}

const actorOf = (rep: ActiveRepresentative): GrantActor => ({ kind: "ecuapass", id: rep.accountId, label: rep.label });

/** A request or an account the representative may not reach: audited, then answered as "not found". */
async function refuseOtherOrganization(rep: ActiveRepresentative, subjectType: string, subjectId: string, intent: string) {
  await recordAudit({
    actor: actorOf(rep),
    action: "ecuapass.representante.acceso_denegado",
    subjectType,
    subjectId,
    details: { intento: intent, rucRepresentante: rep.orgRuc },
  });
}

/**
 * "Aprobar" (with at least one function of the catalogue scope of the request's type) or
 * "Rechazar" (with a reason) an employee's or an official's request, as the representative
 * `representativeAccountId` (from the session). Approval activates the account and grants the
 * functions; rejection closes it. The applicant is emailed after the commit.
 */
export async function decideAsRepresentative(
  requestId: string,
  representativeAccountId: string,
  decision: RepresentativeDecision,
  defer: Defer = afterCommit,
): Promise<DecisionResult> {
  const reason = decision.action === "rechazar" ? decision.reason.trim() : "";
  if (decision.action === "aprobar" && decision.functionIds.length === 0) return { ok: false, message: NO_FUNCTION_MESSAGE };
  if (decision.action === "rechazar" && !reason) return { ok: false, message: NO_REASON_MESSAGE };
  const rep = await findActiveRepresentative(representativeAccountId);
  if (!rep) return { ok: false, message: NOT_REPRESENTATIVE_MESSAGE };
  if (!UUID.test(requestId)) {
    await refuseOtherOrganization(rep, "ecuapass_registration_request", requestId.slice(0, 64), decision.action);
    return { ok: false, message: NOT_FOUND_MESSAGE };
  }
  const to = decision.action === "aprobar" ? "aprobada" : "rechazada";
  let decided: EcuapassRegistrationRequest;
  let granted: EcuapassFunction[] = [];
  try {
    decided = await db.transaction(async (tx) => {
      const at = now();
      const [row] = await tx
        .update(ecuapassRegistrationRequests)
        .set({ status: to, decidedAt: at, decidedByAccount: rep.accountId, decisionReason: reason || null, updatedAt: at })
        .where(
          and(
            eq(ecuapassRegistrationRequests.id, requestId),
            eq(ecuapassRegistrationRequests.status, "pendiente_aprobacion"),
            eq(ecuapassRegistrationRequests.type, rep.representedType),
            eq(ecuapassRegistrationRequests.orgRuc, rep.orgRuc),
            activeRepresentativeExists(ecuapassRegistrationRequests.orgRuc, rep.type, rep.accountId),
          ),
        )
        .returning();
      if (!row) {
        const [current] = await tx
          .select({ status: ecuapassRegistrationRequests.status, type: ecuapassRegistrationRequests.type, orgRuc: ecuapassRegistrationRequests.orgRuc })
          .from(ecuapassRegistrationRequests)
          .where(eq(ecuapassRegistrationRequests.id, requestId));
        if (!current || current.type !== rep.representedType || current.orgRuc !== rep.orgRuc) throw new OtherOrganization();
        if (!(await findActiveRepresentative(rep.accountId, tx))) throw new Refused(NOT_REPRESENTATIVE_MESSAGE);
        throw new Refused(notDecidableMessage(current.status));
      }
      if (decision.action === "aprobar") {
        granted = await grantFunctions(
          { accountId: row.accountId, functionIds: decision.functionIds, scope: FUNCTION_SCOPE_FOR[rep.representedType], actor: actorOf(rep) },
          tx,
        );
      }
      await tx
        .update(ecuapassUsers)
        .set({ status: to === "aprobada" ? "activo" : "rechazado", updatedAt: at })
        .where(and(eq(ecuapassUsers.id, row.accountId), eq(ecuapassUsers.status, "pendiente_aprobacion")));
      await recordAudit(
        {
          actor: actorOf(rep),
          action: `ecuapass.solicitud.${to}`,
          subjectType: "ecuapass_registration_request",
          subjectId: row.id,
          details: {
            tipo: row.type,
            decidio: "representante",
            ruc: rep.orgRuc,
            ...(granted.length ? { funciones: granted.map((f) => f.code) } : {}),
            ...(reason ? { motivo: reason } : {}),
          },
        },
        tx,
      );
      return row;
    });
  } catch (error) {
    if (error instanceof OtherOrganization) {
      await refuseOtherOrganization(rep, "ecuapass_registration_request", requestId, decision.action);
      return { ok: false, message: NOT_FOUND_MESSAGE };
    }
    if (error instanceof Refused || error instanceof FunctionGrantRefused) return { ok: false, message: error.message };
    throw error;
  }
  defer(() => mailRequestStatus(decided));
  return { ok: true, request: decided };
}

// ---------------------------------------------------------------- What the representative sees

export type OrganizationMember = {
  requestId: string;
  accountId: string;
  userId: string;
  fullName: string;
  docType: string;
  docNumber: string;
  email: string;
  mobile: string;
  accountStatus: EcuapassUser["status"];
  submittedAt: Date;
  decidedAt: Date | null;
  details: Record<string, unknown>;
  functions: LiveGrant[];
  /** A pending request's supporting document, for the representative to read before deciding. */
  respaldo: { id: string; fileName: string; sizeBytes: number } | null;
};

async function membersOf(rep: ActiveRepresentative, status: "pendiente_aprobacion" | "aprobada"): Promise<OrganizationMember[]> {
  const rows = await db
    .select({
      requestId: ecuapassRegistrationRequests.id,
      accountId: ecuapassUsers.id,
      userId: ecuapassUsers.userId,
      fullName: ecuapassUsers.fullName,
      docType: ecuapassUsers.docType,
      docNumber: ecuapassUsers.docNumber,
      email: ecuapassUsers.email,
      mobile: ecuapassUsers.mobile,
      accountStatus: ecuapassUsers.status,
      submittedAt: ecuapassRegistrationRequests.submittedAt,
      decidedAt: ecuapassRegistrationRequests.decidedAt,
      details: ecuapassRegistrationRequests.details,
    })
    .from(ecuapassRegistrationRequests)
    .innerJoin(ecuapassUsers, eq(ecuapassUsers.id, ecuapassRegistrationRequests.accountId))
    .where(
      and(
        eq(ecuapassRegistrationRequests.type, rep.representedType),
        eq(ecuapassRegistrationRequests.orgRuc, rep.orgRuc),
        eq(ecuapassRegistrationRequests.status, status),
      ),
    )
    .orderBy(asc(ecuapassRegistrationRequests.submittedAt));
  const grants = status === "aprobada" ? await listLiveGrants(rows.map((r) => r.accountId)) : [];
  const respaldos = status === "pendiente_aprobacion" && rows.length > 0 ? await currentRespaldos(rows.map((r) => r.requestId)) : [];
  return rows.map((r) => {
    const respaldo = respaldos.find((d) => d.requestId === r.requestId);
    return {
      ...r,
      functions: grants.filter((g) => g.accountId === r.accountId),
      respaldo: respaldo ? { id: respaldo.id, fileName: respaldo.fileName, sizeBytes: respaldo.sizeBytes } : null,
    };
  });
}

function currentRespaldos(requestIds: string[]) {
  return db
    .select({
      requestId: ecuapassRequestDocuments.requestId,
      id: ecuapassRequestDocuments.id,
      fileName: ecuapassRequestDocuments.fileName,
      sizeBytes: ecuapassRequestDocuments.sizeBytes,
    })
    .from(ecuapassRequestDocuments)
    .where(
      and(
        inArray(ecuapassRequestDocuments.requestId, requestIds),
        currentUpload("respaldo"),
      ),
    );
}

/** The organization's requests waiting for this representative (the caller checked it is one). */
export function listPendingMembers(rep: ActiveRepresentative): Promise<OrganizationMember[]> {
  return membersOf(rep, "pendiente_aprobacion");
}

/** The organization's approved employees or officials, with their live functions. */
export function listApprovedMembers(rep: ActiveRepresentative): Promise<OrganizationMember[]> {
  return membersOf(rep, "aprobada");
}

// ---------------------------------------------------------------- Functions of an approved member

export type MemberFunctionsResult = { ok: true; changed: string[] } | { ok: false; message: string };

/** The approved member account of the representative's organization, or null. */
async function memberOf(rep: ActiveRepresentative, accountId: string, tx: Tx) {
  if (!UUID.test(accountId)) return null;
  const [row] = await tx
    .select({ accountId: ecuapassUsers.id, fullName: ecuapassUsers.fullName, email: ecuapassUsers.email })
    .from(ecuapassRegistrationRequests)
    .innerJoin(ecuapassUsers, eq(ecuapassUsers.id, ecuapassRegistrationRequests.accountId))
    .where(
      and(
        eq(ecuapassRegistrationRequests.accountId, accountId),
        eq(ecuapassRegistrationRequests.type, rep.representedType),
        eq(ecuapassRegistrationRequests.orgRuc, rep.orgRuc),
        eq(ecuapassRegistrationRequests.status, "aprobada"),
        activeRepresentativeExists(ecuapassRegistrationRequests.orgRuc, rep.type, rep.accountId),
      ),
    );
  return row ?? null;
}

type Member = NonNullable<Awaited<ReturnType<typeof memberOf>>>;

async function mailFunctionsChanged(rep: ActiveRepresentative, member: Member, change: { granted: string[]; revoked: string[] }) {
  const current = (await listLiveGrants([member.accountId])).map((g) => g.name);
  await sendMail({
    to: member.email,
    subject: "Sus funciones en Ecuapass cambiaron",
    react: createElement(EcuapassFuncionesEmail, {
      fullName: member.fullName,
      organization: rep.orgRazonSocial,
      representative: rep.fullName,
      granted: change.granted,
      revoked: change.revoked,
      current,
      signInUrl: new URL("/ecuapass/ingresar", getEnv().APP_URL).toString(),
    }),
  });
}

/** Shared path of "grant more" and "revoke": the representative, its member, one transaction, the email after. */
async function changeMemberFunctions(
  representativeAccountId: string,
  accountId: string,
  intent: string,
  change: (rep: ActiveRepresentative, tx: Tx) => Promise<{ granted: string[]; revoked: string[] }>,
  defer: Defer,
): Promise<MemberFunctionsResult> {
  const rep = await findActiveRepresentative(representativeAccountId);
  if (!rep) return { ok: false, message: NOT_REPRESENTATIVE_MESSAGE };
  let outcome: { member: Member; granted: string[]; revoked: string[] } | null;
  try {
    outcome = await db.transaction(async (tx) => {
      const member = await memberOf(rep, accountId, tx);
      if (!member) return null;
      return { member, ...(await change(rep, tx)) };
    });
  } catch (error) {
    if (error instanceof FunctionGrantRefused || error instanceof Refused) return { ok: false, message: error.message };
    throw error;
  }
  if (!outcome) {
    await refuseOtherOrganization(rep, "ecuapass_user", accountId.slice(0, 64), intent);
    return { ok: false, message: "La cuenta no existe o no pertenece a su organización." };
  }
  const { member, granted, revoked } = outcome;
  if (granted.length || revoked.length) defer(() => mailFunctionsChanged(rep, member, { granted, revoked }));
  return { ok: true, changed: [...granted, ...revoked] };
}

/** "Asignar funciones" to an approved employee or official of the representative's organization. */
export function grantMemberFunctions(
  representativeAccountId: string,
  accountId: string,
  functionIds: string[],
  defer: Defer = afterCommit,
): Promise<MemberFunctionsResult> {
  if (functionIds.length === 0) return Promise.resolve({ ok: false, message: "Seleccione al menos una función para asignar." });
  return changeMemberFunctions(
    representativeAccountId,
    accountId,
    "asignar_funciones",
    async (rep, tx) => {
      const granted = await grantFunctions({ accountId, functionIds, scope: FUNCTION_SCOPE_FOR[rep.representedType], actor: actorOf(rep) }, tx);
      return { granted: granted.map((f) => f.name), revoked: [] };
    },
    defer,
  );
}

/** "Retirar" one function of an approved employee or official of the representative's organization. */
export function revokeMemberFunction(
  representativeAccountId: string,
  accountId: string,
  functionId: string,
  defer: Defer = afterCommit,
): Promise<MemberFunctionsResult> {
  return changeMemberFunctions(
    representativeAccountId,
    accountId,
    "retirar_funcion",
    async (rep, tx) => {
      if (!UUID.test(functionId)) throw new Refused("La función no existe.");
      const revoked = await revokeFunction({ accountId, functionId, actor: actorOf(rep) }, tx);
      return { granted: [], revoked: revoked ? [revoked.name] : [] };
    },
    defer,
  );
}
