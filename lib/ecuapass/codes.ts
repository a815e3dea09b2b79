import "server-only";
import { and, desc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { now, nowMs } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { emailCodes, type EmailCode } from "@/lib/db/schema";
import { recordAudit } from "@/lib/security/audit";
import { emailKey } from "@/lib/security/normalize";
import { consumeLimit, tooManyAttemptsMessage } from "@/lib/security/rate-limit";
import { constantTimeEqualHex, hashCode, newSecurityCode, normalizeSecurityCode } from "@/lib/security/tokens";
import { isEmailTaken } from "./availability";
import { CODE_TTL_MINUTES, MAX_CODE_ATTEMPTS, MESSAGES } from "./rules";

// The email security code ("ACTIVACIÓN DE CORREO ELECTRÓNICO"): 6 characters, 15 minutes, only
// its HMAC stored, at most 5 tries. A new code replaces the previous one but inherits its count
// of tries when that one is less than an hour old, so asking again never buys more guesses.

export const CODE_TTL_MS = CODE_TTL_MINUTES * 60_000;
const ATTEMPTS_CARRY_MS = 60 * 60_000;

/**
 * What a code confirms: a registration (the address must be free), or a change a signed-in user
 * asks for ("Mi página": data confirmed at the registered address, a new address confirmed at
 * itself), bound to that account so another account's code for the same address never counts.
 */
export type CodeScope = { purpose: EmailCode["purpose"]; subjectId: string | null; requireAvailable: boolean };
export const REGISTRATION_SCOPE: CodeScope = { purpose: "ecuapass_registro", subjectId: null, requireAvailable: true };

function scopeWhere(scope: CodeScope, key: string) {
  return and(
    eq(emailCodes.purpose, scope.purpose),
    eq(emailCodes.emailKey, key),
    scope.subjectId ? eq(emailCodes.subjectId, scope.subjectId) : isNull(emailCodes.subjectId),
  );
}

export type CodeRequestResult =
  | { ok: true; codeId: string; code: string; expiresAt: Date }
  | { ok: false; field?: "email"; message: string };

async function latestCode(scope: CodeScope, key: string, executor: Pick<Tx, "select"> = db): Promise<EmailCode | null> {
  const [row] = await executor
    .select()
    .from(emailCodes)
    .where(scopeWhere(scope, key))
    .orderBy(desc(emailCodes.createdAt))
    .limit(1);
  return row ?? null;
}

function lockedMessage(code: EmailCode): string {
  const minutes = Math.max(1, Math.ceil((code.createdAt.getTime() + ATTEMPTS_CARRY_MS - nowMs()) / 60_000));
  return (
    `Se ingresó un código incorrecto ${MAX_CODE_ATTEMPTS} veces para este correo. ` +
    `Podrá solicitar un nuevo código en ${minutes} ${minutes === 1 ? "minuto" : "minutos"}.`
  );
}

/**
 * Creates and stores a new code for the address (the caller mails it after this returns: the row
 * is committed first). Refuses a used address, an address whose tries are spent, and requests
 * over the limits: one a minute and five an hour per address, and a budget per client address.
 */
export async function createSecurityCode(email: string, ip: string, scope: CodeScope = REGISTRATION_SCOPE): Promise<CodeRequestResult> {
  const key = emailKey(email);
  if (scope.requireAvailable && (await isEmailTaken(email))) return { ok: false, field: "email", message: MESSAGES.emailTaken };

  const previous = await latestCode(scope, key);
  const recent = previous && previous.createdAt.getTime() > nowMs() - ATTEMPTS_CARRY_MS;
  if (recent && previous.attempts >= MAX_CODE_ATTEMPTS && !previous.consumedAt) {
    return { ok: false, message: lockedMessage(previous) };
  }

  // Each purpose has its own per-address budget: registering does not use up the first change's.
  const addressKey = scope.purpose === "ecuapass_registro" ? key : `${scope.purpose}:${key}`;
  for (const [name, limitKey] of [
    ["codeSendIpHour", ip],
    ["codeSendEmailMinute", addressKey],
    ["codeSendEmailHour", addressKey],
  ] as const) {
    const limit = await consumeLimit(name, limitKey);
    if (!limit.ok) {
      const wait = tooManyAttemptsMessage(limit.retryAfterSeconds);
      const message =
        name === "codeSendEmailMinute"
          ? `Ya se envió un código a este correo hace menos de un minuto. ${wait}`
          : name === "codeSendEmailHour"
            ? `Se alcanzó el máximo de 5 códigos por hora para este correo. ${wait}`
            : wait;
      return { ok: false, message };
    }
  }

  const code = newSecurityCode();
  const created = now();
  const expiresAt = new Date(created.getTime() + CODE_TTL_MS);
  const row = await db.transaction(async (tx) => {
    // Re-read inside the transaction: the count of tries to carry is the latest one's.
    const last = await latestCode(scope, key, tx);
    const carried = last && !last.consumedAt && last.createdAt.getTime() > created.getTime() - ATTEMPTS_CARRY_MS ? last.attempts : 0;
    await tx
      .update(emailCodes)
      .set({ supersededAt: created })
      .where(and(scopeWhere(scope, key), isNull(emailCodes.supersededAt), isNull(emailCodes.consumedAt)));
    const [inserted] = await tx
      .insert(emailCodes)
      .values({
        purpose: scope.purpose,
        emailKey: key,
        subjectId: scope.subjectId,
        codeHash: hashCode(code),
        expiresAt,
        attempts: carried,
        createdAt: created,
      })
      .returning();
    await recordAudit(
      {
        actor: scope.subjectId ? { kind: "ecuapass", id: scope.subjectId, label: key } : { kind: "anonimo", label: key },
        action: "ecuapass.codigo_enviado",
        subjectType: "email_code",
        subjectId: inserted!.id,
        ...(scope.purpose === "ecuapass_registro" ? {} : { details: { proposito: scope.purpose } }),
      },
      tx,
    );
    return inserted!;
  });
  return { ok: true, codeId: row.id, code, expiresAt };
}

export type CodeVerification =
  | { ok: true; codeId: string }
  | { ok: false; reason: "not_requested" | "wrong" | "expired" | "locked" | "used"; message: string; remaining?: number };

/**
 * Checks the typed code against the address's live code in one atomic UPDATE that counts the try
 * when it is wrong and refuses once 5 wrong tries are counted, even a right code: parallel
 * guesses are serialized on the row, so none escapes the count. Right tries are not counted, so
 * a double submit of the right code is not mistaken for guessing. Does not consume the code:
 * consumeSecurityCode does, inside the registration's transaction.
 */
export async function verifySecurityCode(email: string, typed: string, scope: CodeScope = REGISTRATION_SCOPE): Promise<CodeVerification> {
  const key = emailKey(email);
  const cleaned = normalizeSecurityCode(typed);
  // Nothing to count: the address's code state, or "wrong".
  if (!cleaned) return verifySecurityCodeState(scope, key);

  const typedHash = hashCode(cleaned);
  // The address's latest code in the same statement: a refusal (none, used, spent, expired) reads why afterwards.
  const latest = db.select({ id: emailCodes.id }).from(emailCodes).where(scopeWhere(scope, key)).orderBy(desc(emailCodes.createdAt)).limit(1);
  const [counted] = await db
    .update(emailCodes)
    .set({ attempts: sql`${emailCodes.attempts} + (case when ${emailCodes.codeHash} = ${typedHash} then 0 else 1 end)` })
    .where(
      and(
        sql`${emailCodes.id} = (${latest})`,
        lt(emailCodes.attempts, MAX_CODE_ATTEMPTS),
        isNull(emailCodes.consumedAt),
        isNull(emailCodes.supersededAt),
        gt(emailCodes.expiresAt, now()),
      ),
    )
    .returning({ id: emailCodes.id, codeHash: emailCodes.codeHash, attempts: emailCodes.attempts });
  if (!counted) return verifySecurityCodeState(scope, key);
  if (!constantTimeEqualHex(counted.codeHash, typedHash)) {
    return { ok: false, reason: "wrong", message: MESSAGES.codeWrong, remaining: MAX_CODE_ATTEMPTS - counted.attempts };
  }
  return { ok: true, codeId: counted.id };
}

async function verifySecurityCodeState(scope: CodeScope, key: string): Promise<CodeVerification> {
  const latest = await latestCode(scope, key);
  if (!latest) return { ok: false, reason: "not_requested", message: MESSAGES.codeNotRequested };
  if (latest.consumedAt) return { ok: false, reason: "used", message: MESSAGES.codeUsed };
  if (latest.attempts >= MAX_CODE_ATTEMPTS) return { ok: false, reason: "locked", message: MESSAGES.codeLocked };
  if (latest.expiresAt.getTime() <= nowMs()) return { ok: false, reason: "expired", message: MESSAGES.codeExpired };
  return { ok: false, reason: "wrong", message: MESSAGES.codeWrong };
}

/** Single use: one conditional UPDATE; false when another request consumed or replaced it first. */
export async function consumeSecurityCode(tx: Tx, codeId: string): Promise<boolean> {
  const [row] = await tx
    .update(emailCodes)
    .set({ consumedAt: now() })
    .where(
      and(
        eq(emailCodes.id, codeId),
        isNull(emailCodes.consumedAt),
        isNull(emailCodes.supersededAt),
        gt(emailCodes.expiresAt, now()),
      ),
    )
    .returning({ id: emailCodes.id });
  return Boolean(row);
}
