import "server-only";
import { formatDate } from "@/lib/format/dates";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { createElement } from "react";
import { now } from "@/lib/clock";
import { db, uniqueViolation } from "@/lib/db";
import {
  deletionRequests,
  ecuapassUsers,
  emailCodes,
  linkTokens,
  sepsRequests,
  sepsRoleAssignments,
  sepsUsers,
  staffUsers,
  type DeletionRequest,
} from "@/lib/db/schema";
import { sendMail } from "@/lib/mail/send";
import EliminacionResueltaEmail from "@/lib/mail/templates/eliminacion-resuelta";
import { recordAudit } from "@/lib/security/audit";
import { afterCommit, type Defer } from "@/lib/mail/after-commit";
import { findRole } from "@/lib/seps/roles";
import { recordPersonalDataAccess, SUBJECT_TYPE, type DataSubjectKind, type StaffViewer } from "./access-log";
import { signInKey } from "@/lib/accounts/sign-in-key";
import { auditOfAccount, redactAuditEvents } from "./audit-redaction";
import { ANONYMIZED_REQUEST } from "./purge";
import { RETENTION, periodLabel, retentionEnd } from "./retention";

// The right to deletion (LOPDP art. 15): the person asks from "Mis datos", an admin resolves. An
// account with active roles, or whose records are still under legal retention, is refused with the
// reason; otherwise accepting deletes the account and its personal data in one transaction.

const SERVICE: Record<DataSubjectKind, string> = { ecuapass: "Ecuapass (Usuario General)", seps: "los servicios electrónicos de la SEPS" };

export type RequestDeletionResult = { ok: true } | { ok: false; message: string };

/** Files the request (one pending at a time per account). */
export async function requestDeletion(kind: DataSubjectKind, id: string, reason: string | null): Promise<RequestDeletionResult> {
  const person = await findPerson(kind, id);
  if (!person) return { ok: false, message: "La cuenta no existe." };
  try {
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(deletionRequests)
        .values({ subjectKind: kind, subjectId: id, subjectLabel: `${person.fullName} (${person.username})`, reason })
        .returning({ id: deletionRequests.id });
      await recordAudit(
        { actor: { kind, id, label: person.username }, action: "datos_personales.eliminacion_solicitada", subjectType: SUBJECT_TYPE[kind], subjectId: id, details: { solicitud: row!.id } },
        tx,
      );
    });
  } catch (error) {
    if (uniqueViolation(error) === "deletion_requests_pending_uq") return { ok: false, message: "Ya tiene una solicitud de eliminación pendiente." };
    throw error;
  }
  return { ok: true };
}

type Person = { fullName: string; username: string; email: string };

async function findPerson(kind: DataSubjectKind, id: string): Promise<Person | null> {
  if (kind === "ecuapass") {
    const [u] = await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.id, id)).limit(1);
    return u ? { fullName: u.fullName, username: u.userId, email: u.email } : null;
  }
  const [u] = await db.select().from(sepsUsers).where(eq(sepsUsers.id, id)).limit(1);
  return u ? { fullName: u.fullName, username: u.cedula, email: u.email } : null;
}


/** Why the account cannot be deleted now (empty: it can). */
export async function deletionBlockers(kind: DataSubjectKind, id: string): Promise<string[]> {
  if (kind === "ecuapass") return [];
  const roles = await db.select().from(sepsRoleAssignments).where(eq(sepsRoleAssignments.userId, id));
  const reasons: string[] = [];
  const active = roles.filter((r) => r.status === "activa");
  if (active.length) {
    reasons.push(
      `Tiene ${active.length === 1 ? "un rol activo" : `${active.length} roles activos`} (${active
        .map((r) => findRole(r.roleCode)?.name ?? r.roleCode)
        .join(", ")}): su organización debe pedir primero su desactivación.`,
    );
  }
  const lastEnd = roles.reduce<Date | null>((latest, r) => (r.deactivatedAt && (!latest || r.deactivatedAt > latest) ? r.deactivatedAt : latest), null);
  if (!active.length && lastEnd) {
    const until = retentionEnd("sepsAccessRecords", lastEnd);
    if (until > now()) {
      reasons.push(
        `Conservación legal: el registro de acceso a los sistemas de la SEPS se conserva ${periodLabel(RETENTION.sepsAccessRecords.days)} desde la desactivación del último rol, hasta el ${formatDate(until)}.`,
      );
    }
  }
  return reasons;
}

export type DeletionRow = DeletionRequest & { blockers: string[]; resolvedByName: string | null };

/** The admins' list: pending first (oldest first), then the latest resolved. */
export async function listDeletionRequests(): Promise<DeletionRow[]> {
  const pending = await db.select().from(deletionRequests).where(eq(deletionRequests.status, "pendiente")).orderBy(asc(deletionRequests.createdAt)).limit(200);
  const resolved = await db
    .select({ request: deletionRequests, resolvedByName: staffUsers.fullName })
    .from(deletionRequests)
    .leftJoin(staffUsers, eq(staffUsers.id, deletionRequests.resolvedBy))
    .where(inArray(deletionRequests.status, ["aceptada", "rechazada"]))
    .orderBy(desc(deletionRequests.resolvedAt))
    .limit(50);
  const withBlockers = await Promise.all(pending.map(async (r) => ({ ...r, blockers: await deletionBlockers(r.subjectKind, r.subjectId), resolvedByName: null })));
  return [...withBlockers, ...resolved.map((r) => ({ ...r.request, blockers: [], resolvedByName: r.resolvedByName }))];
}

