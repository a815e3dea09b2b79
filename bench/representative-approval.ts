// A representative's approval (issue 19): the time decideAsRepresentative takes to approve an
// employee's request with two functions (the representative's check, the conditional UPDATE, two
// grants, the account's activation and the audit event, in one transaction; the email is left out:
// it leaves after the answer). One process, like the server; `npm run bench -- --only=rep-approval`
// runs it on a fresh Postgres database (or alone on a throw-away embedded one:
//   PGLITE_DIR=memory:// tsx --import ./scripts/lib/register.mjs bench/representative-approval.ts [RUNS]).
import { eq } from "drizzle-orm";
import { closeConnection, db, migrateDb } from "@/lib/db";
import { ecuapassFunctions, ecuapassRegistrationRequests, ecuapassUsers } from "@/lib/db/schema";
import { decideAsRepresentative } from "@/lib/ecuapass/representative-decisions";

const runs = Number(process.argv[2] ?? 200);
const RUC = "1790011674001";

function pct(values: number[], p: number) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

let n = 0;
async function member(type: "representante_comercio_exterior" | "empleado", status: "aprobada" | "pendiente_aprobacion") {
  n += 1;
  const userId = `bench${n}`;
  const [account] = await db
    .insert(ecuapassUsers)
    .values({
      userId,
      userIdKey: userId,
      docType: "pasaporte",
      docNumber: `B${String(n).padStart(8, "0")}`,
      fullName: `Persona ${n}`,
      passwordHash: "x",
      countryCode: "EC",
      address: "Av. Amazonas N34-451",
      phone1: "022345678",
      mobileOperator: "CLARO",
      mobile: "0991234567",
      email: `${userId}@example.com`,
      emailKey: `${userId}@example.com`,
      senaeEmail: `${userId}@correo.aduana.gob.ec`,
      status: status === "aprobada" ? "activo" : "pendiente_aprobacion",
    })
    .returning();
  const [request] = await db
    .insert(ecuapassRegistrationRequests)
    .values({
      type,
      status,
      accountId: account!.id,
      orgRuc: RUC,
      orgRucKind: "sociedad_privada",
      orgRazonSocial: "Importadora Andina S.A.",
      orgAddress: "Av. Amazonas N34-451",
      orgPhone: "022345678",
      details: { position: "Asistente" },
      submittedAt: new Date(),
    })
    .returning();
  return { accountId: account!.id, requestId: request!.id };
}

await migrateDb();
const rep = await member("representante_comercio_exterior", "aprobada");
const functionIds = (await db.select().from(ecuapassFunctions).where(eq(ecuapassFunctions.scope, "empresa"))).slice(0, 2).map((f) => f.id);
const pending = [];
for (let i = 0; i < runs + 20; i++) pending.push(await member("empleado", "pendiente_aprobacion"));

const noMail = () => {};
const times: number[] = [];
for (const [i, employee] of pending.entries()) {
  const t = performance.now();
  const result = await decideAsRepresentative(employee.requestId, rep.accountId, { action: "aprobar", functionIds }, noMail);
  const ms = performance.now() - t;
  if (!result.ok) throw new Error(result.message);
  if (i >= 20) times.push(ms); // the first 20 warm the process up
}
console.log(`REP_APPROVAL_JSON ${JSON.stringify({ runs, functions: 2, p50: pct(times, 50), p95: pct(times, 95), max: Math.max(...times) })}`);
await closeConnection();
process.exit(0);
