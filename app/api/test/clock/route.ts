import { z } from "zod";
import { advanceClock, nowMs, resetClock } from "@/lib/clock";
import { testHookInput, testHookNotFound, testHooksEnabled } from "@/lib/security/test-hooks";

// End-to-end tests move the server's clock (code and link expiry, session timeouts). Exists only
// with ENABLE_TEST_HOOKS, which the environment check refuses on Vercel.

export const dynamic = "force-dynamic";

const bodySchema = z.union([
  z.object({ advanceMs: z.number().int().min(0).max(400 * 24 * 60 * 60_000) }).strict(),
  z.object({ reset: z.literal(true) }).strict(),
]);

export async function GET() {
  if (!testHooksEnabled()) return testHookNotFound();
  return Response.json({ now: nowMs() }, { headers: { "Cache-Control": "no-store" } });
}

/** POST {advanceMs: number} moves the clock forward; POST {reset: true} puts it back. */
export async function POST(request: Request) {
  const parsed = await testHookInput(request, bodySchema);
  if (!parsed.ok) return parsed.response;
  if ("reset" in parsed.data) resetClock();
  else advanceClock(parsed.data.advanceMs);
  return Response.json({ now: nowMs() }, { headers: { "Cache-Control": "no-store" } });
}
