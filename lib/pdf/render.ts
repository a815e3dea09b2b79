import "server-only";
import { Worker } from "node:worker_threads";
import type { SepsPdfData, SepsPdfStamp } from "./documents/types";
import { renderDocumentBytes, type SepsDocumentKind } from "./render-core";
import { createPdfWorkerPool, type PdfWorkerPool } from "./worker-pool";

export type { SepsPdfData, SepsPdfRole, SepsPdfStamp } from "./documents/types";
export type { SepsDocumentKind } from "./render-core";

// Inside Next.js the bundler compiles the worker entry (`new Worker(new URL(…))` below) into its own
// bundle; run from source (Vitest, scripts) the entry would be a .ts file Node cannot start, so
// rendering stays in-process there.
const canUseWorker = process.env.NEXT_RUNTIME === "nodejs" && process.env.PDF_IN_PROCESS !== "1";

/**
 * How the render worker lives. @react-pdf/renderer keeps part of every render reachable
 * (diegomura/react-pdf#2848: 0.2–0.3 MB per document here; in-process under a 128 MB heap it runs
 * out after a few hundred documents), so a worker is retired after `rendersPerWorker` documents, or
 * after `idleMs` without work. Starting one costs about 0.2 s plus a cold JIT: measured, retiring
 * every 100 documents cost ~50 ms more CPU per save than every 600. Its heap is capped (`heapMb`):
 * V8 on a large machine otherwise lets garbage pile up to hundreds of megabytes before collecting; a
 * render needs far less, and a worker that runs out anyway is replaced and its job retried.
 */
export const PDF_WORKER = { rendersPerWorker: 200, idleMs: 15_000, heapMb: 128 } as const;

const holder = globalThis as typeof globalThis & { __ventanillaPdfPool?: PdfWorkerPool };

function pdfPool(): PdfWorkerPool {
  holder.__ventanillaPdfPool ??= createPdfWorkerPool(
    () => new Worker(new URL("./render-worker.ts", import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: PDF_WORKER.heapMb } }),
    PDF_WORKER,
  );
  return holder.__ventanillaPdfPool;
}

/** Renders one SEPS document to PDF bytes (A4, fonts embedded), off the event loop when built. */
export async function renderSepsDocument(kind: SepsDocumentKind, data: SepsPdfData, stamp: SepsPdfStamp): Promise<Buffer> {
  if (!canUseWorker) return renderDocumentBytes(kind, data, stamp);
  return pdfPool().render({ kind, data, stamp });
}
