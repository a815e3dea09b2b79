import "server-only";
import { formatDateTime } from "@/lib/format/dates";
import { and, asc, desc, eq } from "drizzle-orm";
import { createElement } from "react";
import { bumpSessionVersion } from "@/lib/auth/session-version";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { organizations, sepsRoleAssignments, sepsUsers, type SepsUser } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { sendMail } from "@/lib/mail/send";
import SepsClaveCambiadaEmail from "@/lib/mail/templates/seps-clave-cambiada";
import SepsRestablecerEmail from "@/lib/mail/templates/seps-restablecer";
import { recordAudit } from "@/lib/security/audit";
import { consumeLinkToken, inspectLinkToken, issueLinkToken, revokeLinkTokens } from "@/lib/security/link-tokens";
import { hashPassword, passwordPolicyError } from "@/lib/security/passwords";
import { consumeLimit, peekLimit, tooManyAttemptsMessage } from "@/lib/security/rate-limit";
import type { SetSepsPasswordInput } from "./account-schema";

export const ACTIVATION_TTL_MS = 72 * 60 * 60_000;
export const RESET_TTL_MS = 60 * 60_000;
/** LIMITS.linkPerIp's budget: failed link submissions per client address in 15 minutes. */
const LINK_FAILURES_PER_IP = 30;
/** A reset request always takes at least this long, so its timing does not tell whether the user exists. */
export const RESET_MIN_RESPONSE_MS = 400;

export type SepsLinkPurpose = "seps_activation" | "seps_reset";

import { afterCommit, type Defer } from "@/lib/mail/after-commit";

export { afterCommit, type Defer };

export function sepsUrl(path: string): string {
  return new URL(path, getEnv().APP_URL).toString();
}

export type UserRoleRow = {
  assignmentId: string;
  organizationId: string;
  ruc: string;
  razonSocial: string;
  roleCode: string;
  status: "activa" | "desactivada";
  grantedAt: Date;
  deactivatedAt: Date | null;
};

/** Every role the user holds or held, organization by organization (the casillero). */
export async function listUserRoles(userId: string, options: { activeOnly?: boolean } = {}): Promise<UserRoleRow[]> {
  return db
    .select({
      assignmentId: sepsRoleAssignments.id,
      organizationId: organizations.id,
      ruc: organizations.ruc,
      razonSocial: organizations.razonSocial,
      roleCode: sepsRoleAssignments.roleCode,
      status: sepsRoleAssignments.status,
      grantedAt: sepsRoleAssignments.createdAt,
      deactivatedAt: sepsRoleAssignments.deactivatedAt,
    })
    .from(sepsRoleAssignments)
    .innerJoin(organizations, eq(organizations.id, sepsRoleAssignments.organizationId))
    .where(
      options.activeOnly
        ? and(eq(sepsRoleAssignments.userId, userId), eq(sepsRoleAssignments.status, "activa"))
        : eq(sepsRoleAssignments.userId, userId),
    )
    .orderBy(asc(organizations.razonSocial), asc(sepsRoleAssignments.status), desc(sepsRoleAssignments.createdAt));
}

export async function findSepsUser(userId: string): Promise<SepsUser | null> {
  const [user] = await db.select().from(sepsUsers).where(eq(sepsUsers.id, userId)).limit(1);
  return user ?? null;
}

export type SepsLinkView =
  | { status: "valid"; fullName: string; roles: UserRoleRow[] }
  | { status: "expired" | "used" | "unknown" };

/** What a link page shows on GET. Opening the link (a person or a mail scanner) consumes nothing. */
export async function describeSepsLink(purpose: SepsLinkPurpose, token: string): Promise<SepsLinkView> {
  const state = await inspectLinkToken(purpose, token);
  if (state.status !== "valid") return state;
  const user = await findSepsUser(state.token.subjectId);
  if (!user || (user.status === "desactivado" || user.status === "suspendido")) return { status: "unknown" };
  return { status: "valid", fullName: user.fullName, roles: await listUserRoles(user.id, { activeOnly: true }) };
}

export type SetPasswordResult =
  | { ok: true; fullName: string }
  | { ok: false; field?: "cedula" | "password"; message: string; linkState?: "expired" | "used" | "unknown" };

export const LINK_UNUSABLE: Record<"expired" | "used" | "unknown", string> = {
  expired: "El enlace venció. Solicite uno nuevo con «Restablecer contraseña».",
  used: "Este enlace ya fue utilizado o fue reemplazado por uno más reciente. Si necesita generar su contraseña, use «Restablecer contraseña».",
  unknown: "El enlace no es válido. Revise que lo haya copiado completo o use «Restablecer contraseña».",
};

const WRONG_CEDULA = "La cédula no corresponde al usuario de este enlace.";

/**
 * The POST behind an activation or reset link: checks the cédula against the link's user, then
 * in one transaction uses the token (one conditional UPDATE), sets the password, activates the
 * account, ends its sessions and revokes every other link. Failures count against the client
 * address (linkPerIp), so links and cédulas cannot be guessed at volume.
 */
