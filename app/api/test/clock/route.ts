import { z } from "zod";
import { advanceClock, nowMs, resetClock } from "@/lib/clock";
import { getEnv } from "@/lib/env";

// End-to-end tests move the server's clock (code and link expiry, session timeouts). Exists only
// with ENABLE_TEST_HOOKS, which the environment check refuses on Vercel.

export const dynamic = "force-dynamic";

const bodySchema = z.union([
  z.object({ advanceMs: z.number().int().min(0).max(400 * 24 * 60 * 60_000) }).strict(),
  z.object({ reset: z.literal(true) }).strict(),
]);

function notFound() {
  return new Response("Not found", { status: 404 });
}

export async function GET() {
  if (!getEnv().ENABLE_TEST_HOOKS) return notFound();
  return Response.json({ now: nowMs() }, { headers: { "Cache-Control": "no-store" } });
}

/** POST {advanceMs: number} moves the clock forward; POST {reset: true} puts it back. */
export async function POST(request: Request) {
  if (!getEnv().ENABLE_TEST_HOOKS) return notFound();
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "Se espera {advanceMs:number} o {reset:true}" }, { status: 400 });
  if ("reset" in parsed.data) resetClock();
  else advanceClock(parsed.data.advanceMs);
  return Response.json({ now: nowMs() }, { headers: { "Cache-Control": "no-store" } });
}
