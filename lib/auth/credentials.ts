import "server-only";
import { createHmac } from "node:crypto";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { nowMs } from "@/lib/clock";
import { db } from "@/lib/db";
import { ecuapassUsers, sepsUsers, staffRecoveryCodes, staffUsers } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { recordAudit } from "@/lib/security/audit";
import { emailKey, foldForComparison, stripSeparators } from "@/lib/security/normalize";
import { verifyAgainstDummy, verifyPassword } from "@/lib/security/passwords";
import { blockFor, consumeLimit, isBlocked, peekLimit, resetLimit } from "@/lib/security/rate-limit";
import { constantTimeEqualHex, hashCode } from "@/lib/security/tokens";
import type { AccountKind, EcuapassAccountStatus, StaffRole } from "./kinds";
import { matchTotpStep } from "./totp";

export type SessionUser = { id: string; name: string; kind: AccountKind; sessionVersion: number; role?: StaffRole; status?: EcuapassAccountStatus };
export type SignInOutcome = { ok: true; user: SessionUser } | { ok: false; lockedSeconds?: number };

const FAILURES_BEFORE_LOCK = 5;
const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 15 * 60;

/** 30 s after the 5th failure, doubling with each further failure, at most 15 minutes. */
export function lockSecondsAfter(failures: number): number {
  if (failures < FAILURES_BEFORE_LOCK) return 0;
  return Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (failures - FAILURES_BEFORE_LOCK));
}

/**
 * Runs one sign-in attempt under the per-account throttle. A locked account is refused before
 * the password is looked at; unknown accounts are counted and hashed like known ones.
 */
async function throttledSignIn(kind: AccountKind, name: string, check: () => Promise<SessionUser | null>): Promise<SignInOutcome> {
  const key = `${kind}:${name}`;
  const actor = { kind: "anonimo" as const, label: name.slice(0, 200) };
  const lock = await isBlocked("signInLock", key);
  if (!lock.ok) {
    await recordAudit({ actor, action: "auth.ingreso_bloqueado", subjectType: kind, details: { esperaSegundos: lock.retryAfterSeconds } });
    return { ok: false, lockedSeconds: lock.retryAfterSeconds };
  }
  const user = await check();
  if (user) {
    await resetLimit("signInFailures", key);
    await recordAudit({ actor: { kind, id: user.id, label: name }, action: "auth.ingreso", subjectType: kind, subjectId: user.id });
    return { ok: true, user };
  }
  await consumeLimit("signInFailures", key);
  const { consumed: consumedPoints } = await peekLimit("signInFailures", key);
  const lockSeconds = lockSecondsAfter(consumedPoints);
  if (lockSeconds > 0) await blockFor("signInLock", key, lockSeconds);
  await recordAudit({ actor, action: "auth.ingreso_fallido", subjectType: kind, details: { fallos: consumedPoints } });
  return lockSeconds > 0 ? { ok: false, lockedSeconds: lockSeconds } : { ok: false };
}

/**
 * The Ecuapass states that sign in: an active account, and an account whose registration request
 * is pending or was rejected (it reaches only its status page, lib/auth/guards.ts). A suspended
 * account never signs in.
 */
export const ECUAPASS_SIGN_IN_STATUSES: readonly EcuapassAccountStatus[] = ["activo", "pendiente_aprobacion", "rechazado"];

export async function verifyEcuapassCredentials(userId: string, password: string): Promise<SignInOutcome> {
  const key = foldForComparison(userId.trim()).slice(0, 64);
  return throttledSignIn("ecuapass", key, async () => {
    const [user] = key
      ? await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.userIdKey, key)).limit(1)
      : [];
    if (!user) return verifyAgainstDummy(password).then(() => null);
    if (!(await verifyPassword(user.passwordHash, password)) || !ECUAPASS_SIGN_IN_STATUSES.includes(user.status)) return null;
    return { id: user.id, name: user.fullName, kind: "ecuapass", sessionVersion: user.sessionVersion, status: user.status };
  });
}

