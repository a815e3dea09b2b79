import "server-only";
import { and, count, desc, eq, gte, or } from "drizzle-orm";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import {
  auditEvents,
  deletionRequests,
  ecuapassUsers,
  sepsRequests,
  sepsUsers,
  type DeletionRequest,
  type EcuapassUser,
  type SepsUser,
} from "@/lib/db/schema";
import { recordPersonalDataAccess, SUBJECT_TYPE, type DataSubjectKind, type StaffViewer } from "@/lib/privacy/access-log";
import { redactDetails } from "@/lib/security/audit";
import { isBlocked } from "@/lib/security/rate-limit";
import { listUserRoles, type UserRoleRow } from "@/lib/seps/accounts";
import { lockKey, signInKey } from "./sign-in-key";

export type SignInHistory = {
  lastSignIn: Date | null;
  /** Failed attempts in the last 30 days, and the latest ten of them. */
  failures30d: number;
  recentFailures: Date[];
  locks30d: number;
  /** Seconds left of the current lock, or null when the account is not locked. */
  lockedForSeconds: number | null;
};

export type AccountRequestRow = { id: string; number: string; status: string; orgRazonSocial: string; createdAt: Date; decidedAt: Date | null };

export type AccountAuditRow = { id: number; at: Date; action: string; actorLabel: string | null; details: Record<string, unknown> | null };

export type AccountDetail =
  | { kind: "ecuapass"; account: Omit<EcuapassUser, "passwordHash">; common: Common }
  | { kind: "seps"; account: Omit<SepsUser, "passwordHash"> & { hasPassword: boolean }; roles: UserRoleRow[]; requests: AccountRequestRow[]; common: Common };

type Common = {
  signIns: SignInHistory;
  audit: AccountAuditRow[];
  deletionRequests: DeletionRequest[];
  /** The latest suspension or reactivation reason, from the audit. */
  statusReason: { action: string; reason: string; at: Date } | null;
};

const DAY = 86_400_000;
const AUDIT_ROWS = 50;

async function signInHistory(kind: DataSubjectKind, id: string, key: string): Promise<SignInHistory> {
  const since = new Date(now().getTime() - 30 * DAY);
  const byKey = and(eq(auditEvents.subjectType, kind), eq(auditEvents.actorLabel, key));
  const [[last], [failures], recent, [locks], lock] = await Promise.all([
    db
      .select({ at: auditEvents.at })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "auth.ingreso"), eq(auditEvents.subjectType, kind), eq(auditEvents.subjectId, id)))
      .orderBy(desc(auditEvents.at))
      .limit(1),
    db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.action, "auth.ingreso_fallido"), byKey, gte(auditEvents.at, since))),
    db
      .select({ at: auditEvents.at })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "auth.ingreso_fallido"), byKey))
      .orderBy(desc(auditEvents.at))
      .limit(10),
    db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.action, "auth.ingreso_bloqueado"), byKey, gte(auditEvents.at, since))),
    isBlocked("signInLock", lockKey(kind, key)),
  ]);
  return {
    lastSignIn: last?.at ?? null,
    failures30d: failures?.n ?? 0,
    recentFailures: recent.map((r) => r.at),
    locks30d: locks?.n ?? 0,
    lockedForSeconds: lock.ok ? null : lock.retryAfterSeconds,
  };
}

async function common(kind: DataSubjectKind, id: string, key: string): Promise<Common> {
  const [signIns, audit, deletions] = await Promise.all([
    signInHistory(kind, id, key),
    db
      .select({ id: auditEvents.id, at: auditEvents.at, action: auditEvents.action, actorLabel: auditEvents.actorLabel, details: auditEvents.details })
      .from(auditEvents)
      .where(or(and(eq(auditEvents.subjectType, SUBJECT_TYPE[kind]), eq(auditEvents.subjectId, id)), and(eq(auditEvents.actorKind, kind), eq(auditEvents.actorId, id))))
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(AUDIT_ROWS),
    db
      .select()
      .from(deletionRequests)
      .where(and(eq(deletionRequests.subjectKind, kind), eq(deletionRequests.subjectId, id)))
      .orderBy(desc(deletionRequests.createdAt)),
  ]);
  const status = audit.find((e) => e.action === "cuenta.suspendida" || e.action === "cuenta.reactivada");
  return {
    signIns,
    audit: audit.map((e) => ({ ...e, details: redactDetails(e.details) })),
    deletionRequests: deletions,
    statusReason:
      status && typeof status.details?.motivo === "string" ? { action: status.action, reason: status.details.motivo, at: status.at } : null,
  };
}

/**
 * One account as staff see it. Writes the person's access log first: no staff read of a record
 * goes unrecorded, even one that fails halfway. Null when there is no such account.
 */
export async function getAccountDetail(kind: DataSubjectKind, id: string, viewer: StaffViewer): Promise<AccountDetail | null> {
  if (kind === "ecuapass") {
    const [row] = await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.id, id)).limit(1);
    if (!row) return null;
    await recordPersonalDataAccess(viewer, { kind, id }, "ficha de la cuenta");
    const { passwordHash: _hidden, ...account } = row;
    return { kind, account, common: await common(kind, id, signInKey(kind, row)) };
  }
  const [row] = await db.select().from(sepsUsers).where(eq(sepsUsers.id, id)).limit(1);
  if (!row) return null;
  await recordPersonalDataAccess(viewer, { kind, id }, "ficha de la cuenta");
  const { passwordHash, ...account } = row;
  const [roles, requests, shared] = await Promise.all([
    listUserRoles(id),
    db
      .select({
        id: sepsRequests.id,
        number: sepsRequests.number,
        status: sepsRequests.status,
        orgRazonSocial: sepsRequests.orgRazonSocial,
        createdAt: sepsRequests.createdAt,
        decidedAt: sepsRequests.decidedAt,
      })
      .from(sepsRequests)
      .where(eq(sepsRequests.userCedula, row.cedula))
      .orderBy(desc(sepsRequests.createdAt))
      .limit(100),
    common(kind, id, signInKey(kind, row)),
  ]);
  return { kind, account: { ...account, hasPassword: Boolean(passwordHash) }, roles, requests, common: shared };
}
