// PDF generation pinned like the server: the time of each of the three SEPS documents and of the
// three together (as a save renders them), in-process; then RSS over RENDERS renders, once through
// the server's worker pool (lib/pdf/render.ts settings) and once in-process for comparison.
//   taskset -c 0 tsx --import ./scripts/lib/register.mjs bench/pdf-render.ts [RENDERS]
import { Worker } from "node:worker_threads";
import { PDF_WORKER, pdfWorkerResourceLimits, renderSepsDocument, type SepsDocumentKind } from "@/lib/pdf/render";
import { SAMPLE_PDF_DATA, sampleStamp } from "@/lib/pdf/sample-data";
import { createPdfWorkerPool } from "@/lib/pdf/worker-pool";

const renders = Number(process.argv[2] ?? 1000);
const KINDS: SepsDocumentKind[] = ["solicitud", "acuerdo_confidencialidad", "consentimiento_datos"];

function pct(values: number[], p: number) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

// Warm-up: fonts loaded and parsed, code paths compiled.
for (const kind of KINDS) for (let i = 0; i < 3; i++) await renderSepsDocument(kind, SAMPLE_PDF_DATA, sampleStamp(i));

const timing = Math.max(10, Math.min(40, Math.floor(renders / 25)));
const perDocument: Record<string, { p50: number; p95: number; max: number; bytes: number }> = {};
for (const kind of KINDS) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < timing; i++) {
    const t = performance.now();
    bytes = (await renderSepsDocument(kind, SAMPLE_PDF_DATA, sampleStamp(i))).length;
    times.push(performance.now() - t);
  }
  perDocument[kind] = { p50: pct(times, 50), p95: pct(times, 95), max: Math.max(...times), bytes };
}
const together: number[] = [];
for (let i = 0; i < timing; i++) {
  const t = performance.now();
  for (const kind of KINDS) await renderSepsDocument(kind, SAMPLE_PDF_DATA, sampleStamp(i));
  together.push(performance.now() - t);
}

const every = Math.max(1, Math.floor(renders / 20));
const rssMb = () => process.memoryUsage().rss / 2 ** 20;

// The server's path: the same pool and settings. The worker entry is TypeScript and Node 20 does
// not pass tsx's module hooks to a worker, so the worker registers them itself.
const workerEntry = new URL("../lib/pdf/render-worker.ts", import.meta.url).href;
const pool = createPdfWorkerPool(
  () =>
    new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(workerEntry)}); });`, {
      eval: true,
      resourceLimits: pdfWorkerResourceLimits,
    }),
  PDF_WORKER,
);
const poolRss: number[] = [rssMb()];
for (let i = 1; i <= renders; i++) {
  await pool.render({ kind: KINDS[i % 3]!, data: SAMPLE_PDF_DATA, stamp: sampleStamp(i) });
  if (i % every === 0) poolRss.push(rssMb());
}
await new Promise((resolve) => setTimeout(resolve, PDF_WORKER.idleMs + 2_000));
const poolIdleRss = rssMb();
const poolWorkers = pool.stats();

const rss: number[] = [rssMb()];
const heap: number[] = [process.memoryUsage().heapUsed / 2 ** 20];
for (let i = 1; i <= renders; i++) {
  await renderSepsDocument(KINDS[i % 3]!, SAMPLE_PDF_DATA, sampleStamp(i));
  if (i % every === 0) {
    const m = process.memoryUsage();
    rss.push(m.rss / 2 ** 20);
    heap.push(m.heapUsed / 2 ** 20);
  }
}
const pooled = { rss: poolRss, idleRss: poolIdleRss, workersStarted: poolWorkers.started, maxAlive: poolWorkers.maxAlive, ...PDF_WORKER };
console.log(`PDF_JSON ${JSON.stringify({ perDocument, threeTogether: { p50: pct(together, 50), p95: pct(together, 95) }, pooled, rss, heap, renders, timing })}`);
