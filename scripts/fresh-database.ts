// Creates (or drops) a throw-away database on the server of DATABASE_URL, for one test run.
//   tsx scripts/fresh-database.ts create   → prints the new database's URL
//   tsx scripts/fresh-database.ts drop URL
import postgres from "postgres";

const [command, target] = process.argv.slice(2);
const base = process.env.DATABASE_URL;
if (!base) {
  console.error("DATABASE_URL no está definida.");
  process.exit(1);
}
const admin = new URL(base);
admin.pathname = "/postgres";
const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
try {
  if (command === "create") {
    const name = `ventanilla_test_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    await sql.unsafe(`create database "${name}"`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    console.log(url.toString());
  } else if (command === "drop" && target) {
    const name = new URL(target).pathname.slice(1);
    if (!/^ventanilla_test_[a-z0-9_]+$/.test(name)) throw new Error(`No es una base de pruebas: ${name}`);
    // With the databases Vitest's workers made beside it (test/worker-database.ts).
    const workers = await sql<{ datname: string }[]>`select datname from pg_database where datname like ${`${name}\\_w%`}`;
    for (const { datname } of workers) await sql.unsafe(`drop database if exists "${datname}" with (force)`);
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
  } else {
    console.error("Uso: fresh-database.ts create | drop URL");
    process.exitCode = 1;
  }
} finally {
  await sql.end();
}
