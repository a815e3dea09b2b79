import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { staffRecoveryCodes, staffUsers, type StaffUser } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { recordAudit, type AuditActor } from "@/lib/security/audit";
import { consumeLinkToken, inspectLinkToken, issueLinkToken, revokeLinkTokens } from "@/lib/security/link-tokens";
import { emailKey } from "@/lib/security/normalize";
import { hashPassword, passwordPolicyError } from "@/lib/security/passwords";
import { consumeLimit, tooManyAttemptsMessage } from "@/lib/security/rate-limit";
import { hashCode } from "@/lib/security/tokens";
import type { StaffRole } from "./kinds";
import { bumpSessionVersion } from "./session-version";
import { matchTotpStep, newRecoveryCodes, newTotpSecret, totpUri } from "./totp";

export const STAFF_INVITE_TTL_MS = 7 * 24 * 60 * 60_000;

export function staffInviteLink(token: string): string {
  return new URL(`/admin/activar/${token}`, getEnv().APP_URL).toString();
}

export class StaffExistsError extends Error {}

/**
 * Creates a staff account waiting for activation and returns its one-time link: the person sets
 * a password and enrolls TOTP there. Re-inviting a pending account issues a fresh link.
 */
export async function inviteStaff(
  input: { email: string; fullName: string; role: StaffRole },
  actor: AuditActor = { kind: "sistema", label: "staff:create" },
): Promise<{ staff: StaffUser; link: string }> {
  const email = emailKey(input.email);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(staffUsers).where(eq(staffUsers.email, email)).limit(1);
    if (existing && existing.status !== "pendiente_activacion") throw new StaffExistsError(email);
    const [staff] = existing
      ? await tx
          .update(staffUsers)
          .set({ fullName: input.fullName, role: input.role, updatedAt: now() })
          .where(eq(staffUsers.id, existing.id))
          .returning()
      : await tx.insert(staffUsers).values({ email, fullName: input.fullName, role: input.role }).returning();
    const token = await issueLinkToken(tx, "staff_invite", staff!.id, STAFF_INVITE_TTL_MS);
    await recordAudit(
      { actor, action: "personal.invitado", subjectType: "staff", subjectId: staff!.id, details: { email, rol: input.role } },
      tx,
    );
    return { staff: staff!, link: staffInviteLink(token) };
  });
}

/** Demo accounts for development and end-to-end tests: active, with a known TOTP secret. */
export async function upsertActiveStaff(input: {
  email: string;
  fullName: string;
  role: StaffRole;
  password: string;
  totpSecret: string;
  recoveryCodes: string[];
}) {
  const email = emailKey(input.email);
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const [staff] = await tx
      .insert(staffUsers)
      .values({ email, fullName: input.fullName, role: input.role, passwordHash, totpSecret: input.totpSecret, status: "activo" })
      .onConflictDoUpdate({
        target: staffUsers.email,
        set: {
          fullName: input.fullName,
          role: input.role,
          passwordHash,
          totpSecret: input.totpSecret,
          // A new secret starts with no used codes; the same secret keeps its record.
          totpLastStep: sql`case when ${staffUsers.totpSecret} = excluded.totp_secret then ${staffUsers.totpLastStep} end`,
          status: "activo",
        },
      })
      .returning();
    await tx.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffId, staff!.id));
    await tx
      .insert(staffRecoveryCodes)
      .values(input.recoveryCodes.map((code) => ({ staffId: staff!.id, codeHash: hashCode(code.replace(/-/g, "")) })));
  });
}

export type ActivationLinkProblem = "expired" | "used" | "unknown";

export const ACTIVATION_LINK_MESSAGES: Record<ActivationLinkProblem, string> = {
  expired: "El enlace de activación venció. Pida a un administrador una nueva invitación.",
  used: "Este enlace ya fue utilizado o fue reemplazado por uno más reciente.",
  unknown: "El enlace de activación no es válido. Revise que lo haya copiado completo.",
};

/** What the activation page shows on GET: nothing is consumed or changed. */
export async function inspectStaffInvite(
  token: string,
): Promise<{ ok: true; email: string; fullName: string } | { ok: false; problem: ActivationLinkProblem }> {
  const state = await inspectLinkToken("staff_invite", token);
  if (state.status !== "valid") return { ok: false, problem: state.status };
  const [staff] = await db.select().from(staffUsers).where(eq(staffUsers.id, state.token.subjectId)).limit(1);
  if (!staff || staff.status !== "pendiente_activacion") return { ok: false, problem: "used" };
  return { ok: true, email: staff.email, fullName: staff.fullName };
}

export type EnrollmentStart =
  | { ok: true; email: string; fullName: string; secret: string; uri: string }
  | { ok: false; message: string };

/**
 * Step 1 of the activation ("Continuar"): a fresh TOTP secret is kept on the still-pending
 * account (sign-in requires status activo, so it grants nothing) until step 2 proves the app
 * has it. The link is not used up yet.
 */
export async function beginStaffEnrollment(token: string, ip: string): Promise<EnrollmentStart> {
  const limit = await consumeLimit("linkPerIp", ip);
  if (!limit.ok) return { ok: false, message: tooManyAttemptsMessage(limit.retryAfterSeconds) };
  const invite = await inspectLinkToken("staff_invite", token);
  if (invite.status !== "valid") return { ok: false, message: ACTIVATION_LINK_MESSAGES[invite.status] };
  const secret = newTotpSecret();
  const [staff] = await db
    .update(staffUsers)
    .set({ totpSecret: secret, totpLastStep: null, updatedAt: now() })
    .where(and(eq(staffUsers.id, invite.token.subjectId), eq(staffUsers.status, "pendiente_activacion")))
    .returning();
  if (!staff) return { ok: false, message: ACTIVATION_LINK_MESSAGES.used };
  return { ok: true, email: staff.email, fullName: staff.fullName, secret, uri: totpUri(secret, staff.email) };
}

