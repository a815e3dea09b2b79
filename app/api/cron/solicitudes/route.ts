import { cronAuthorized } from "@/lib/security/cron";
import { runRequestExpiry } from "@/lib/seps/lifecycle";

// Vercel Cron (vercel.json), daily, with "Authorization: Bearer CRON_SECRET": warns the SEPS
// requests a week before they expire and closes those 30 days in "pendiente de documentos".

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  if (!cronAuthorized(request.headers.get("authorization"))) return new Response("Unauthorized", { status: 401 });
  const result = await runRequestExpiry();
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
}
