import { getConnection } from "@/lib/db";
import { getEnv } from "@/lib/env";

// The framework's floor for the benchmark (bench/run.ts): a route handler that does nothing but
// the query of the ID availability check, on the app's own connection. Off unless BENCH=1.

const QUERY = "select 1 from ecuapass_users where user_id_key = $1 limit 1";

export async function GET(request: Request) {
  if (!getEnv().BENCH) return new Response("Not found", { status: 404 });
  const key = (new URL(request.url).searchParams.get("id") ?? "").toLowerCase();
  const connection = getConnection();
  const rows =
    connection.kind === "postgres"
      ? await connection.client.unsafe(QUERY, [key], { prepare: true })
      : (await connection.client.query(QUERY, [key])).rows;
  return Response.json({ disponible: rows.length === 0 }, { headers: { "Cache-Control": "no-store" } });
}