export async function setPasswordWithLink(
  purpose: SepsLinkPurpose,
  input: Pick<SetSepsPasswordInput, "token" | "cedula" | "password">,
  ip: string,
  defer: Defer = afterCommit,
): Promise<SetPasswordResult> {
  const budget = await peekLimit("linkPerIp", ip);
  if (budget.consumed >= LINK_FAILURES_PER_IP) {
    const seconds = Math.max(1, Math.ceil(budget.msBeforeNext / 1000));
    return { ok: false, message: tooManyAttemptsMessage(seconds) };
  }
  const state = await inspectLinkToken(purpose, input.token);
  const user = state.status === "valid" ? await findSepsUser(state.token.subjectId) : null;
  if (state.status !== "valid" || !user || (user.status === "desactivado" || user.status === "suspendido")) {
    await consumeLimit("linkPerIp", ip);
    const linkState = state.status === "valid" ? "unknown" : state.status;
    return { ok: false, message: LINK_UNUSABLE[linkState], linkState };
  }
  if (input.cedula !== user.cedula) {
    await consumeLimit("linkPerIp", ip);
    await recordAudit({
      actor: { kind: "anonimo", label: input.cedula },
      action: purpose === "seps_activation" ? "seps.activacion_cedula_incorrecta" : "seps.restablecer_cedula_incorrecta",
      subjectType: "seps_user",
      subjectId: user.id,
    });
    return { ok: false, field: "cedula", message: WRONG_CEDULA };
  }
  const policy = passwordPolicyError(input.password, [user.cedula]);
  if (policy) return { ok: false, field: "password", message: policy };

  const passwordHash = await hashPassword(input.password);
  const changedAt = now();
  const done = await db.transaction(async (tx) => {
    const used = await consumeLinkToken(tx, purpose, input.token);
    if (!used || used.subjectId !== user.id) return false;
    await tx
      .update(sepsUsers)
      .set({ passwordHash, status: "activo", passwordChangedAt: changedAt, updatedAt: changedAt })
      .where(eq(sepsUsers.id, user.id));
    await bumpSessionVersion("seps", user.id, tx);
    await revokeLinkTokens(tx, "seps_activation", user.id);
    await revokeLinkTokens(tx, "seps_reset", user.id);
    await recordAudit(
      {
        actor: { kind: "seps", id: user.id, label: user.cedula },
        action: purpose === "seps_activation" ? "seps.cuenta_activada" : "seps.clave_restablecida",
        subjectType: "seps_user",
        subjectId: user.id,
      },
      tx,
    );
    return true;
  });
  if (!done) return { ok: false, message: LINK_UNUSABLE.used, linkState: "used" };

  if (purpose === "seps_reset") {
    defer(() =>
      sendMail({
        to: user.email,
        subject: "Su contraseña de los servicios electrónicos de la SEPS fue cambiada",
        react: createElement(SepsClaveCambiadaEmail, {
          fullName: user.fullName,
          changedAt: formatDateTime(changedAt),
          resetUrl: sepsUrl("/seps/restablecer"),
        }),
        idempotencyKey: `seps-clave-cambiada:${user.id}:${changedAt.getTime()}`,
      }),
    );
  }
  return { ok: true, fullName: user.fullName };
}

export type ResetRequestResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * "Restablecer contraseña": whether or not the cédula belongs to a user, the answer and its
 * timing are the same; a user (active, or one whose activation link lapsed) gets a single-use
 * link valid one hour, which revokes the older ones. Throttled per address and per username.
 */
export async function requestPasswordReset(
  cedula: string,
  ip: string,
  defer: Defer = afterCommit,
): Promise<ResetRequestResult> {
  const started = performance.now();
  const pending: (() => Promise<unknown>)[] = [];
  try {
    const perIp = await consumeLimit("resetPerIp", ip);
    if (!perIp.ok) return perIp;
    // Over the per-user budget the answer stays the same; only the email is not sent again.
    const perUser = await consumeLimit("resetPerUser", cedula);
    const [user] = perUser.ok ? await db.select().from(sepsUsers).where(eq(sepsUsers.cedula, cedula)).limit(1) : [];
    if (!user || (user.status === "desactivado" || user.status === "suspendido")) {
      await recordAudit({
        actor: { kind: "anonimo", label: cedula },
        action: "seps.restablecer_solicitado",
        subjectType: "seps_user",
        details: { enviado: false, limitado: !perUser.ok },
      });
      return { ok: true };
    }
    const token = await db.transaction(async (tx) => {
      const issued = await issueLinkToken(tx, "seps_reset", user.id, RESET_TTL_MS);
      await recordAudit(
        {
          actor: { kind: "anonimo", label: cedula },
          action: "seps.restablecer_solicitado",
          subjectType: "seps_user",
          subjectId: user.id,
          details: { enviado: true },
        },
        tx,
      );
      return issued;
    });
    pending.push(() =>
      sendMail({
        to: user.email,
        subject: "Restablecer contraseña — Servicios electrónicos de la SEPS",
        react: createElement(SepsRestablecerEmail, {
          fullName: user.fullName,
          resetUrl: sepsUrl(`/seps/restablecer/${token}`),
          validMinutes: RESET_TTL_MS / 60_000,
        }),
      }),
    );
    return { ok: true };
  } finally {
    const elapsed = performance.now() - started;
    if (elapsed < RESET_MIN_RESPONSE_MS) await new Promise((r) => setTimeout(r, RESET_MIN_RESPONSE_MS - elapsed));
    for (const task of pending) defer(task);
  }
}

