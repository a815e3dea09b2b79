import { timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/env";
import { purgePersonalData } from "@/lib/privacy/purge";

// Vercel Cron (vercel.json) calls this with "Authorization: Bearer CRON_SECRET": removes the
// personal data past its retention period (lib/privacy/retention.ts).

export const dynamic = "force-dynamic";

function authorized(header: string | null): boolean {
  const secret = getEnv().CRON_SECRET;
  if (!secret || !header) return false;
  const expected = Buffer.from(`Bearer ${secret}`);
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export async function GET(request: Request) {
  if (!authorized(request.headers.get("authorization"))) return new Response("Unauthorized", { status: 401 });
  const purged = await purgePersonalData();
  return Response.json({ purged }, { headers: { "Cache-Control": "no-store" } });
}
