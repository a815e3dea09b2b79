import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { db, preparedPerConnection } from "@/lib/db";
import { ecuapassUsers } from "@/lib/db/schema";
import { checkDocument } from "@/lib/identity/documents";
import { emailKey } from "@/lib/security/normalize";
import { consumeLimit, consumedLimitCte, limitOutcome, limitParams, tooManyAttemptsMessage } from "@/lib/security/rate-limit";
import { MESSAGES, emailError, emailsMatch, userIdError, userIdKey, type DocType } from "./rules";

// "Comprobar disponibilidad" for ID.usuario, Doc. Identificación and the email. Each answer is
// a hint: the unique indexes decide at registration. These endpoints take the load of registration
// days, so each check is one prepared statement that takes from the per-address rate limit and
// does the indexed lookup together (one round trip).

export type AvailabilityAnswer =
  | { status: 200; body: { disponible: boolean; mensaje: string; aviso?: string } }
  | { status: 400; body: { error: string } }
  | { status: 429; body: { error: string }; retryAfterSeconds: number };

type Check = "user_id" | "document" | "email";

// Placeholders of each lookup, beside the rate limit's own (key, points, expire, now).
const TAKEN: Record<Check, () => SQL> = {
  user_id: () => sql`${ecuapassUsers.userIdKey} = ${sql.placeholder("userIdKey")}`,
  document: () =>
    sql`${ecuapassUsers.docType} = ${sql.placeholder("docType")} and ${ecuapassUsers.docNumber} = ${sql.placeholder("docNumber")}`,
  email: () => sql`${ecuapassUsers.emailKey} = ${sql.placeholder("emailKey")}`,
};

function buildCheck(check: Check) {
  const consumed = consumedLimitCte("availability");
  return db
    .with(consumed)
    .select({
      points: consumed.points,
      expire: consumed.expire,
      taken: sql<boolean>`exists (select 1 from ${ecuapassUsers} where ${TAKEN[check]()})`.as("taken"),
    })
    .from(consumed)
    .prepare(`ecuapass_${check}_check`);
}
const statements: Record<Check, () => ReturnType<typeof buildCheck>> = {
  user_id: preparedPerConnection(() => buildCheck("user_id")),
  document: preparedPerConnection(() => buildCheck("document")),
  email: preparedPerConnection(() => buildCheck("email")),
};

/** Takes one from the address's budget and looks the value up: taken or not, or the 429 answer. */
async function limitedLookup(check: Check, ip: string, lookup: Record<string, string>): Promise<AvailabilityAnswer | boolean> {
  // Wall time for the rate limit's rows, as lib/security/rate-limit.ts explains.
  const nowMs = Date.now();
  const [row] = await statements[check]().execute({ ...limitParams("availability", ip, nowMs), ...lookup });
  const limit = limitOutcome("availability", row, nowMs);
  if (!limit.ok) return tooMany(limit.retryAfterSeconds);
  return row?.taken === true;
}

const tooMany = (retryAfterSeconds: number): AvailabilityAnswer => ({
  status: 429,
  body: { error: tooManyAttemptsMessage(retryAfterSeconds) },
  retryAfterSeconds,
});

/** An invalid value still takes from the budget (it is a request all the same). */
async function refuseInvalid(ip: string, error: string): Promise<AvailabilityAnswer> {
  const limit = await consumeLimit("availability", ip);
  return limit.ok ? { status: 400, body: { error } } : tooMany(limit.retryAfterSeconds);
}

export async function isEmailTaken(email: string): Promise<boolean> {
  const rows = await db.select({ id: ecuapassUsers.id }).from(ecuapassUsers).where(eq(ecuapassUsers.emailKey, emailKey(email))).limit(1);
  return rows.length > 0;
}

const answer = (taken: boolean, free: string, used: string, aviso?: string): AvailabilityAnswer => ({
  status: 200,
  body: { disponible: !taken, mensaje: taken ? used : free, ...(aviso && !taken ? { aviso } : {}) },
});

export async function checkUserIdAvailability(value: string, ip: string): Promise<AvailabilityAnswer> {
  const error = userIdError(value);
  if (error) return refuseInvalid(ip, error);
  const taken = await limitedLookup("user_id", ip, { userIdKey: userIdKey(value) });
  return typeof taken === "boolean" ? answer(taken, MESSAGES.userIdAvailable, MESSAGES.userIdTaken) : taken;
}

export async function checkDocumentAvailability(type: string, value: string, ip: string): Promise<AvailabilityAnswer> {
  if (type !== "ruc" && type !== "cedula" && type !== "pasaporte") return refuseInvalid(ip, "Seleccione el tipo de documento.");
  const doc = checkDocument(type, value);
  if (!doc.ok) return refuseInvalid(ip, doc.message);
  const taken = await limitedLookup("document", ip, { docType: type, docNumber: doc.value });
  return typeof taken === "boolean" ? answer(taken, MESSAGES.docAvailable, MESSAGES.docTaken, doc.warning) : taken;
}

export async function checkEmailAvailability(value: string, confirmation: string | null, ip: string): Promise<AvailabilityAnswer> {
  const error = emailError(value);
  if (error) return refuseInvalid(ip, error);
  if (confirmation !== null && !emailsMatch(value, confirmation)) return refuseInvalid(ip, MESSAGES.emailMismatch);
  const taken = await limitedLookup("email", ip, { emailKey: emailKey(value) });
  return typeof taken === "boolean" ? answer(taken, MESSAGES.emailAvailable, MESSAGES.emailTaken) : taken;
}
