import "server-only";
import { sql } from "drizzle-orm";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { db, preparedPerConnection } from "@/lib/db";
import { rateLimits, volatileRateLimits } from "@/lib/db/schema";

// Every limit of the site in one place; stored in Postgres so serverless instances share them
// (the availability checks' counters in an UNLOGGED table, see volatileRateLimits).
const LIMITS = {
  /** Availability checks (ID, document, email): per client address. */
  availability: { points: 30, duration: 60 },
  /** Security codes: one send a minute and five an hour per address; per client address too. */
  codeSendEmailMinute: { points: 1, duration: 60 },
  codeSendEmailHour: { points: 5, duration: 60 * 60 },
  codeSendIpHour: { points: 20, duration: 60 * 60 },
  /** Failed sign-ins per account name, counted over 15 minutes. */
  signInFailures: { points: 1_000, duration: 15 * 60 },
  /** Set (blocked) when failures reach 5; its length doubles with each further failure. */
  signInLock: { points: 1, duration: 15 * 60 },
  /** Password reset requests. */
  resetPerUser: { points: 3, duration: 60 * 60 },
  resetPerIp: { points: 10, duration: 60 * 60 },
  /** Wrong current passwords typed in "Mi página" (password change), per account. */
  currentPasswordFailures: { points: 5, duration: 15 * 60 },
  /** Link submissions (activation, reset, invitations): guesses per client address. */
  linkPerIp: { points: 30, duration: 15 * 60 },
  /** SEPS requests saved per client address. */
  requestPerIp: { points: 20, duration: 60 * 60 },
  /** /seps/consulta: status lookups (number + cédula) per client address. */
  statusLookupPerIp: { points: 10, duration: 15 * 60 },
  /** /seps/consulta: the private link emailed again, per request. */
  linkResendPerRequest: { points: 3, duration: 60 * 60 },
  /** SEPS "Continuar" (it reads who holds each role): checks per client address. */
  requestCheckPerIp: { points: 30, duration: 15 * 60 },
  /** Signed-copy uploads: per request (3 documents, a few tries each) and per client address. */
  uploadPerRequest: { points: 12, duration: 60 * 60 },
  uploadPerIp: { points: 120, duration: 60 * 60 },
  /** Checks one solved captcha opens before "Guardar" spends it (then a new one is needed). */
  captchaPeeks: { points: 10, duration: 15 * 60 },
} as const;

export type LimitName = keyof typeof LIMITS;

/** Limits of anonymous lookups, kept in the UNLOGGED table (see volatileRateLimits). */
const VOLATILE: ReadonlySet<LimitName> = new Set<LimitName>(["availability"]);
type LimitTable = typeof rateLimits | typeof volatileRateLimits;

/** Each table with its consume upsert, prepared once per connection. */
const STORES = {
  durable: { table: rateLimits, consume: preparedPerConnection(() => consumeUpsert(rateLimits).prepare("rate_limit_consume")) },
  volatile: {
    table: volatileRateLimits,
    consume: preparedPerConnection(() => consumeUpsert(volatileRateLimits).prepare("volatile_rate_limit_consume")),
  },
};
const storeOf = (name: LimitName) => (VOLATILE.has(name) ? STORES.volatile : STORES.durable);

const limiters = new Map<LimitName, RateLimiterDrizzle>();

function limiter(name: LimitName): RateLimiterDrizzle {
  let found = limiters.get(name);
  if (!found) {
    found = new RateLimiterDrizzle({
      storeClient: db,
      schema: storeOf(name).table,
      keyPrefix: name,
      clearExpiredByTimeout: name === "availability",
      ...LIMITS[name],
    });
    limiters.set(name, found);
  }
  return found;
}

export type LimitResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

function refused(res: RateLimiterRes): LimitResult {
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
}

// consume() is on the hot path of every availability check: the same upsert RateLimiterDrizzle
// runs, but built once and prepared (one round trip, no re-parse, no per-call query building).
// Placeholders: key, points, expire, now (see limitParams).
function consumeUpsert(table: LimitTable) {
  const now = sql.placeholder("now");
  return db
    .insert(table)
    .values({ key: sql.placeholder("key"), points: sql.placeholder("points"), expire: sql.placeholder("expire") })
    .onConflictDoUpdate({
      target: table.key,
      set: {
        points: sql`case when ${table.expire} <= ${now}::timestamptz then excluded.points else ${table.points} + excluded.points end`,
        expire: sql`case when ${table.expire} <= ${now}::timestamptz then excluded.expire else ${table.expire} end`,
      },
    })
    .returning({ points: table.points, expire: table.expire });
}

/**
 * The consume upsert as a CTE named `consumed` (columns points, expire), so that a hot endpoint can
 * take from its budget and do its lookup in one statement: one round trip instead of two.
 */
export function consumedLimitCte(name: LimitName) {
  return db.$with("consumed").as(consumeUpsert(storeOf(name).table));
}

/** The placeholder values of the consume upsert, alone or as `consumedLimitCte`. */
export function limitParams(name: LimitName, key: string, nowMs: number, points = 1) {
  limiter(name); // Starts the expired-rows cleanup where the limit asks for it.
  return {
    key: `${name}:${key}`,
    points,
    expire: new Date(nowMs + LIMITS[name].duration * 1000),
    now: new Date(nowMs).toISOString(),
  };
}

/** What the upsert's returned row means for the limit. */
export function limitOutcome(
  name: LimitName,
  row: { points: number | null; expire: Date | string | null } | undefined,
  nowMs: number,
  points = 1,
): LimitResult {
  const budget = LIMITS[name].points;
  const consumed = row?.points ?? points;
  if (consumed <= budget) return { ok: true, remaining: Math.max(budget - consumed, 0) };
  const msBeforeNext = row?.expire ? Math.max(new Date(row.expire).getTime() - nowMs, 0) : 0;
  return refused(new RateLimiterRes(0, msBeforeNext, consumed));
}

/** Takes `points` from the key's budget; refuses (without taking) once it is spent. */
export async function consumeLimit(name: LimitName, key: string, points = 1): Promise<LimitResult> {
  // Wall time, not lib/clock: rate-limiter-flexible expires and cleans these rows on its own
  // Date.now(), and a test that moves the app's clock must not reset everyone's budget.
  const nowMs = Date.now();
  const [row] = await storeOf(name).consume().execute(limitParams(name, key, nowMs, points));
  return limitOutcome(name, row, nowMs, points);
}

/** How much of the budget is used, without taking any. */
export async function peekLimit(name: LimitName, key: string): Promise<{ consumed: number; msBeforeNext: number }> {
  const res = await limiter(name).get(key);
  return { consumed: res?.consumedPoints ?? 0, msBeforeNext: res?.msBeforeNext ?? 0 };
}

export async function blockFor(name: LimitName, key: string, seconds: number) {
  await limiter(name).block(key, seconds);
}

export async function isBlocked(name: LimitName, key: string): Promise<LimitResult> {
  const res = await limiter(name).get(key);
  if (res && res.consumedPoints > LIMITS[name].points) return refused(res);
  return { ok: true, remaining: LIMITS[name].points - (res?.consumedPoints ?? 0) };
}

export async function resetLimit(name: LimitName, key: string) {
  await limiter(name).delete(key);
}

/** "Demasiados intentos, espere N segundos" (or minutes, past two minutes). */
export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  if (retryAfterSeconds > 120) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    return `Demasiados intentos, espere ${minutes} minutos.`;
  }
  return `Demasiados intentos, espere ${retryAfterSeconds} ${retryAfterSeconds === 1 ? "segundo" : "segundos"}.`;
}
