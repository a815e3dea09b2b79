import { timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/env";
import { deliverDueMail } from "@/lib/mail/send";

// Vercel Cron (vercel.json) calls this with "Authorization: Bearer CRON_SECRET": retries the
// queued messages whose next attempt is due.

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
  const delivered = await deliverDueMail(50);
  return Response.json({ delivered }, { headers: { "Cache-Control": "no-store" } });
}
