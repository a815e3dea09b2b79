import "server-only";
import { formatDateTime as formatEcuadorDateTime } from "@/lib/format/dates";
import { and, eq, ne } from "drizzle-orm";
import { createElement } from "react";
import { bumpSessionVersion } from "@/lib/auth/session-version";
import { now } from "@/lib/clock";
import { db, uniqueViolation } from "@/lib/db";
import { ecuapassUsers, type EcuapassUser } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import type { FieldErrors } from "@/lib/forms/state";
import { sendMail } from "@/lib/mail/send";
import EcuapassClaveCambiadaEmail from "@/lib/mail/templates/ecuapass-clave-cambiada";
import EcuapassCodigoCambioEmail from "@/lib/mail/templates/ecuapass-codigo-cambio";
import EcuapassCorreoCambiadoEmail from "@/lib/mail/templates/ecuapass-correo-cambiado";
import EcuapassRestablecerEmail from "@/lib/mail/templates/ecuapass-restablecer";
import { recordAudit } from "@/lib/security/audit";
import { consumeLinkToken, inspectLinkToken, issueLinkToken, revokeLinkTokens } from "@/lib/security/link-tokens";
import { afterCommit, type Defer } from "@/lib/mail/after-commit";
import { withNeutralTiming } from "@/lib/security/neutral";
import { emailKey } from "@/lib/security/normalize";
import { hashPassword, passwordPolicyError, verifyPassword } from "@/lib/security/passwords";
import { consumeLimit, peekLimit, resetLimit, tooManyAttemptsMessage } from "@/lib/security/rate-limit";
import type { ChangePasswordInput, EmailChangeInput, ProfileDataInput, ResetPasswordInput } from "./account-schema";
import { consumeSecurityCode, createSecurityCode, verifySecurityCode, type CodeScope, type CodeVerification } from "./codes";
import { CODE_TTL_MINUTES, MESSAGES, userIdKey } from "./rules";

// What an Ecuapass user can do with the account after registering: recover the password with an
// emailed link, and in "Mi página" change the password, the registration data and the email.

export const RESET_TTL_MS = 60 * 60_000;
/** "¿Olvidó su contraseña?" answers no sooner than this, user or not (see withNeutralTiming). */
export const RESET_MIN_RESPONSE_MS = 500;
const LINK_FAILURES_PER_IP = 30;

const appUrl = (path: string) => new URL(path, getEnv().APP_URL).toString();


async function findUser(id: string): Promise<EcuapassUser | null> {
  const [user] = await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.id, id)).limit(1);
  return user ?? null;
}

function mailPasswordChanged(user: EcuapassUser, changedAt: Date) {
  return sendMail({
    to: user.email,
    subject: "Su contraseña de Ecuapass fue cambiada",
    react: createElement(EcuapassClaveCambiadaEmail, {
      fullName: user.fullName,
      userId: user.userId,
      changedAt: formatEcuadorDateTime(changedAt),
      resetUrl: appUrl("/ecuapass/restablecer"),
    }),
    idempotencyKey: `ecuapass-clave-cambiada:${user.id}:${changedAt.getTime()}`,
  });
}

// ---------------------------------------------------------------- "¿Olvidó su contraseña?"

/**
 * Who may recover a password: an active account, and one pending approval (it signs in to follow
 * its request). A rejected or suspended account cannot sign in, so it gets no link either.
 */
function canRecoverPassword(status: EcuapassUser["status"]): boolean {
  return status === "activo" || status === "pendiente_aprobacion";
}

export type ResetRequestResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * The same answer and the same timing whether or not the ID.usuario exists: an active user gets a
 * single-use link valid one hour (older ones revoked), mailed after the answer. Limited per client
 * address (refused openly: it says nothing about the account) and per account (silently: over
 * the budget the answer is the same and no email goes out).
 */
