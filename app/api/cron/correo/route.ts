import { deliverDueMail } from "@/lib/mail/send";
import { cronAuthorized } from "@/lib/security/cron";

// Vercel Cron (vercel.json) calls this with "Authorization: Bearer CRON_SECRET": retries the
// queued messages whose next attempt is due.

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  if (!cronAuthorized(request.headers.get("authorization"))) return new Response("Unauthorized", { status: 401 });
  const delivered = await deliverDueMail(50);
  return Response.json({ delivered }, { headers: { "Cache-Control": "no-store" } });
}
