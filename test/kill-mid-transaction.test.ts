import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { uniqueEmail } from "@/test/factories";

// A registration's process is killed (SIGKILL) in the middle of its transaction, after it has
// consumed the code and inserted the user: the database must keep none of it. Runs on a fresh
// database of the machine's Postgres server. The child is held mid-transaction by a table lock
// the test takes on audit_events, the transaction's last write.
vi.setConfig({ testTimeout: 180_000 });
const SERVER = process.env.TEST_POSTGRES_SERVER ?? "postgres://postgres@127.0.0.1:5432/postgres";

function serverUp(): boolean {
  try {
    execFileSync("pg_isready", ["-h", "127.0.0.1", "-p", "5432", "-t", "2"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function startChild(databaseUrl: string, fixture: string, ...args: string[]): ChildProcessWithoutNullStreams {
  return spawn("npx", ["tsx", "--import", "./scripts/lib/register.mjs", `test/fixtures/${fixture}`, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "test", MAIL_TRANSPORT: "outbox" },
    // Its own process group, so SIGKILL reaches node itself and not only the npx wrapper.
    detached: true,
  });
}

/** Resolves with the rest of the child's line that starts with `word`. */
function waitFor(child: ChildProcessWithoutNullStreams, word: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const line = out.split("\n").find((l) => l.startsWith(word));
      if (line !== undefined && out.includes("\n", out.indexOf(line))) resolve(line.slice(word.length).trim());
    });
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("exit", (code) => reject(new Error(`child exited (${code}) before "${word}": ${out}\n${err}`)));
  });
}

