import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { now } from "@/lib/clock";
import { db, type DbOrTx } from "@/lib/db";
import { linkTokens, type LinkToken } from "@/lib/db/schema";
import { hashToken, isLinkTokenShape, newLinkToken } from "./tokens";

type Purpose = LinkToken["purpose"];

/**
 * Issues an emailed link token (32 random bytes; only its SHA-256 is stored), bound to one
 * subject and purpose. Older live tokens of the same subject and purpose are revoked.
 */
export async function issueLinkToken(executor: DbOrTx, purpose: Purpose, subjectId: string, ttlMs: number): Promise<string> {
  const at = now();
  await executor
    .update(linkTokens)
    .set({ revokedAt: at })
    .where(and(eq(linkTokens.purpose, purpose), eq(linkTokens.subjectId, subjectId), isNull(linkTokens.usedAt), isNull(linkTokens.revokedAt)));
  const token = newLinkToken();
  await executor.insert(linkTokens).values({
    tokenHash: hashToken(token),
    purpose,
    subjectId,
    expiresAt: new Date(at.getTime() + ttlMs),
  });
  return token;
}

export type LinkTokenState = { status: "valid"; token: LinkToken } | { status: "expired" | "used" | "unknown" };

/** What a link's page shows on GET: nothing is consumed. */
export async function inspectLinkToken(purpose: Purpose, token: string, executor: DbOrTx = db): Promise<LinkTokenState> {
  if (!isLinkTokenShape(token)) return { status: "unknown" };
  const [row] = await executor
    .select()
    .from(linkTokens)
    .where(and(eq(linkTokens.tokenHash, hashToken(token)), eq(linkTokens.purpose, purpose)))
    .limit(1);
  if (!row) return { status: "unknown" };
  if (row.usedAt || row.revokedAt) return { status: "used" };
  if (row.expiresAt <= now()) return { status: "expired" };
  return { status: "valid", token: row };
}

/** Uses the token once: one conditional UPDATE, so two submits cannot both succeed. */
export async function consumeLinkToken(executor: DbOrTx, purpose: Purpose, token: string): Promise<LinkToken | null> {
  if (!isLinkTokenShape(token)) return null;
  const at = now();
  const [row] = await executor
    .update(linkTokens)
    .set({ usedAt: at })
    .where(
      and(
        eq(linkTokens.tokenHash, hashToken(token)),
        eq(linkTokens.purpose, purpose),
        isNull(linkTokens.usedAt),
        isNull(linkTokens.revokedAt),
        gt(linkTokens.expiresAt, at),
      ),
    )
    .returning();
  return row ?? null;
}

/** Revokes every live token of a subject (e.g. after a password change). */
export async function revokeLinkTokens(executor: DbOrTx, purpose: Purpose, subjectId: string) {
  await executor
    .update(linkTokens)
    .set({ revokedAt: now() })
    .where(and(eq(linkTokens.purpose, purpose), eq(linkTokens.subjectId, subjectId), isNull(linkTokens.usedAt), isNull(linkTokens.revokedAt)));
}