export async function requestEcuapassReset(rawUserId: string, ip: string, defer: Defer = afterCommit): Promise<ResetRequestResult> {
  return withNeutralTiming(
    RESET_MIN_RESPONSE_MS,
    async (later) => {
      const perIp = await consumeLimit("resetPerIp", `ecuapass:${ip}`);
      if (!perIp.ok) return perIp;
      const key = userIdKey(rawUserId).slice(0, 64);
      const perUser = await consumeLimit("resetPerUser", `ecuapass:${key}`);
      const [user] = perUser.ok && key ? await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.userIdKey, key)).limit(1) : [];
      const actor = { kind: "anonimo" as const, label: key || rawUserId.slice(0, 64) };
      if (!user || !canRecoverPassword(user.status)) {
        await recordAudit({ actor, action: "ecuapass.restablecer_solicitado", subjectType: "ecuapass_user", details: { enviado: false, limitado: !perUser.ok } });
        return { ok: true };
      }
      const token = await db.transaction(async (tx) => {
        const issued = await issueLinkToken(tx, "ecuapass_reset", user.id, RESET_TTL_MS);
        await recordAudit(
          { actor, action: "ecuapass.restablecer_solicitado", subjectType: "ecuapass_user", subjectId: user.id, details: { enviado: true } },
          tx,
        );
        return issued;
      });
      later(() =>
        sendMail({
          to: user.email,
          subject: "Restablecer contraseña — Ecuapass",
          react: createElement(EcuapassRestablecerEmail, {
            fullName: user.fullName,
            userId: user.userId,
            resetUrl: appUrl(`/ecuapass/restablecer/${token}`),
            validMinutes: RESET_TTL_MS / 60_000,
          }),
        }),
      );
      return { ok: true };
    },
    defer,
  );
}

export type ResetLinkView = { status: "valid"; userId: string; fullName: string } | { status: "expired" | "used" | "unknown" };

/** What /ecuapass/restablecer/TOKEN shows on GET: nothing is consumed (mail scanners open links). */
export async function describeResetLink(token: string): Promise<ResetLinkView> {
  const state = await inspectLinkToken("ecuapass_reset", token);
  if (state.status !== "valid") return state;
  const user = await findUser(state.token.subjectId);
  if (!user || !canRecoverPassword(user.status)) return { status: "unknown" };
  return { status: "valid", userId: user.userId, fullName: user.fullName };
}

export const LINK_UNUSABLE: Record<"expired" | "used" | "unknown", string> = {
  expired: "El enlace venció: es válido por 1 hora. Solicite uno nuevo con «¿Olvidó su contraseña?».",
  used: "Este enlace ya fue utilizado o fue reemplazado por uno más reciente. Si necesita una nueva contraseña, solicite otro enlace.",
  unknown: "El enlace no es válido. Revise que lo haya copiado completo o solicite uno nuevo.",
};

export type ResetResult =
  | { ok: true; userId: string }
  | { ok: false; field?: "password"; message: string; linkState?: "expired" | "used" | "unknown" };

/**
 * The POST behind the link: in one transaction uses the token (one conditional UPDATE), sets the
 * password, ends every session and revokes the other links; then mails "su contraseña fue
 * cambiada". Unusable links count against the client address.
 */
