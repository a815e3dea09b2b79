import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { currentUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { mailOutbox } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";

/** The dev outbox exists only with MAIL_TRANSPORT=outbox (or no Resend key outside production). */
export function outboxEnabled(): boolean {
  return getEnv().mailTransport === "outbox";
}

export const OUTBOX_SECRET_HEADER = "x-outbox-secret";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Who may read the outbox. It holds every code and link the site sent, so in production (a demo
 * or an end-to-end run with MAIL_TRANSPORT=outbox) only a signed-in admin, or a client sending
 * OUTBOX_SECRET in the X-Outbox-Secret header; in development, anyone on the machine.
 */
export async function mayReadOutbox(headers: Headers): Promise<boolean> {
  const env = getEnv();
  if (env.mailTransport !== "outbox") return false;
  if (env.NODE_ENV !== "production") return true;
  const sent = headers.get(OUTBOX_SECRET_HEADER);
  if (env.OUTBOX_SECRET && sent && timingSafeEqual(digest(sent), digest(env.OUTBOX_SECRET))) return true;
  const staff = await currentUser("staff");
  return staff?.role === "admin";
}

/** `?para=` as typed: an address to filter by, none (every message), or something no address is. */
export function outboxRecipient(raw: string | null | undefined): { ok: true; to: string | undefined } | { ok: false } {
  const to = raw?.trim().toLowerCase();
  if (!to) return { ok: true, to: undefined };
  if (to.length > 254 || /[\p{Cc}\p{Cf}\s]/u.test(to)) return { ok: false };
  return { ok: true, to };
}

export async function listOutbox(options: { to?: string; limit?: number } = {}) {
  return db
    .select({
      id: mailOutbox.id,
      to: mailOutbox.to,
      subject: mailOutbox.subject,
      text: mailOutbox.text,
      html: mailOutbox.html,
      createdAt: mailOutbox.createdAt,
    })
    .from(mailOutbox)
    .where(options.to ? eq(mailOutbox.to, options.to) : eq(mailOutbox.transport, "outbox"))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(options.limit ?? 50);
}
