import "server-only";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { SERVICE_UNAVAILABLE } from "@/lib/security/action";
import { clientIpFrom } from "@/lib/security/request";
import type { AvailabilityAnswer } from "./availability";

// The GET handler of the three availability routes (app/api/ecuapass/disponibilidad/*):
// 200 { disponible, mensaje, aviso? } | 400 { error } | 429 { error } (30 a minute per address) | 503.
// Three static routes rather than one `[campo]` segment: on the hottest endpoint of a registration
// day, Next's dynamic-segment matching cost ~0.1 ms of CPU per request, ~12 % of the throughput
// (bench/findings.md, §1).

const MAX_PARAM = 256;

/** A query parameter, cut to a length no valid value reaches; `null` when absent. */
export type Param = (name: string) => string | null;

export function availabilityRoute(check: (param: Param, ip: string) => Promise<AvailabilityAnswer>) {
  return async function GET(request: Request): Promise<Response> {
    try {
      const query = new URL(request.url).searchParams;
      const param: Param = (name) => query.get(name)?.slice(0, MAX_PARAM) ?? null;
      return respond(await check(param, clientIpFrom(request.headers)));
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      return Response.json({ error: SERVICE_UNAVAILABLE }, { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } });
    }
  };
}

function respond(answer: AvailabilityAnswer): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (answer.status === 429) headers["Retry-After"] = String(answer.retryAfterSeconds);
  return Response.json(answer.body, { status: answer.status, headers });
}