export async function resetEcuapassPassword(input: Pick<ResetPasswordInput, "token" | "password">, ip: string, defer: Defer = afterCommit): Promise<ResetResult> {
  const budget = await peekLimit("linkPerIp", ip);
  if (budget.consumed >= LINK_FAILURES_PER_IP) {
    return { ok: false, message: tooManyAttemptsMessage(Math.max(1, Math.ceil(budget.msBeforeNext / 1000))) };
  }
  const state = await inspectLinkToken("ecuapass_reset", input.token);
  const user = state.status === "valid" ? await findUser(state.token.subjectId) : null;
  if (state.status !== "valid" || !user || !canRecoverPassword(user.status)) {
    await consumeLimit("linkPerIp", ip);
    const linkState = state.status === "valid" ? "unknown" : state.status;
    return { ok: false, message: LINK_UNUSABLE[linkState], linkState };
  }
  const policy = passwordPolicyError(input.password, [user.userId, user.docNumber]);
  if (policy) return { ok: false, field: "password", message: policy };

  const passwordHash = await hashPassword(input.password);
  const changedAt = now();
  const done = await db.transaction(async (tx) => {
    const used = await consumeLinkToken(tx, "ecuapass_reset", input.token);
    if (!used || used.subjectId !== user.id) return false;
    await tx.update(ecuapassUsers).set({ passwordHash, updatedAt: changedAt }).where(eq(ecuapassUsers.id, user.id));
    await bumpSessionVersion("ecuapass", user.id, tx);
    await revokeLinkTokens(tx, "ecuapass_reset", user.id);
    await recordAudit(
      { actor: { kind: "ecuapass", id: user.id, label: user.userId }, action: "ecuapass.clave_restablecida", subjectType: "ecuapass_user", subjectId: user.id },
      tx,
    );
    return true;
  });
  if (!done) return { ok: false, message: LINK_UNUSABLE.used, linkState: "used" };
  // The link proved the mailbox is the user's: a sign-in lock from earlier guesses no longer stands.
  const signInKey = `ecuapass:${userIdKey(user.userId).slice(0, 64)}`;
  await resetLimit("signInFailures", signInKey);
  await resetLimit("signInLock", signInKey);
  defer(() => mailPasswordChanged(user, changedAt));
  return { ok: true, userId: user.userId };
}

// ---------------------------------------------------------------- Mi página: contraseña

export type ChangeResult = { ok: true; sessionVersion: number } | { ok: false; message: string; fieldErrors?: FieldErrors };

const fieldError = (field: string, message: string, summary = "Revise los campos marcados."): ChangeResult => ({
  ok: false,
  message: summary,
  fieldErrors: { [field]: [message] },
});

/**
 * "Cambiar contraseña": the current password is required (wrong ones are limited per account);
 * every session of the account ends, and the caller signs this browser in again with the new
 * session version.
 */
export async function changeEcuapassPassword(id: string, input: Pick<ChangePasswordInput, "currentPassword" | "password">, defer: Defer = afterCommit): Promise<ChangeResult> {
  const user = await findUser(id);
  if (!user || user.status !== "activo") return { ok: false, message: "Su sesión terminó. Ingrese nuevamente." };
  const limitKey = user.id;
  const budget = await peekLimit("currentPasswordFailures", limitKey);
  if (budget.consumed >= 5) {
    return fieldError("currentPassword", tooManyAttemptsMessage(Math.max(1, Math.ceil(budget.msBeforeNext / 1000))));
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await consumeLimit("currentPasswordFailures", limitKey);
    await recordAudit({ actor: { kind: "ecuapass", id: user.id, label: user.userId }, action: "ecuapass.clave_actual_incorrecta", subjectType: "ecuapass_user", subjectId: user.id });
    return fieldError("currentPassword", "La contraseña actual es incorrecta.");
  }
  if (input.password === input.currentPassword) return fieldError("password", "La nueva contraseña debe ser distinta de la actual.");
  const policy = passwordPolicyError(input.password, [user.userId, user.docNumber]);
  if (policy) return fieldError("password", policy);

  const passwordHash = await hashPassword(input.password);
  const changedAt = now();
  const sessionVersion = await db.transaction(async (tx) => {
    await tx.update(ecuapassUsers).set({ passwordHash, updatedAt: changedAt }).where(eq(ecuapassUsers.id, user.id));
    await bumpSessionVersion("ecuapass", user.id, tx);
    await revokeLinkTokens(tx, "ecuapass_reset", user.id);
    await recordAudit(
      { actor: { kind: "ecuapass", id: user.id, label: user.userId }, action: "ecuapass.clave_cambiada", subjectType: "ecuapass_user", subjectId: user.id },
      tx,
    );
    const [row] = await tx.select({ sessionVersion: ecuapassUsers.sessionVersion }).from(ecuapassUsers).where(eq(ecuapassUsers.id, user.id));
    return row!.sessionVersion;
  });
  await resetLimit("currentPasswordFailures", limitKey);
  defer(() => mailPasswordChanged(user, changedAt));
  return { ok: true, sessionVersion };
}

