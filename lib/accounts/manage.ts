import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { createElement } from "react";
import { bumpSessionVersion } from "@/lib/auth/session-version";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { ecuapassUsers, organizations, sepsRoleAssignments, sepsUsers } from "@/lib/db/schema";
import { sendMail } from "@/lib/mail/send";
import CuentaReactivadaEmail from "@/lib/mail/templates/cuenta-reactivada";
import CuentaSuspendidaEmail from "@/lib/mail/templates/cuenta-suspendida";
import SepsActivacionReenviadaEmail from "@/lib/mail/templates/seps-activacion-reenviada";
import SepsRolRevocadoEmail from "@/lib/mail/templates/seps-rol-revocado";
import { SUBJECT_TYPE, type DataSubjectKind, type StaffViewer } from "@/lib/privacy/access-log";
import { recordAudit } from "@/lib/security/audit";
import { issueLinkToken, revokeLinkTokens } from "@/lib/security/link-tokens";
import { resetLimit } from "@/lib/security/rate-limit";
import { formatDateTime as formatEcuadorDateTime } from "@/lib/format/dates";
import { afterCommit, type Defer } from "@/lib/mail/after-commit";
import { ACTIVATION_TTL_MS, sepsUrl } from "@/lib/seps/accounts";
import { findRole } from "@/lib/seps/roles";
import { lockKey, signInKey } from "./sign-in-key";

// What an admin does to a citizen's account. Each change and its audit event commit together;
// the email to the person goes out after the commit (lib/mail queues and retries it).

export type ManageResult = { ok: true; message: string } | { ok: false; message: string };

const SERVICE: Record<DataSubjectKind, string> = {
  ecuapass: "Ecuapass (Usuario General)",
  seps: "los servicios electrónicos de la SEPS",
};
const SIGN_IN: Record<DataSubjectKind, string> = { ecuapass: "/ecuapass/ingresar", seps: "/seps/ingresar" };


type Person = { id: string; fullName: string; email: string; status: string; passwordHash: string | null; key: string };

async function findPerson(kind: DataSubjectKind, id: string): Promise<Person | null> {
  if (kind === "ecuapass") {
    const [u] = await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.id, id)).limit(1);
    return u ? { id: u.id, fullName: u.fullName, email: u.email, status: u.status, passwordHash: u.passwordHash, key: signInKey(kind, u) } : null;
  }
  const [u] = await db.select().from(sepsUsers).where(eq(sepsUsers.id, id)).limit(1);
  return u ? { id: u.id, fullName: u.fullName, email: u.email, status: u.status, passwordHash: u.passwordHash, key: signInKey(kind, u) } : null;
}

const actorOf = (staff: StaffViewer) => ({ kind: "staff" as const, id: staff.id, label: staff.label });

/**
 * Suspends an account: it can no longer sign in, and every live session ends at its next request
 * (the session version is bumped in the same transaction). Pending SEPS links are revoked so a
 * reset cannot bring the account back. The person is emailed the reason.
 */
export async function suspendAccount(kind: DataSubjectKind, id: string, reason: string, staff: StaffViewer, defer: Defer = afterCommit): Promise<ManageResult> {
  const person = await findPerson(kind, id);
  if (!person) return { ok: false, message: "La cuenta no existe." };
  const at = now();
  const changed = await db.transaction(async (tx) => {
    const table = kind === "ecuapass" ? ecuapassUsers : sepsUsers;
    const allowed = kind === "ecuapass" ? ["activo"] : ["activo", "pendiente_activacion"];
    const [row] = await tx
      .update(table)
      .set({ status: "suspendido", updatedAt: at })
      .where(and(eq(table.id, id), inArray(table.status, allowed as never[])))
      .returning({ id: table.id });
    if (!row) return false;
    await bumpSessionVersion(kind, id, tx);
    if (kind === "seps") {
      await revokeLinkTokens(tx, "seps_activation", id);
      await revokeLinkTokens(tx, "seps_reset", id);
    }
    await recordAudit(
      { actor: actorOf(staff), action: "cuenta.suspendida", subjectType: SUBJECT_TYPE[kind], subjectId: id, details: { motivo: reason, estadoAnterior: person.status } },
      tx,
    );
    return true;
  });
  if (!changed) return { ok: false, message: "La cuenta ya estaba suspendida o no puede suspenderse en su estado actual." };
  defer(() =>
    sendMail({
      to: person.email,
      subject: "Su cuenta fue suspendida",
      react: createElement(CuentaSuspendidaEmail, { fullName: person.fullName, service: SERVICE[kind], reason, at: formatEcuadorDateTime(at) }),
      idempotencyKey: `cuenta-suspendida:${id}:${at.getTime()}`,
    }),
  );
  return { ok: true, message: "La cuenta fue suspendida; sus sesiones terminaron y se le notificó por correo." };
}

