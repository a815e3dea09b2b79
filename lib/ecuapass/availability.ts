import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, getConnection } from "@/lib/db";
import { ecuapassUsers } from "@/lib/db/schema";
import { checkDocument } from "@/lib/identity/documents";
import { emailKey } from "@/lib/security/normalize";
import { consumeLimit, tooManyAttemptsMessage } from "@/lib/security/rate-limit";
import { MESSAGES, emailError, emailsMatch, userIdError, userIdKey, type DocType } from "./rules";

// "Comprobar disponibilidad" for ID.usuario, Doc. Identificación and the email. Each answer is
// a hint: the unique indexes decide at registration. Each check is one indexed lookup after the
// per-address rate limit, nothing else (these endpoints take the load of registration days).

export type AvailabilityAnswer =
  | { status: 200; body: { disponible: boolean; mensaje: string; aviso?: string } }
  | { status: 400; body: { error: string } }
  | { status: 429; body: { error: string }; retryAfterSeconds: number };

async function exists(where: ReturnType<typeof eq>): Promise<boolean> {
  const rows = await db.select({ id: ecuapassUsers.id }).from(ecuapassUsers).where(where).limit(1);
  return rows.length > 0;
}

// The ID check takes the load of registration days: built once and prepared.
function buildUserIdTaken() {
  return db
    .select({ id: ecuapassUsers.id })
    .from(ecuapassUsers)
    .where(eq(ecuapassUsers.userIdKey, sql.placeholder("key")))
    .limit(1)
    .prepare("ecuapass_user_id_taken");
}
const userIdTakenStatements = new WeakMap<object, ReturnType<typeof buildUserIdTaken>>();

export async function isUserIdTaken(userId: string): Promise<boolean> {
  const connection = getConnection();
  let statement = userIdTakenStatements.get(connection);
  if (!statement) userIdTakenStatements.set(connection, (statement = buildUserIdTaken()));
  return (await statement.execute({ key: userIdKey(userId) })).length > 0;
}

export async function isDocumentTaken(docType: DocType, docNumber: string): Promise<boolean> {
  return exists(and(eq(ecuapassUsers.docType, docType), eq(ecuapassUsers.docNumber, docNumber))!);
}

export async function isEmailTaken(email: string): Promise<boolean> {
  return exists(eq(ecuapassUsers.emailKey, emailKey(email)));
}

async function limited(ip: string): Promise<AvailabilityAnswer | null> {
  const limit = await consumeLimit("availability", ip);
  if (limit.ok) return null;
  return { status: 429, body: { error: tooManyAttemptsMessage(limit.retryAfterSeconds) }, retryAfterSeconds: limit.retryAfterSeconds };
}

const answer = (taken: boolean, free: string, used: string, aviso?: string): AvailabilityAnswer => ({
  status: 200,
  body: { disponible: !taken, mensaje: taken ? used : free, ...(aviso && !taken ? { aviso } : {}) },
});

export async function checkUserIdAvailability(value: string, ip: string): Promise<AvailabilityAnswer> {
  const refused = await limited(ip);
  if (refused) return refused;
  const error = userIdError(value);
  if (error) return { status: 400, body: { error } };
  return answer(await isUserIdTaken(value), MESSAGES.userIdAvailable, MESSAGES.userIdTaken);
}

export async function checkDocumentAvailability(type: string, value: string, ip: string): Promise<AvailabilityAnswer> {
  const refused = await limited(ip);
  if (refused) return refused;
  if (type !== "ruc" && type !== "cedula" && type !== "pasaporte") {
    return { status: 400, body: { error: "Seleccione el tipo de documento." } };
  }
  const doc = checkDocument(type, value);
  if (!doc.ok) return { status: 400, body: { error: doc.message } };
  return answer(await isDocumentTaken(type, doc.value), MESSAGES.docAvailable, MESSAGES.docTaken, doc.warning);
}

export async function checkEmailAvailability(value: string, confirmation: string | null, ip: string): Promise<AvailabilityAnswer> {
  const refused = await limited(ip);
  if (refused) return refused;
  const error = emailError(value);
  if (error) return { status: 400, body: { error } };
  if (confirmation !== null && !emailsMatch(value, confirmation)) return { status: 400, body: { error: MESSAGES.emailMismatch } };
  return answer(await isEmailTaken(value), MESSAGES.emailAvailable, MESSAGES.emailTaken);
}
