import "server-only";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { getEnv } from "@/lib/env";
import { acquireEmbeddedLock } from "./embedded-lock";
import * as schema from "./schema";

/** Both drivers build the same queries; the postgres.js type stands for both. */
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

type Connection =
  | { kind: "postgres"; db: Db; client: postgres.Sql }
  | { kind: "pglite"; db: Db; client: PGlite };

// Kept on globalThis: Next.js may evaluate this module once per bundle layer, and a PGlite
// data directory must be opened by exactly one instance.
const holder = globalThis as typeof globalThis & { __ventanillaDb?: Connection };

/**
 * `loadDataDir`: an embedded database to start from, as PGlite's `dumpDataDir()` wrote it (the
 * tests start each file from one migrated copy instead of running initdb and the migrations).
 */
export function openConnection(loadDataDir?: Blob): Connection {
  const env = getEnv();
  if (env.DATABASE_URL) {
    const client = postgres(env.DATABASE_URL, {
      max: env.DATABASE_POOL_MAX,
      prepare: env.DATABASE_PREPARE,
      idle_timeout: 20,
      connect_timeout: 5,
      // postgres.js runs its array-types query on every new connection and drops that promise: if the
      // database goes away at that moment the rejection is unhandled and Node ends the process
      // (porsager/postgres#1192, #1223; seen here in test/postgres-restart.test.ts). drizzle parses
      // and serializes array columns itself, so the driver needs no type catalogue.
      fetch_types: false,
      // The driver's own backoff grows to 10–20 s after a dozen failed connections (a restart under
      // load), and the app stayed unavailable that long after the database was back. At most ~1 s.
      backoff: reconnectDelaySeconds,
      onnotice: () => {},
    });
    return { kind: "postgres", client, db: drizzlePostgres(client, { schema, casing: "snake_case" }) };
  }
  const dir = env.PGLITE_DIR;
  if (!dir.startsWith("memory://")) acquireEmbeddedLock(dir);
  const client = new PGlite({ dataDir: dir, loadDataDir, serializers: { [BYTEA]: byteaToHex }, parsers: { [BYTEA]: byteaFromHex } });
  const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Db;
  return { kind: "pglite", client, db };
}

/** Seconds before a pooled connection retries after failed attempts: 50 ms doubling, capped at 1 s, with jitter. */
function reconnectDelaySeconds(retries: number): number {
  return Math.min(0.05 * 2 ** retries, 1) * (0.5 + Math.random() / 2);
}

const BYTEA = 17;
// PGlite's own bytea serializer maps every byte to a string of its own (Array.from(bytes).map(…)):
// a 10 MiB upload made ~400 MB of short strings and killed a server capped at 256 MB of heap.
// Buffer's hex codec makes one string of twice the size, and parses it back without a per-byte loop.
const byteaToHex = (value: Uint8Array) => `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex")}`;
const byteaFromHex = (text: string) => Buffer.from(text.slice(2), "hex");

export function getConnection(): Connection {
  holder.__ventanillaDb ??= openConnection();
  return holder.__ventanillaDb;
}

/** Makes `connection` the app's handle (tests: one opened from a migrated copy). */
export function useConnection(connection: Connection) {
  if (holder.__ventanillaDb) throw new Error("A database connection is already open.");
  holder.__ventanillaDb = connection;
}

export async function closeConnection() {
  const connection = holder.__ventanillaDb;
  holder.__ventanillaDb = undefined;
  if (!connection) return;
  if (connection.kind === "postgres") await connection.client.end({ timeout: 5 });
  else await connection.client.close();
}

/** The one database handle of the app, whatever the driver. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const real = getConnection().db;
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

/**
 * A prepared statement for the hot paths, built once per connection (a prepared statement belongs
 * to the driver it was built on; tests and scripts may reopen the connection).
 */
export function preparedPerConnection<Statement>(build: () => Statement): () => Statement {
  const byConnection = new WeakMap<Connection, Statement>();
  return () => {
    const connection = getConnection();
    let statement = byConnection.get(connection);
    if (!statement) byConnection.set(connection, (statement = build()));
    return statement;
  };
}