/** Lifts a suspension: back to "activo", or for a SEPS user who never set a password, "pendiente de activación". */
export async function reactivateAccount(kind: DataSubjectKind, id: string, reason: string, staff: StaffViewer, defer: Defer = afterCommit): Promise<ManageResult> {
  const person = await findPerson(kind, id);
  if (!person) return { ok: false, message: "La cuenta no existe." };
  const at = now();
  const status = kind === "seps" && !person.passwordHash ? "pendiente_activacion" : "activo";
  const changed = await db.transaction(async (tx) => {
    const table = kind === "ecuapass" ? ecuapassUsers : sepsUsers;
    const [row] = await tx
      .update(table)
      .set({ status: status as never, updatedAt: at })
      .where(and(eq(table.id, id), eq(table.status, "suspendido")))
      .returning({ id: table.id });
    if (!row) return false;
    await recordAudit(
      { actor: actorOf(staff), action: "cuenta.reactivada", subjectType: SUBJECT_TYPE[kind], subjectId: id, details: { motivo: reason, estado: status } },
      tx,
    );
    return true;
  });
  if (!changed) return { ok: false, message: "La cuenta no está suspendida." };
  defer(() =>
    sendMail({
      to: person.email,
      subject: "Su cuenta fue reactivada",
      react: createElement(CuentaReactivadaEmail, { fullName: person.fullName, service: SERVICE[kind], reason, signInUrl: sepsUrl(SIGN_IN[kind]) }),
      idempotencyKey: `cuenta-reactivada:${id}:${at.getTime()}`,
    }),
  );
  return {
    ok: true,
    message:
      status === "activo"
        ? "La cuenta fue reactivada y se le notificó por correo."
        : "La cuenta fue reactivada; sigue pendiente de activación (puede reenviarle el enlace).",
  };
}

/**
 * Revokes one SEPS role: the assignment becomes "desactivada", which frees its slot of "# Usuarios
 * por entidad" (the slot index counts only active ones), under the same per-role lock approvals
 * take. The holder's sessions end (their access changed) and they are emailed the reason.
 */
export async function revokeSepsRole(userId: string, assignmentId: string, reason: string, staff: StaffViewer, defer: Defer = afterCommit): Promise<ManageResult> {
  const person = await findPerson("seps", userId);
  if (!person) return { ok: false, message: "La cuenta no existe." };
  const revoked = await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ organizationId: sepsRoleAssignments.organizationId, roleCode: sepsRoleAssignments.roleCode })
      .from(sepsRoleAssignments)
      .where(and(eq(sepsRoleAssignments.id, assignmentId), eq(sepsRoleAssignments.userId, userId)));
    if (!current) return null;
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`seps-role:${current.organizationId}:${current.roleCode}`}, 0))`);
    const at = now();
    const [row] = await tx
      .update(sepsRoleAssignments)
      .set({ status: "desactivada", deactivatedAt: at })
      .where(and(eq(sepsRoleAssignments.id, assignmentId), eq(sepsRoleAssignments.status, "activa")))
      .returning();
    if (!row) return null;
    await bumpSessionVersion("seps", userId, tx);
    const [org] = await tx.select({ ruc: organizations.ruc, razonSocial: organizations.razonSocial }).from(organizations).where(eq(organizations.id, row.organizationId));
    await recordAudit(
      {
        actor: actorOf(staff),
        action: "seps.rol_revocado",
        subjectType: "seps_user",
        subjectId: userId,
        details: { motivo: reason, rol: row.roleCode, ruc: org?.ruc, cupo: row.slot },
      },
      tx,
    );
    return { roleCode: row.roleCode, organization: org?.razonSocial ?? "la organización", at };
  });
  if (!revoked) return { ok: false, message: "El rol ya estaba desactivado o no pertenece a esta cuenta." };
  const roleName = findRole(revoked.roleCode)?.name ?? revoked.roleCode;
  defer(() =>
    sendMail({
      to: person.email,
      subject: `Su ${roleName} fue revocado`,
      react: createElement(SepsRolRevocadoEmail, { fullName: person.fullName, roleName, organization: revoked.organization, reason }),
      idempotencyKey: `seps-rol-revocado:${assignmentId}`,
    }),
  );
  return { ok: true, message: `Se revocó el ${roleName} en ${revoked.organization}; el cupo quedó libre y se notificó al titular.` };
}

/** A new 72-hour activation link for a SEPS user who has not set a password (older links stop working). */
export async function resendActivationLink(userId: string, staff: StaffViewer, defer: Defer = afterCommit): Promise<ManageResult> {
  const [user] = await db.select().from(sepsUsers).where(eq(sepsUsers.id, userId)).limit(1);
  if (!user) return { ok: false, message: "La cuenta no existe." };
  if (user.status !== "pendiente_activacion") return { ok: false, message: "Solo una cuenta pendiente de activación recibe un enlace de activación." };
  const token = await db.transaction(async (tx) => {
    const issued = await issueLinkToken(tx, "seps_activation", user.id, ACTIVATION_TTL_MS);
    await recordAudit({ actor: actorOf(staff), action: "seps.activacion_reenviada", subjectType: "seps_user", subjectId: user.id }, tx);
    return issued;
  });
  defer(() =>
    sendMail({
      to: user.email,
      subject: "Nuevo enlace para crear su contraseña — Servicios electrónicos de la SEPS",
      react: createElement(SepsActivacionReenviadaEmail, {
        fullName: user.fullName,
        cedula: user.cedula,
        activationUrl: sepsUrl(`/seps/activar/${token}`),
        validHours: ACTIVATION_TTL_MS / 3_600_000,
      }),
    }),
  );
  return { ok: true, message: "Se envió un nuevo enlace de activación (válido 72 horas); los anteriores dejaron de funcionar." };
}

/** Lifts a sign-in lock and forgets the failures that led to it. */
export async function unlockAccount(kind: DataSubjectKind, id: string, staff: StaffViewer): Promise<ManageResult> {
  const person = await findPerson(kind, id);
  if (!person) return { ok: false, message: "La cuenta no existe." };
  await resetLimit("signInLock", lockKey(kind, person.key));
  await resetLimit("signInFailures", lockKey(kind, person.key));
  await recordAudit({ actor: actorOf(staff), action: "cuenta.desbloqueada", subjectType: SUBJECT_TYPE[kind], subjectId: id });
  return { ok: true, message: "La cuenta fue desbloqueada: puede volver a intentar el ingreso." };
}
