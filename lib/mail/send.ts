import "server-only";
import { randomUUID } from "node:crypto";
import type { ReactElement } from "react";
import { and, asc, eq, lte, sql } from "drizzle-orm";
import { Resend } from "resend";
import { nowMs } from "@/lib/clock";
import { db } from "@/lib/db";
import { mailOutbox, type MailMessage } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { renderEmail } from "./template-cache";

export type OutgoingMail = {
  to: string;
  subject: string;
  react: ReactElement;
  /** Same key, same message: a retry or a double submit never sends twice. */
  idempotencyKey?: string;
};

const MAX_ATTEMPTS = 8;

let resendClient: Resend | undefined;
function resend(): Resend {
  resendClient ??= new Resend(getEnv().RESEND_API_KEY);
  return resendClient;
}

/**
 * The app's only way to send mail. The message is written to mail_outbox first (the dev outbox,
 * or the retry queue for Resend), then delivered; a failed delivery is retried later, never lost.
 * Call it after the transaction that produced the message has committed.
 */
export async function sendMail(mail: OutgoingMail): Promise<{ id: string; delivered: boolean }> {
  const env = getEnv();
  // One React render (or none, for a template whose skeleton is cached): the plain-text part is
  // derived from the HTML (what render's plainText option does internally).
  const { html, text } = await renderEmail(mail.react);
  const transport = env.mailTransport;
  const idempotencyKey = mail.idempotencyKey ?? randomUUID();
  const inserted = await db
    .insert(mailOutbox)
    .values({
      transport,
      to: mail.to.trim().toLowerCase(),
      subject: mail.subject,
      html,
      text,
      status: transport === "outbox" ? "enviado" : "pendiente",
      sentAt: transport === "outbox" ? new Date(nowMs()) : null,
      idempotencyKey,
    })
    .onConflictDoNothing({ target: mailOutbox.idempotencyKey })
    .returning();
  const row = inserted[0];
  if (!row) {
    const [existing] = await db.select().from(mailOutbox).where(eq(mailOutbox.idempotencyKey, idempotencyKey));
    return { id: existing!.id, delivered: existing!.status === "enviado" };
  }
  if (transport === "outbox") return { id: row.id, delivered: true };
  const delivered = await deliver(row);
  // Vercel's free cron runs once a day: each send also retries a few messages that are due.
  await deliverDueMail(3).catch(() => 0);
  return { id: row.id, delivered };
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed));
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - nowMs()) / 1000));
}

/** Backoff for the n-th failed attempt: 30 s, 1 min, 2 min, … capped at one hour; or Retry-After. */
export function retryDelayMs(attempt: number, retryAfterSeconds?: number): number {
  // The provider said when (a 429's Retry-After): that, not our own guess.
  if (retryAfterSeconds !== undefined) return Math.min(24 * 60 * 60_000, Math.max(1_000, retryAfterSeconds * 1000));
  return Math.min(60 * 60_000, 30_000 * 2 ** Math.max(0, attempt - 1));
}

async function deliver(row: MailMessage): Promise<boolean> {
  const env = getEnv();
  // Claim the row (one worker per message) by pushing its next attempt out before sending.
  const [claimed] = await db
    .update(mailOutbox)
    .set({ attempts: sql`${mailOutbox.attempts} + 1`, nextAttemptAt: new Date(nowMs() + 5 * 60_000) })
    .where(and(eq(mailOutbox.id, row.id), eq(mailOutbox.status, "pendiente"), lte(mailOutbox.nextAttemptAt, new Date(nowMs() + 1000))))
    .returning();
  if (!claimed) return false;
  let error: string;
  let retryAfter: number | undefined;
  try {
    const result = await resend().emails.send(
      { from: env.MAIL_FROM, to: claimed.to, subject: claimed.subject, html: claimed.html ?? "", text: claimed.text ?? "" },
      { idempotencyKey: claimed.idempotencyKey },
    );
    if (!result.error) {
      // Sent: the body (which may hold a code or a link) is no longer kept.
      await db
        .update(mailOutbox)
        .set({ status: "enviado", sentAt: new Date(nowMs()), providerId: result.data?.id ?? null, html: null, text: null, lastError: null })
        .where(eq(mailOutbox.id, claimed.id));
      return true;
    }
    error = `${result.error.name}: ${result.error.message}`;
    retryAfter = parseRetryAfter((result.headers as Record<string, string> | null)?.["retry-after"]);
  } catch (thrown) {
    error = thrown instanceof Error ? thrown.message : String(thrown);
  }
  const failedForGood = claimed.attempts >= MAX_ATTEMPTS;
  await db
    .update(mailOutbox)
    .set({
      status: failedForGood ? "fallido" : "pendiente",
      lastError: error.slice(0, 500),
      nextAttemptAt: new Date(nowMs() + retryDelayMs(claimed.attempts, retryAfter)),
    })
    .where(eq(mailOutbox.id, claimed.id));
  console.warn(`[mail] delivery to ${claimed.to} failed (attempt ${claimed.attempts}): ${error}`);
  return false;
}

/** Retries every message that is due; run by the cron route and after each send. */
export async function deliverDueMail(limit = 20): Promise<number> {
  if (getEnv().mailTransport !== "resend") return 0;
  const due = await db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, "pendiente"), lte(mailOutbox.nextAttemptAt, new Date(nowMs()))))
    .orderBy(asc(mailOutbox.nextAttemptAt))
    .limit(limit);
  let delivered = 0;
  for (const row of due) if (await deliver(row)) delivered++;
  return delivered;
}