export async function verifySepsCredentials(cedula: string, password: string): Promise<SignInOutcome> {
  const key = stripSeparators(cedula).slice(0, 20);
  return throttledSignIn("seps", key, async () => {
    const [user] = key ? await db.select().from(sepsUsers).where(eq(sepsUsers.cedula, key)).limit(1) : [];
    if (!user?.passwordHash) return verifyAgainstDummy(password).then(() => null);
    if (!(await verifyPassword(user.passwordHash, password)) || user.status !== "activo") return null;
    return { id: user.id, name: user.fullName, kind: "seps", sessionVersion: user.sessionVersion };
  });
}

/** Staff: email, password and a TOTP code (or one of the one-time recovery codes). */
export async function verifyStaffCredentials(email: string, password: string, otp: string): Promise<SignInOutcome> {
  const key = emailKey(email).slice(0, 254);
  return throttledSignIn("staff", key, async () => {
    const [user] = key ? await db.select().from(staffUsers).where(eq(staffUsers.email, key)).limit(1) : [];
    if (!user?.passwordHash || !user.totpSecret) return verifyAgainstDummy(password).then(() => null);
    if (!(await verifyPassword(user.passwordHash, password)) || user.status !== "activo") return null;
    const step = matchTotpStep(user.totpSecret, otp);
    const secondFactor = step !== null ? await claimTotpStep(user.id, step) : await consumeRecoveryCode(user.id, otp);
    if (!secondFactor) return null;
    return { id: user.id, name: user.fullName, kind: "staff", sessionVersion: user.sessionVersion, role: user.role };
  });
}

/** Takes the code's time step for the account, once: false for a code (or an older one) already used. */
async function claimTotpStep(staffId: string, step: number): Promise<boolean> {
  const [claimed] = await db
    .update(staffUsers)
    .set({ totpLastStep: step })
    .where(and(eq(staffUsers.id, staffId), or(isNull(staffUsers.totpLastStep), lt(staffUsers.totpLastStep, step))))
    .returning({ id: staffUsers.id });
  return Boolean(claimed);
}

async function consumeRecoveryCode(staffId: string, input: string): Promise<boolean> {
  const cleaned = input.replace(/[\s-]/g, "");
  if (cleaned.length !== 10) return false;
  const [used] = await db
    .update(staffRecoveryCodes)
    .set({ usedAt: new Date(nowMs()) })
    .where(
      and(
        eq(staffRecoveryCodes.staffId, staffId),
        eq(staffRecoveryCodes.codeHash, hashCode(cleaned)),
        isNull(staffRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: staffRecoveryCodes.id });
  return Boolean(used);
}

// Registration tickets: signed by the server, valid one minute, for one session version.
const TICKET_TTL_MS = 60_000;

function signTicket(payload: string): string {
  return createHmac("sha256", getEnv().authSecret).update(`ecuapass-ticket:${payload}`).digest("hex");
}

export function issueEcuapassTicket(userId: string, sessionVersion: number): string {
  const payload = `${userId}.${sessionVersion}.${nowMs() + TICKET_TTL_MS}`;
  return `${payload}.${signTicket(payload)}`;
}

export async function verifyEcuapassTicket(ticket: string): Promise<SignInOutcome> {
  const parts = ticket.split(".");
  if (parts.length !== 4) return { ok: false };
  const [id, version, expires, signature] = parts as [string, string, string, string];
  const payload = `${id}.${version}.${expires}`;
  if (!/^[0-9a-f]{64}$/.test(signature) || !constantTimeEqualHex(signTicket(payload), signature)) return { ok: false };
  if (Number(expires) < nowMs() || !/^[0-9a-f-]{36}$/.test(id)) return { ok: false };
  const [user] = await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.id, id)).limit(1);
  // Just registered (active at once, or pending its approval) or just changed the password.
  if (!user || (user.status !== "activo" && user.status !== "pendiente_aprobacion") || String(user.sessionVersion) !== version) return { ok: false };
  return { ok: true, user: { id: user.id, name: user.fullName, kind: "ecuapass", sessionVersion: user.sessionVersion, status: user.status } };
}
