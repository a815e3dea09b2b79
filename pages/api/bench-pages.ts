import type { IncomingMessage, ServerResponse } from "node:http";
import { floorUserIdFree } from "@/lib/db/bench-floor";
import { getEnv } from "@/lib/env";

// The framework's floor for the benchmark as a Pages API route, the kind of route the availability
// checks are (lib/db/bench-floor.ts).

export const config = { api: { bodyParser: false } };

export default async function handler(request: IncomingMessage, response: ServerResponse) {
  if (!getEnv().BENCH) {
    response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
    return;
  }
  const key = (new URL(request.url ?? "/", "http://localhost").searchParams.get("id") ?? "").toLowerCase();
  const json = JSON.stringify({ disponible: await floorUserIdFree(key) });
  response.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store", "Content-Length": Buffer.byteLength(json) });
  response.end(json);
}
