import postgres from "postgres";

// Vitest runs several test files at once. On a Postgres server each worker gets a database of its
// own beside the run's (`<run database>_w<worker>`), so that a test counting a whole table or
// purging old rows never sees another file's rows appear mid-test; PGlite is per file already.
// scripts/fresh-database.ts drops them with the run's database.

/** Points DATABASE_URL at this worker's database, created on first use. Idempotent per process. */
export async function useWorkerDatabase(): Promise<void> {
  const base = (process.env.VENTANILLA_RUN_DATABASE_URL ??= process.env.DATABASE_URL ?? "");
  const worker = process.env.VITEST_POOL_ID;
  if (!base || !worker) return;
  const url = new URL(base);
  const name = `${url.pathname.slice(1)}_w${worker}`;
  if (!/^ventanilla_test_[a-z0-9_]+$/.test(name)) return; // only throw-away databases are split
  url.pathname = `/${name}`;
  if (process.env.DATABASE_URL === url.toString()) return;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  try {
    const [found] = await admin`select 1 from pg_database where datname = ${name}`;
    if (!found) await admin.unsafe(`create database "${name}"`).catch((error: { code?: string }) => {
      if (error.code !== "42P04") throw error; // created meanwhile
    });
  } finally {
    await admin.end({ timeout: 5 });
  }
  process.env.DATABASE_URL = url.toString();
}
