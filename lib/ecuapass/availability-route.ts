import "server-only";
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { SERVICE_UNAVAILABLE, isDatabaseUnavailable } from "@/lib/db/errors";
import { clientIpFrom } from "@/lib/security/request";
import type { AvailabilityAnswer } from "./availability";

// The handler of the three availability checks, GET /api/ecuapass/disponibilidad/{usuario,documento,correo}:
// 200 { disponible, mensaje, aviso? } | 400 { error } | 429 { error } (30 a minute per address) | 503,
// and 405 for any method but GET and HEAD.
//
// They are Pages Router API routes (pages/api/ecuapass/disponibilidad/*), the only ones in the app,
// because they take the load of a registration day and an App Router route handler costs more than
// the check itself (bench/findings.md, §7): Next wraps every request to one in a Web `Request` with an
// abort signal, and on Node 20 undici keeps each such request's objects until a full garbage
// collection, so at a few hundred checks a second the server marked and compacted its heap every
// ~1.3 s. A Pages API handler gets Node's own request and response: 0.8 instead of 1.4 ms of CPU per
// request, and no such retention. Static paths rather than one `[campo]` segment: dynamic matching
// cost ~12 % of the throughput (§1).

const MAX_PARAM = 256;

/** A query parameter, cut to a length no valid value reaches; `null` when absent. */
export type Param = (name: string) => string | null;

type Check = (param: Param, ip: string) => Promise<AvailabilityAnswer>;

export function availabilityApiRoute(check: Check) {
  return async function handler(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== "GET" && request.method !== "HEAD") {
      return send(request, response, 405, { error: "Método no permitido." }, { Allow: "GET, HEAD" });
    }
    try {
      const query = new URL(request.url ?? "/", "http://localhost").searchParams;
      const param: Param = (name) => query.get(name)?.slice(0, MAX_PARAM) ?? null;
      const answer = await check(param, clientIpFrom(headerReader(request.headers)));
      send(request, response, answer.status, answer.body, answer.status === 429 ? { "Retry-After": String(answer.retryAfterSeconds) } : {});
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      send(request, response, 503, { error: SERVICE_UNAVAILABLE }, { "Retry-After": "5" });
    }
  };
}

function headerReader(headers: IncomingHttpHeaders): Pick<Headers, "get"> {
  return {
    get(name) {
      const value = headers[name.toLowerCase()];
      return Array.isArray(value) ? value.join(", ") : (value ?? null);
    },
  };
}

function send(request: IncomingMessage, response: ServerResponse, status: number, body: unknown, headers: Record<string, string>) {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    "Content-Type": "application/json",
    "Cache-Control": "no-store",
    "Content-Length": Buffer.byteLength(json),
    ...headers,
  });
  response.end(request.method === "HEAD" ? undefined : json);
}
