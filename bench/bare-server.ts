// The machine's limit for the ID availability check: plain node:http + postgres.js, the same
// query with the same pool size as the app, nothing else.
//   DATABASE_URL=… PORT=3301 tsx bench/bare-server.ts
import { createServer } from "node:http";
import postgres from "postgres";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL no está definida.");
const sql = postgres(url, { max: Number(process.env.DATABASE_POOL_MAX ?? 10), onnotice: () => {} });
const port = Number(process.env.PORT ?? 3301);

const server = createServer(async (req, res) => {
  try {
    const key = (new URL(req.url ?? "/", "http://x").searchParams.get("id") ?? "").toLowerCase();
    const rows = await sql`select 1 from ecuapass_users where user_id_key = ${key} limit 1`;
    const body = JSON.stringify({ disponible: rows.length === 0 });
    res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store", "content-length": Buffer.byteLength(body) });
    res.end(body);
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});
server.keepAliveTimeout = 5_000;
server.listen(port, "127.0.0.1", () => console.log(`bare server on ${port}`));
process.on("SIGTERM", () => {
  server.close();
  void sql.end({ timeout: 2 }).then(() => process.exit(0));
});
