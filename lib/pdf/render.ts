import "server-only";
import { Worker } from "node:worker_threads";
import type { PersonalDataReport } from "@/lib/privacy/personal-data";
import type { SepsPdfData, SepsPdfStamp, SolicitudUsoPdfData, SolicitudUsoPdfStamp } from "./documents/types";
import type { SepsDocumentKind } from "./render-core";
import { createPdfWorkerPool, type PdfWorkerPool } from "./worker-pool";

export type { SepsPdfData, SepsPdfRole, SepsPdfStamp, SolicitudUsoPdfData, SolicitudUsoPdfStamp } from "./documents/types";
export type { SepsDocumentKind } from "./render-core";

// Inside Next.js the bundler compiles the worker entry (`new Worker(new URL(…))` below) into its own
// bundle; run from source (Vitest, scripts) the entry would be a .ts file Node cannot start, so
// rendering stays in-process there.
const canUseWorker = process.env.NEXT_RUNTIME === "nodejs" && process.env.PDF_IN_PROCESS !== "1";

/**
 * How the render worker lives. A worker is retired after `rendersPerWorker` documents (a bound in
 * case a future react-pdf keeps memory per render again, as it did until render-core.ts let React's
 * scheduler run: diegomura/react-pdf#2848), or after `idleMs` without work, which gives back its
 * ~90 MB (heap, Yoga's WebAssembly memory, fonts). Starting one costs about 0.2 s and a cold JIT.
 * Its old generation is capped (`heapMb`): V8 on a large machine otherwise lets garbage pile up
 * before collecting. A worker keeps ~40 MB live; the largest document we allow (ten roles, every
 * field at its limit) rendered under 48 MB and not under 32. A worker that runs out anyway is
 * replaced and its job retried.
 */
export const PDF_WORKER = { rendersPerWorker: 2_000, idleMs: 15_000, heapMb: 64 } as const;

export const pdfWorkerResourceLimits = { maxOldGenerationSizeMb: PDF_WORKER.heapMb };

const holder = globalThis as typeof globalThis & { __ventanillaPdfPool?: PdfWorkerPool };

function pdfPool(): PdfWorkerPool {
  holder.__ventanillaPdfPool ??= createPdfWorkerPool(
    () => new Worker(new URL("./render-worker.ts", import.meta.url), { resourceLimits: pdfWorkerResourceLimits }),
    PDF_WORKER,
  );
  return holder.__ventanillaPdfPool;
}

/** Renders one SEPS document to PDF bytes (A4, fonts embedded), off the event loop when built. */
export async function renderSepsDocument(kind: SepsDocumentKind, data: SepsPdfData, stamp: SepsPdfStamp): Promise<Buffer> {
  // Loaded only where it renders: imported by the server's main thread, react-pdf's code and its
  // hyphenation tables (~18 MB of heap) would sit there unused beside the worker's own copy.
  if (!canUseWorker) return (await import("./render-core")).renderDocumentBytes(kind, data, stamp);
  return pdfPool().render({ kind, data, stamp });
}

/** A person's "Mis datos" report as a PDF, in the same worker as the SEPS documents. */
export async function renderPersonalDataDocument(report: PersonalDataReport): Promise<Buffer> {
  if (!canUseWorker) return (await import("./render-core")).renderPersonalDataBytes(report);
  return pdfPool().render({ kind: "mis_datos", report });
}

/** The Ecuapass "Solicitud de uso" (issue 19), in the same worker. */
export async function renderSolicitudUsoDocument(data: SolicitudUsoPdfData, stamp: SolicitudUsoPdfStamp): Promise<Buffer> {
  if (!canUseWorker) return (await import("./render-core")).renderSolicitudUsoBytes(data, stamp);
  return pdfPool().render({ kind: "ecuapass_solicitud_uso", data, stamp });
}