export type ResolveResult = { ok: true; message: string } | { ok: false; message: string };

/**
 * Accepts (deletes the account and its personal data) or rejects with a reason. Accepting an
 * account that still has blockers is refused: the admin rejects it, quoting them.
 */
export async function resolveDeletion(
  requestId: string,
  decision: "aceptar" | "rechazar",
  reason: string | null,
  staff: StaffViewer,
  defer: Defer = afterCommit,
): Promise<ResolveResult> {
  const [request] = await db.select().from(deletionRequests).where(eq(deletionRequests.id, requestId)).limit(1);
  if (!request || request.status !== "pendiente") return { ok: false, message: "La solicitud ya fue resuelta o no existe." };
  const kind = request.subjectKind;
  const person = await findPerson(kind, request.subjectId);
  if (decision === "rechazar" && !reason) return { ok: false, message: "Escriba el motivo del rechazo: se envía a la persona." };
  if (decision === "aceptar") {
    const blockers = await deletionBlockers(kind, request.subjectId);
    if (blockers.length) return { ok: false, message: `No se puede eliminar: ${blockers.join(" ")} Rechace la solicitud indicando el motivo.` };
  }
  const at = now();
  const done = await db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(deletionRequests)
      .set({
        status: decision === "aceptar" ? "aceptada" : "rechazada",
        resolvedAt: at,
        resolvedBy: staff.id,
        resolutionReason: decision === "aceptar" ? null : reason,
        // Once the account is gone, the request keeps no one's name.
        ...(decision === "aceptar" ? { subjectLabel: null, reason: null } : {}),
      })
      .where(and(eq(deletionRequests.id, requestId), eq(deletionRequests.status, "pendiente")))
      .returning();
    if (!claimed) return false;
    if (decision === "aceptar") await deleteAccount(tx, kind, request.subjectId);
    await recordAudit(
      {
        actor: { kind: "staff", id: staff.id, label: staff.label },
        action: decision === "aceptar" ? "datos_personales.eliminacion_aceptada" : "datos_personales.eliminacion_rechazada",
        subjectType: SUBJECT_TYPE[kind],
        subjectId: request.subjectId,
        details: decision === "aceptar" ? { solicitud: requestId } : { solicitud: requestId, motivo: reason },
      },
      tx,
    );
    return true;
  });
  if (!done) return { ok: false, message: "La solicitud ya fue resuelta." };
  if (person) {
    defer(() =>
      sendMail({
        to: person.email,
        subject: decision === "aceptar" ? "Sus datos fueron eliminados" : "Su solicitud de eliminación de datos fue rechazada",
        react: createElement(EliminacionResueltaEmail, { fullName: person.fullName, service: SERVICE[kind], accepted: decision === "aceptar", reason }),
        idempotencyKey: `eliminacion-resuelta:${requestId}`,
      }),
    );
  }
  return {
    ok: true,
    message: decision === "aceptar" ? "La cuenta y sus datos personales fueron eliminados; se notificó a la persona." : "Solicitud rechazada; se envió el motivo a la persona.",
  };
}

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/**
 * Deletes the account and what identifies the person: the account row, its codes or links and roles,
 * the personal data of its requests, and the personal parts of every audit event by or about it
 * (the events themselves stay: what happened and when).
 */
async function deleteAccount(tx: Tx, kind: DataSubjectKind, id: string) {
  if (kind === "ecuapass") {
    const [user] = await tx.delete(ecuapassUsers).where(eq(ecuapassUsers.id, id)).returning({ emailKey: ecuapassUsers.emailKey, userIdKey: ecuapassUsers.userIdKey });
    if (!user) return;
    await tx.delete(emailCodes).where(eq(emailCodes.emailKey, user.emailKey));
    await redactAuditEvents(tx, auditOfAccount(kind, id, SUBJECT_TYPE[kind], signInKey(kind, user)));
    return;
  }
  const [user] = await tx.select({ cedula: sepsUsers.cedula }).from(sepsUsers).where(eq(sepsUsers.id, id));
  if (!user) return;
  await tx.delete(linkTokens).where(eq(linkTokens.subjectId, id));
  await tx.delete(sepsRoleAssignments).where(eq(sepsRoleAssignments.userId, id));
  await tx.delete(sepsUsers).where(eq(sepsUsers.id, id));
  await tx.update(sepsRequests).set({ ...ANONYMIZED_REQUEST, personalDataPurgedAt: now() }).where(eq(sepsRequests.userCedula, user.cedula));
  await redactAuditEvents(tx, auditOfAccount(kind, id, SUBJECT_TYPE[kind], signInKey(kind, user)));
}

/** Admin view of one pending request: reading it is a read of the person's record. */
export async function recordDeletionReview(request: DeletionRequest, staff: StaffViewer) {
  await recordPersonalDataAccess(staff, { kind: request.subjectKind, id: request.subjectId }, "solicitud de eliminación");
}

