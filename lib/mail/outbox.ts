import "server-only";
import { desc, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { mailOutbox } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";

/** The dev outbox exists only with MAIL_TRANSPORT=outbox (or no Resend key outside production). */
export function outboxEnabled(): boolean {
  return getEnv().mailTransport === "outbox";
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
    .where(options.to ? eq(mailOutbox.to, options.to.trim().toLowerCase()) : eq(mailOutbox.transport, "outbox"))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(options.limit ?? 50);
}
