import "server-only";
import { getConnection } from "./index";

// The benchmark's floor (bench/run.ts): the ID availability check's lookup and nothing else, raw on
// the app's own connection. Served by app/api/bench (an App Router handler) and pages/api/bench-pages
// (a Pages API route, the kind the checks are), both off unless BENCH=1.

const QUERY = "select 1 from ecuapass_users where user_id_key = $1 limit 1";

/** True when no account holds this ID.usuario key. */
export async function floorUserIdFree(key: string): Promise<boolean> {
  const connection = getConnection();
  const rows =
    connection.kind === "postgres"
      ? await connection.client.unsafe(QUERY, [key], { prepare: true })
      : (await connection.client.query(QUERY, [key])).rows;
  return rows.length === 0;
}
