// Saving an Ecuapass request of a type SENAE approves (issue 19): the time registerEcuapassUser
// takes for a Representante de Comercio Exterior with its approval (organization, details, the
// supporting PDF) — availability, the security code, the password hash beside the «Solicitud de uso»
// rendered in the PDF worker, one transaction storing the account, the request, both documents and
// the audit event. The render is also timed alone inside each save: its share of the save (it runs
// in parallel with the argon2id hash, so the share is of the wall time, not added on top).
// The security codes are created before the clock starts (the form asks for one minutes earlier).
//   taskset -c 0 tsx --import ./scripts/lib/register.mjs bench/ecuapass-save.ts [RUNS]
import { Worker } from "node:worker_threads";

const runs = Number(process.argv[2] ?? 60);
const WARMUP = 10;

function pct(values: number[], p: number) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

// As in the server: the PDF is rendered in the worker pool (lib/pdf/render.ts), not in-process. The
// worker entry is TypeScript and Node 20 does not pass tsx's module hooks to a worker, so the worker
// registers them itself (as bench/pdf-render.ts does); the pool is installed where render.ts looks.
process.env.NEXT_RUNTIME = "nodejs";
const { PDF_WORKER, pdfWorkerResourceLimits } = await import("@/lib/pdf/render");
const { createPdfWorkerPool } = await import("@/lib/pdf/worker-pool");
const workerEntry = new URL("../lib/pdf/render-worker.ts", import.meta.url).href;
const pool = createPdfWorkerPool(
  () =>
    new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(workerEntry)}); });`, {
      eval: true,
      resourceLimits: pdfWorkerResourceLimits,
    }),
  PDF_WORKER,
);
const renderTimes: number[] = [];
const timedPool: typeof pool = {
  ...pool,
  render: async (payload) => {
    const t = performance.now();
    try {
      return await pool.render(payload);
    } finally {
      renderTimes.push(performance.now() - t);
    }
  },
};
(globalThis as typeof globalThis & { __ventanillaPdfPool?: typeof pool }).__ventanillaPdfPool = timedPool;

const { closeConnection, migrateDb } = await import("@/lib/db");
const { renderDocumentBytes } = await import("@/lib/pdf/render-core");
const { SAMPLE_PDF_DATA, sampleStamp } = await import("@/lib/pdf/sample-data");
const { createSecurityCode } = await import("@/lib/ecuapass/codes");
const { registerEcuapassUser } = await import("@/lib/ecuapass/register");
const { registrationSchema } = await import("@/lib/ecuapass/schema");
const { randomIp, validForm } = await import("@/lib/ecuapass/test-data");
const { testOrganization } = await import("@/lib/ecuapass/testing");

await migrateDb();
// A real document as the supporting PDF (a nombramiento would be a scan of about this size or more).
const respaldo = { fileName: "nombramiento.pdf", bytes: new Uint8Array(await renderDocumentBytes("solicitud", SAMPLE_PDF_DATA, sampleStamp(0))) };

const prepared = [];
for (let i = 0; i < runs + WARMUP; i++) {
  const form = validForm();
  const created = await createSecurityCode(form.email!, randomIp());
  if (!created.ok) throw new Error(created.message);
  prepared.push(registrationSchema.parse({ ...form, securityCode: created.code }));
}

const saves: number[] = [];
const renders: number[] = [];
const shares: number[] = [];
for (const [i, input] of prepared.entries()) {
  const before = renderTimes.length;
  const t = performance.now();
  const result = await registerEcuapassUser(input, randomIp(), null, {
    type: "representante_comercio_exterior",
    organization: testOrganization(),
    details: { position: "Gerente general", respaldoKind: "nombramiento" },
    respaldo,
  });
  const ms = performance.now() - t;
  if (!result.ok || !result.requestId) throw new Error(`${result.ok ? "no request" : result.message}`);
  if (renderTimes.length !== before + 1) throw new Error("the Solicitud de uso was not rendered in the worker");
  if (i < WARMUP) continue; // the first saves warm the process and the worker up
  const render = renderTimes[renderTimes.length - 1]!;
  saves.push(ms);
  renders.push(render);
  shares.push(render / ms);
}
const stats = pool.stats();
console.log(
  `ECSAVE_JSON ${JSON.stringify({
    runs,
    respaldoBytes: respaldo.bytes.length,
    p50: pct(saves, 50),
    p95: pct(saves, 95),
    max: Math.max(...saves),
    pdfP50: pct(renders, 50),
    pdfP95: pct(renders, 95),
    pdfShareP50: pct(shares, 50),
    workersStarted: stats.started,
  })}`,
);
await closeConnection();
process.exit(0);