class ActivationRaceError extends Error {}

export type ActivationResult =
  | { ok: true; recoveryCodes: string[]; email: string }
  | { ok: false; field?: "password" | "otp"; message: string };

/**
 * Step 2: password and the first TOTP code. Checks run before the link is used, so a mistyped
 * code can be corrected; then one transaction uses the link, activates the account and stores
 * the hashes of ten recovery codes, which are returned once to be shown once.
 */
export async function completeStaffActivation(
  input: { token: string; password: string; otp: string },
  ip: string,
): Promise<ActivationResult> {
  const limit = await consumeLimit("linkPerIp", ip);
  if (!limit.ok) return { ok: false, message: tooManyAttemptsMessage(limit.retryAfterSeconds) };
  const invite = await inspectLinkToken("staff_invite", input.token);
  if (invite.status !== "valid") return { ok: false, message: ACTIVATION_LINK_MESSAGES[invite.status] };
  const [staff] = await db.select().from(staffUsers).where(eq(staffUsers.id, invite.token.subjectId)).limit(1);
  if (!staff || staff.status !== "pendiente_activacion") return { ok: false, message: ACTIVATION_LINK_MESSAGES.used };
  if (!staff.totpSecret) return { ok: false, message: "Vuelva a abrir el enlace y pulse «Continuar»." };
  const policy = passwordPolicyError(input.password, [staff.email.split("@")[0] ?? "", ...staff.fullName.split(/\s+/)]);
  if (policy) return { ok: false, field: "password", message: policy };
  const totpStep = matchTotpStep(staff.totpSecret, input.otp);
  if (totpStep === null) {
    return { ok: false, field: "otp", message: "El código no coincide. Revise la hora de su teléfono e ingrese el código actual." };
  }
  const passwordHash = await hashPassword(input.password);
  const recoveryCodes = newRecoveryCodes();
  const secret = staff.totpSecret;
  const activated = await db.transaction(async (tx) => {
    const used = await consumeLinkToken(tx, "staff_invite", input.token);
    if (!used || used.subjectId !== staff.id) return false;
    const [row] = await tx
      .update(staffUsers)
      // The activation code is used: it cannot sign in a second time.
      .set({ passwordHash, status: "activo", totpLastStep: totpStep, updatedAt: now() })
      // The secret the code was checked against: a parallel "Continuar" would have replaced it.
      .where(and(eq(staffUsers.id, staff.id), eq(staffUsers.status, "pendiente_activacion"), eq(staffUsers.totpSecret, secret)))
      .returning({ id: staffUsers.id });
    if (!row) throw new ActivationRaceError();
    await tx.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffId, staff.id));
    await tx
      .insert(staffRecoveryCodes)
      .values(recoveryCodes.map((code) => ({ staffId: staff.id, codeHash: hashCode(code.replace(/-/g, "")) })));
    await bumpSessionVersion("staff", staff.id, tx);
    await recordAudit(
      {
        actor: { kind: "staff", id: staff.id, label: staff.email },
        action: "personal.activado",
        subjectType: "staff",
        subjectId: staff.id,
        details: { rol: staff.role, codigosRecuperacion: recoveryCodes.length },
      },
      tx,
    );
    return true;
  }).catch((error: unknown) => {
    if (error instanceof ActivationRaceError) return false;
    throw error;
  });
  if (!activated) return { ok: false, message: ACTIVATION_LINK_MESSAGES.used };
  return { ok: true, recoveryCodes, email: staff.email };
}

export type StaffListItem = Pick<StaffUser, "id" | "email" | "fullName" | "role" | "status" | "createdAt">;

export async function listStaff(): Promise<StaffListItem[]> {
  return db
    .select({
      id: staffUsers.id,
      email: staffUsers.email,
      fullName: staffUsers.fullName,
      role: staffUsers.role,
      status: staffUsers.status,
      createdAt: staffUsers.createdAt,
    })
    .from(staffUsers)
    .orderBy(asc(staffUsers.status), asc(staffUsers.fullName));
}

export class SelfDeactivationError extends Error {}

/**
 * Deactivates a staff account: its sessions end at their next request (session version) and
 * any pending invitation link stops working. An admin cannot deactivate their own account.
 */
export async function deactivateStaff(staffId: string, actor: { id: string; label: string }): Promise<boolean> {
  if (staffId === actor.id) throw new SelfDeactivationError();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(staffUsers)
      .set({ status: "desactivado", updatedAt: now() })
      .where(and(eq(staffUsers.id, staffId), ne(staffUsers.status, "desactivado")))
      .returning({ id: staffUsers.id, email: staffUsers.email });
    if (!row) return false;
    await bumpSessionVersion("staff", staffId, tx);
    await revokeLinkTokens(tx, "staff_invite", staffId);
    await recordAudit(
      {
        actor: { kind: "staff", id: actor.id, label: actor.label },
        action: "personal.desactivado",
        subjectType: "staff",
        subjectId: staffId,
        details: { email: row.email },
      },
      tx,
    );
    return true;
  });
}

/** What the staff actions answer their forms (types only; the actions live in app/admin). */
export type StaffInviteData = { email: string; link: string };
export type StaffActivationStartData = { email: string; fullName: string; secret: string; qr: string };
export type StaffActivationFinishData = { recoveryCodes: string[]; email: string };
