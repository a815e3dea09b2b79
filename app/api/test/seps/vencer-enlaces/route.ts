import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { linkTokens, sepsUsers } from "@/lib/db/schema";
import { testHookInput } from "@/lib/security/test-hooks";

// End-to-end tests only (ENABLE_TEST_HOOKS): makes a SEPS user's live activation links lapse, as
// 72 hours would. Moving the server's shared clock instead would also expire the sessions of the
// tests running in parallel (the 72-hour boundary itself is covered by Vitest with advanceClock).

export const dynamic = "force-dynamic";

const bodySchema = z.object({ cedula: z.string().regex(/^\d{10}$/) }).strict();

export async function POST(request: Request) {
  const parsed = await testHookInput(request, bodySchema);
  if (!parsed.ok) return parsed.response;
  const [user] = await db.select({ id: sepsUsers.id }).from(sepsUsers).where(eq(sepsUsers.cedula, parsed.data.cedula)).limit(1);
  if (!user) return Response.json({ error: "usuario" }, { status: 404 });
  const lapsed = await db
    .update(linkTokens)
    .set({ expiresAt: new Date(now().getTime() - 60_000) })
    .where(
      and(
        eq(linkTokens.purpose, "seps_activation"),
        eq(linkTokens.subjectId, user.id),
        isNull(linkTokens.usedAt),
        isNull(linkTokens.revokedAt),
      ),
    )
    .returning({ id: linkTokens.id });
  return Response.json({ lapsed: lapsed.length });
}