// ---------------------------------------------------------------- Mi página: datos y correo

export type CodeStepResult = { ok: true; sentTo: string; expiresAt: Date } | { ok: false; message: string; fieldErrors?: FieldErrors };
export type SaveResult = { ok: true } | { ok: false; message: string; fieldErrors?: FieldErrors };

const scopeOf = (purpose: "ecuapass_datos" | "ecuapass_correo", userId: string): CodeScope => ({
  purpose,
  subjectId: userId,
  requireAvailable: purpose === "ecuapass_correo",
});

/** The registration's code messages, worded for a change instead of a registration. */
function codeRefusal(code: Exclude<CodeVerification, { ok: true }>): SaveResult {
  const message = code.reason === "not_requested" ? "Solicite primero el código de seguridad." : code.message;
  const left =
    code.reason === "wrong" && code.remaining !== undefined
      ? ` Le ${code.remaining === 1 ? "queda 1 intento" : `quedan ${code.remaining} intentos`}.`
      : "";
  return { ok: false, message: message + left, fieldErrors: { securityCode: [message] } };
}

/** Masks an address for a screen ("m***@dominio.ec"): the code goes there, the page needs no more. */
export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}***@${domain}`;
}

async function sendChangeCode(
  user: EcuapassUser,
  to: string,
  purpose: "ecuapass_datos" | "ecuapass_correo",
  ip: string,
  defer: Defer,
): Promise<CodeStepResult> {
  const created = await createSecurityCode(to, ip, scopeOf(purpose, user.id));
  if (!created.ok) {
    return { ok: false, message: created.message, fieldErrors: created.field ? { [created.field]: [created.message] } : undefined };
  }
  defer(() =>
    sendMail({
      to,
      subject: "Código de seguridad — Ecuapass",
      react: createElement(EcuapassCodigoCambioEmail, {
        code: created.code,
        minutes: CODE_TTL_MINUTES,
        change: purpose === "ecuapass_datos" ? "datos" : "correo",
      }),
      idempotencyKey: `ecuapass-codigo-cambio:${created.codeId}`,
    }),
  );
  return { ok: true, sentTo: maskEmail(to), expiresAt: created.expiresAt };
}

/** "Modificar información de registro": step 1, a code to the registered address. */
export async function requestProfileDataCode(id: string, ip: string, defer: Defer = afterCommit): Promise<CodeStepResult> {
  const user = await findUser(id);
  if (!user || user.status !== "activo") return { ok: false, message: "Su sesión terminó. Ingrese nuevamente." };
  return sendChangeCode(user, user.email, "ecuapass_datos", ip, defer);
}

/** Step 2: the code confirms the data; one transaction consumes the code and saves. */
export async function updateProfileData(id: string, input: Omit<ProfileDataInput, "intent">): Promise<SaveResult> {
  const user = await findUser(id);
  if (!user || user.status !== "activo") return { ok: false, message: "Su sesión terminó. Ingrese nuevamente." };
  const code = await verifySecurityCode(user.email, input.securityCode, scopeOf("ecuapass_datos", user.id));
  if (!code.ok) return codeRefusal(code);
  const data = { address: input.address, phone1: input.phone1, phone2: input.phone2, mobileOperator: input.mobileOperator, mobile: input.mobile, fax: input.fax };
  const changed = Object.entries(data)
    .filter(([field, value]) => user[field as keyof typeof data] !== value)
    .map(([field]) => field);
  const saved = await db.transaction(async (tx) => {
    if (!(await consumeSecurityCode(tx, code.codeId))) return false;
    await tx.update(ecuapassUsers).set({ ...data, updatedAt: now() }).where(eq(ecuapassUsers.id, user.id));
    await recordAudit(
      {
        actor: { kind: "ecuapass", id: user.id, label: user.userId },
        action: "ecuapass.datos_actualizados",
        subjectType: "ecuapass_user",
        subjectId: user.id,
        details: { campos: changed },
      },
      tx,
    );
    return true;
  });
  if (!saved) return { ok: false, message: MESSAGES.codeUsed, fieldErrors: { securityCode: [MESSAGES.codeUsed] } };
  return { ok: true };
}

/** "Cambiar correo electrónico": step 1, availability, then a code to the new address. */
export async function requestEmailChangeCode(id: string, newEmail: string, ip: string, defer: Defer = afterCommit): Promise<CodeStepResult> {
  const user = await findUser(id);
  if (!user || user.status !== "activo") return { ok: false, message: "Su sesión terminó. Ingrese nuevamente." };
  if (emailKey(newEmail) === user.emailKey) {
    const message = "Es el correo electrónico que ya tiene registrado.";
    return { ok: false, message, fieldErrors: { email: [message] } };
  }
  return sendChangeCode(user, newEmail, "ecuapass_correo", ip, defer);
}

/**
 * Step 2: the code sent to the new address proves it is the user's; one transaction consumes it
 * and changes the address (the unique index decides a race for the same address). The previous
 * address is told. The SENAE address (ID.usuario@correo.aduana.gob.ec) does not change.
 */
export async function changeEcuapassEmail(id: string, input: Omit<EmailChangeInput, "intent">, defer: Defer = afterCommit): Promise<SaveResult> {
  const user = await findUser(id);
  if (!user || user.status !== "activo") return { ok: false, message: "Su sesión terminó. Ingrese nuevamente." };
  const code = await verifySecurityCode(input.email, input.securityCode, scopeOf("ecuapass_correo", user.id));
  if (!code.ok) return codeRefusal(code);
  const changedAt = now();
  try {
    const saved = await db.transaction(async (tx) => {
      if (!(await consumeSecurityCode(tx, code.codeId))) return false;
      const [taken] = await tx
        .select({ id: ecuapassUsers.id })
        .from(ecuapassUsers)
        .where(and(eq(ecuapassUsers.emailKey, input.emailKey), ne(ecuapassUsers.id, user.id)))
        .limit(1);
      if (taken) return "taken" as const;
      await tx.update(ecuapassUsers).set({ email: input.email, emailKey: input.emailKey, updatedAt: changedAt }).where(eq(ecuapassUsers.id, user.id));
      await recordAudit(
        {
          actor: { kind: "ecuapass", id: user.id, label: user.userId },
          action: "ecuapass.correo_cambiado",
          subjectType: "ecuapass_user",
          subjectId: user.id,
          details: { anterior: maskEmail(user.email), nuevo: maskEmail(input.email) },
        },
        tx,
      );
      return true;
    });
    if (saved === "taken") return { ok: false, message: MESSAGES.emailTaken, fieldErrors: { email: [MESSAGES.emailTaken] } };
    if (!saved) return { ok: false, message: MESSAGES.codeUsed, fieldErrors: { securityCode: [MESSAGES.codeUsed] } };
  } catch (error) {
    if (uniqueViolation(error) === "ecuapass_users_email_key_uq") {
      return { ok: false, message: MESSAGES.emailTaken, fieldErrors: { email: [MESSAGES.emailTaken] } };
    }
    throw error;
  }
  defer(() =>
    sendMail({
      to: user.email,
      subject: "El correo electrónico de su usuario de Ecuapass fue cambiado",
      react: createElement(EcuapassCorreoCambiadoEmail, {
        fullName: user.fullName,
        userId: user.userId,
        newEmail: maskEmail(input.email),
        changedAt: formatEcuadorDateTime(changedAt),
      }),
      idempotencyKey: `ecuapass-correo-cambiado:${user.id}:${changedAt.getTime()}`,
    }),
  );
  return { ok: true };
}