describe.skipIf(!serverUp())("killing the server in the middle of a registration, a SEPS save or an approval", () => {
  let databaseUrl: string;
  let sql: postgres.Sql;

  beforeAll(async () => {
    databaseUrl = execFileSync("npx", ["tsx", "scripts/fresh-database.ts", "create"], {
      env: { ...process.env, DATABASE_URL: SERVER },
      encoding: "utf8",
    }).trim();
    execFileSync("npx", ["tsx", "--import", "./scripts/lib/register.mjs", "scripts/migrate.ts"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    sql = postgres(databaseUrl, { max: 3, onnotice: () => {} });
  }, 120_000);

  afterAll(async () => {
    await sql?.end();
    if (databaseUrl) {
      execFileSync("npx", ["tsx", "scripts/fresh-database.ts", "drop", databaseUrl], { env: { ...process.env, DATABASE_URL: SERVER } });
    }
  }, 60_000);

  /** Lets the child go, holds its transaction on the audit_events lock, and SIGKILLs it there. */
  async function killWhileWaitingOnAudit(child: ChildProcessWithoutNullStreams) {
    const locker = await sql.reserve();
    try {
      await locker`begin`;
      await locker`lock table audit_events in exclusive mode`;
      child.stdin.write("adelante\n");
      await expect
        .poll(async () => {
          const [row] = await sql`select count(*)::int as n from pg_locks where not granted and relation = 'audit_events'::regclass`;
          return row!.n;
        }, { timeout: 60_000, interval: 100 })
        .toBeGreaterThan(0);
      const exited = new Promise((resolve) => child.on("exit", resolve));
      process.kill(-child.pid!, "SIGKILL");
      await exited;
    } finally {
      await locker`rollback`;
      locker.release();
    }
  }

  async function stateOf(email: string) {
    const [users] = await sql`select count(*)::int as n from ecuapass_users where email_key = ${email}`;
    const [consumed] = await sql`select count(*)::int as n from email_codes where email_key = ${email} and consumed_at is not null`;
    const [audits] = await sql`select count(*)::int as n from audit_events where action = 'ecuapass.registro' and details is not null and subject_id in (select id::text from ecuapass_users where email_key = ${email})`;
    return { users: users!.n as number, consumedCodes: consumed!.n as number, audits: audits!.n as number };
  }

  it("without interference the registration commits whole: user, consumed code, audit event", async () => {
    const email = uniqueEmail("completo");
    const child = startChild(databaseUrl, "registration-child.ts", email);
    await waitFor(child, "listo");
    const done = waitFor(child, "registrado");
    child.stdin.write("adelante\n");
    await done;
    expect(await stateOf(email)).toEqual({ users: 1, consumedCodes: 1, audits: 1 });
  });

  it("killed mid-transaction (code consumed, user inserted, audit pending): nothing is kept", async () => {
    const email = uniqueEmail("interrumpido");
    const child = startChild(databaseUrl, "registration-child.ts", email);
    await waitFor(child, "listo");
    // The transaction consumes the code and inserts the user, then waits on the audit lock.
    await killWhileWaitingOnAudit(child);
    // Postgres ends the killed client's transaction when its connection drops.
    await expect.poll(async () => (await stateOf(email)).users, { timeout: 15_000 }).toBe(0);
    expect(await stateOf(email)).toEqual({ users: 0, consumedCodes: 0, audits: 0 });
  });

  it("killed mid-registration, the retried submission (same key, same code) registers once, and a second retry finds it", async () => {
    const email = uniqueEmail("reintento");
    const key = `clave-reintento-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;
    const first = startChild(databaseUrl, "registration-child.ts", email, key);
    const form = await waitFor(first, "listo");
    await killWhileWaitingOnAudit(first);
    await expect.poll(async () => (await stateOf(email)).users, { timeout: 15_000 }).toBe(0);

    const ids: string[] = [];
    for (let attempt = 0; attempt < 2; attempt++) {
      const retry = startChild(databaseUrl, "registration-child.ts", email, key, form);
      await waitFor(retry, "listo");
      const done = waitFor(retry, "registrado");
      retry.stdin.write("adelante\n");
      ids.push(await done);
    }
    expect(ids[1]).toBe(ids[0]);
    expect(await stateOf(email)).toEqual({ users: 1, consumedCodes: 1, audits: 1 });
  });

  it("killed mid-save, the retried SEPS «Guardar» (same key) saves one request, and a second retry finds it", async () => {
    const { randomCedula } = await import("@/test/factories");
    const { randomRuc } = await import("@/lib/seps/testing");
    const ruc = randomRuc();
    await sql`insert into organizations (ruc, razon_social, sector, segmento_nivel, email, legal_rep_cedula, legal_rep_name, legal_rep_email)
      values (${ruc}, 'Asociación Reintento', 'no_financiera', 'Nivel 1', ${uniqueEmail("org")}, ${randomCedula()}, 'Rosa Elena Quishpe Chango', ${uniqueEmail("rep")})`;
    const cedula = randomCedula();
    const key = `clave-guardar-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;
    const count = async () => (await sql`select count(*)::int as n from seps_requests where user_cedula = ${cedula}`)[0]!.n as number;

    const first = startChild(databaseUrl, "seps-save-child.ts", ruc, cedula, key);
    await waitFor(first, "listo");
    await killWhileWaitingOnAudit(first);
    await expect.poll(count, { timeout: 15_000 }).toBe(0);

    const ids: string[] = [];
    for (let attempt = 0; attempt < 2; attempt++) {
      const retry = startChild(databaseUrl, "seps-save-child.ts", ruc, cedula, key);
      await waitFor(retry, "listo");
      const done = waitFor(retry, "guardado");
      retry.stdin.write("adelante\n");
      ids.push(await done);
    }
    expect(ids[1]).toBe(ids[0]);
    expect(await count()).toBe(1);
    const [docs] = await sql`select count(*)::int as n from seps_documents where request_id = ${ids[0]!}`;
    expect(docs!.n).toBe(3);
  });

  async function approvalStateOf(requestId: string, cedula: string) {
    const [request] = await sql`select status from seps_requests where id = ${requestId}`;
    const [users] = await sql`select count(*)::int as n from seps_users where cedula = ${cedula}`;
    const [roles] = await sql`select count(*)::int as n from seps_role_assignments where request_id = ${requestId}`;
    const [links] = await sql`select count(*)::int as n from link_tokens where subject_id in (select id from seps_users where cedula = ${cedula})`;
    return { status: request!.status as string, users: users!.n as number, roles: roles!.n as number, links: links!.n as number };
  }

  it("an approval without interference commits whole: decision, user, role, activation link", async () => {
    const child = startChild(databaseUrl, "approval-child.ts");
    const { requestId, userCedula } = JSON.parse(await waitFor(child, "listo")) as { requestId: string; userCedula: string };
    const done = waitFor(child, "aprobada");
    child.stdin.write("adelante\n");
    await done;
    expect(await approvalStateOf(requestId, userCedula)).toEqual({ status: "aprobada", users: 1, roles: 1, links: 1 });
  });

  it("an approval killed mid-transaction (user, role and link written, audit pending) leaves the request undecided", async () => {
    const child = startChild(databaseUrl, "approval-child.ts");
    const { requestId, userCedula } = JSON.parse(await waitFor(child, "listo")) as { requestId: string; userCedula: string };
    await killWhileWaitingOnAudit(child);
    await expect.poll(async () => (await approvalStateOf(requestId, userCedula)).users, { timeout: 15_000 }).toBe(0);
    expect(await approvalStateOf(requestId, userCedula)).toEqual({ status: "en_revision", users: 0, roles: 0, links: 0 });
  });
});
