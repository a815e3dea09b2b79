// Where the availability check's time goes, outside Next.js: one node:http server on core 0 that
// answers the same question in several ways, each at /VARIANT?id=…, against a fresh database.
//   DATABASE_URL=… taskset -c 0 tsx --import ./scripts/lib/register.mjs bench/experiments/availability-variants.ts
// Variants:
//   bare        postgres.js tagged template (prepared): 1 round trip
//   drizzle     the app's drizzle select (unprepared: postgres.js sends Parse/Describe, waits, then Bind/Execute)
//   drizzle-prep the same select as a drizzle prepared statement
//   limited     RateLimiterDrizzle.consume (the app's limiter) + drizzle select: what the app does
//   cte         one prepared statement: the limiter's upsert and the lookup together
import { createServer } from "node:http";
import { eq, sql as dsql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { RateLimiterDrizzle } from "rate-limiter-flexible";
import * as schema from "@/lib/db/schema";

const url = process.env.DATABASE_URL!;
const client = postgres(url, { max: 10, onnotice: () => {} });
const db = drizzle(client, { schema, casing: "snake_case" });
const limiter = new RateLimiterDrizzle({ storeClient: db, schema: schema.rateLimits, keyPrefix: "availability", points: 30, duration: 60, clearExpiredByTimeout: false });
const prepared = db
  .select({ id: schema.ecuapassUsers.id })
  .from(schema.ecuapassUsers)
  .where(eq(schema.ecuapassUsers.userIdKey, dsql.placeholder("key")))
  .limit(1)
  .prepare("user_id_taken");

const handlers: Record<string, (key: string, ip: string) => Promise<unknown>> = {
  bare: (key) => client`select 1 from ecuapass_users where user_id_key = ${key} limit 1`,
  drizzle: (key) => db.select({ id: schema.ecuapassUsers.id }).from(schema.ecuapassUsers).where(eq(schema.ecuapassUsers.userIdKey, key)).limit(1),
  "drizzle-prep": (key) => prepared.execute({ key }),
  limited: async (key, ip) => {
    await limiter.consume(ip, 1);
    return db.select({ id: schema.ecuapassUsers.id }).from(schema.ecuapassUsers).where(eq(schema.ecuapassUsers.userIdKey, key)).limit(1);
  },
  "rl-only": (_key, ip) => limiter.consume(ip, 1).then(() => []),
  "upsert-raw": (_key, ip) => {
    const now = new Date();
    return client`
      insert into rate_limits as r (key, points, expire) values (${`availability:${ip}`}, 1, ${new Date(now.getTime() + 60_000).toISOString()}::timestamptz)
      on conflict (key) do update set
        points = case when r.expire <= ${now.toISOString()}::timestamptz then 1 else r.points + 1 end,
        expire = case when r.expire <= ${now.toISOString()}::timestamptz then excluded.expire else r.expire end
      returning points, expire`.then(() => []);
  },
  cte: (key, ip) => {
    const now = new Date();
    return client`
      with hit as (
        insert into rate_limits as r (key, points, expire) values (${`availability:${ip}`}, 1, ${new Date(now.getTime() + 60_000).toISOString()}::timestamptz)
        on conflict (key) do update set
          points = case when r.expire <= ${now.toISOString()}::timestamptz then 1 else r.points + 1 end,
          expire = case when r.expire <= ${now.toISOString()}::timestamptz then excluded.expire else r.expire end
        returning points, expire)
      select (select points from hit) as points, (select expire from hit) as expire,
             exists (select 1 from ecuapass_users where user_id_key = ${key}) as taken`;
  },
};

createServer(async (req, res) => {
  const u = new URL(req.url ?? "/", "http://x");
  const handler = handlers[u.pathname.slice(1)];
  if (!handler) return void res.writeHead(404).end();
  try {
    const rows = await handler((u.searchParams.get("id") ?? "").toLowerCase(), String(req.headers["x-forwarded-for"] ?? "0.0.0.0"));
    const body = JSON.stringify({ disponible: Array.isArray(rows) && rows.length === 0 });
    res.writeHead(200, { "content-type": "application/json" }).end(body);
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
}).listen(Number(process.env.PORT ?? 3310), "127.0.0.1", () => console.log("ready"));
