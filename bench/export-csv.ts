// The queue's CSV export over ROWS requests, in-process and pinned like the server: the same
// function the route /admin/exportar/solicitudes streams (lib/exports/exports.ts), read by a client
// that takes each chunk as it comes. RSS and heap are sampled every 1,000 rows: flat memory means
// the export holds one batch, not the file.
//   taskset -c 0 tsx --import ./scripts/lib/register.mjs bench/export-csv.ts [ROWS]
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { migrateDb } from "@/lib/db/migrate";
import { EXPORT_BATCH, exportQueueCsv } from "@/lib/exports/exports";

const rows = Number(process.argv[2] ?? 10_000);
const tag = `BENCHCSV${Date.now().toString(36).toUpperCase()}`;

await migrateDb();
await db.execute(sql`
  insert into organizations (ruc, razon_social, sector, segmento_nivel, email, legal_rep_cedula, legal_rep_name, legal_rep_email)
  values (${`17${String(Date.now()).slice(-8)}001`}, ${`Cooperativa de Exportación ${tag}`}, 'no_financiera', 'Nivel 1', 'org@bench.ec', '1710034065', 'Representante Núñez', 'rep@bench.ec')
  on conflict do nothing`);
await db.execute(sql`
  insert into seps_requests (number, sector, status, access_token_hash, organization_id, user_cedula, user_name, user_email, user_is_employee,
    user_position, org_ruc, org_razon_social, org_email, org_segmento_nivel, legal_rep_cedula, legal_rep_name, legal_rep_email,
    privacy_notice_version, privacy_notice_hash, submitted_at)
  select ${tag} || '-' || lpad(i::text, 6, '0'), 'no_financiera', 'en_revision', md5(${tag} || i), o.id, '1710034065',
    'José Núñez Peña, "el de la ñ" ' || i, 'usuario' || i || '@bench.ec', true, 'Contadora', o.ruc, o.razon_social, o.email,
    o.segmento_nivel, o.legal_rep_cedula, o.legal_rep_name, o.legal_rep_email, 'bench', repeat('0', 64), now()
  from generate_series(1, ${rows}) as i, organizations o where o.razon_social = ${`Cooperativa de Exportación ${tag}`}`);

const mb = (n: number) => n / 2 ** 20;
const sample = () => ({ rss: mb(process.memoryUsage().rss), heap: mb(process.memoryUsage().heapUsed) });
// Warm-up: one small export so the first samples are not the JIT's and the pool's start.
await new Response(await exportQueueCsv({ estado: "todas", sector: "todos", q: `${tag}-00000` }, { id: crypto.randomUUID(), label: "bench" })).arrayBuffer();

const rss: number[] = [];
const heap: number[] = [];
const started = performance.now();
let bytes = 0;
let lines = 0;
let nextSample = 0;
const reader = (await exportQueueCsv({ estado: "todas", sector: "todos", q: tag }, { id: crypto.randomUUID(), label: "bench" })).getReader();
for (;;) {
  const { done, value: chunk } = await reader.read();
  if (done) break;
  bytes += chunk.byteLength;
  for (const byte of chunk) if (byte === 10) lines++;
  if (lines - 1 >= nextSample) {
    const s = sample();
    rss.push(s.rss);
    heap.push(s.heap);
    nextSample += 1_000;
  }
}
const seconds = (performance.now() - started) / 1000;
await db.execute(sql`delete from seps_requests where number like ${`${tag}-%`}`);
console.log(`EXPORT_JSON ${JSON.stringify({ rows: lines - 1, bytes, seconds, batch: EXPORT_BATCH, rss, heap })}`);
process.exit(0);
