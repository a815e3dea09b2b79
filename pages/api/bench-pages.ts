import type { IncomingMessage, ServerResponse } from "node:http";
import { getConnection } from "@/lib/db";
import { getEnv } from "@/lib/env";

// The benchmark's floor for the availability checks as they are served (Pages API routes): the
// query of the ID check and nothing else, on the app's own connection (app/api/bench is the same
// floor as an App Router route handler). Off unless BENCH=1.

const QUERY = "select 1 from ecuapass_users where user_id_key = $1 limit 1";

export const config = { api: { bodyParser: false } };

export default async function handler(request: IncomingMessage, response: ServerResponse) {
  if (!getEnv().BENCH) {
    response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
    return;
  }
  const key = (new URL(request.url ?? "/", "http://localhost").searchParams.get("id") ?? "").toLowerCase();
  const connection = getConnection();
  const rows =
    connection.kind === "postgres"
      ? await connection.client.unsafe(QUERY, [key], { prepare: true })
      : (await connection.client.query(QUERY, [key])).rows;
  const json = JSON.stringify({ disponible: rows.length === 0 });
  response.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store", "Content-Length": Buffer.byteLength(json) });
  response.end(json);
}
