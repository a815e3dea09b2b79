import "server-only";
import { Worker } from "node:worker_threads";
import type { SepsPdfData, SepsPdfStamp } from "./documents/types";
import { renderDocumentBytes, type SepsDocumentKind } from "./render-core";

export type { SepsPdfData, SepsPdfRole, SepsPdfStamp } from "./documents/types";
export type { SepsDocumentKind } from "./render-core";

// Inside Next.js the bundler compiles the worker entry (`new Worker(new URL(…))` below) into its own
// bundle; run from source (Vitest, scripts) the entry would be a .ts file Node cannot start, so
// rendering stays in-process there.
const canUseWorker = process.env.NEXT_RUNTIME === "nodejs" && process.env.PDF_IN_PROCESS !== "1";

type Pending = { resolve: (bytes: Buffer) => void; reject: (error: Error) => void };
type WorkerState = { worker: Worker; pending: Map<number, Pending>; nextId: number; rendered: number };

/**
 * @react-pdf/renderer keeps part of every render reachable (diegomura/react-pdf#2848: about 0.2 MB
 * per document here); a worker is retired after this many documents so memory stays flat.
 */
const RENDERS_PER_WORKER = 150;

const holder = globalThis as typeof globalThis & { __ventanillaPdfWorker?: WorkerState };

function startWorker(): WorkerState {
  const worker = new Worker(new URL("./render-worker.ts", import.meta.url));
  const state: WorkerState = { worker, pending: new Map(), nextId: 1, rendered: 0 };
  worker.on("message", (message: { id: number; ok: boolean; bytes?: Uint8Array; error?: string }) => {
    const job = state.pending.get(message.id);
    if (!job) return;
    state.pending.delete(message.id);
    if (message.ok && message.bytes) job.resolve(Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength));
    else job.reject(new Error(`PDF worker: ${message.error ?? "sin resultado"}`));
    if (state.pending.size === 0) {
      // Idle: it must not keep the process alive (scripts, graceful shutdown); a retired one ends.
      worker.unref();
      if (holder.__ventanillaPdfWorker !== state) void worker.terminate();
    }
  });
  const fail = (error: Error) => {
    for (const job of state.pending.values()) job.reject(error);
    state.pending.clear();
    if (holder.__ventanillaPdfWorker === state) holder.__ventanillaPdfWorker = undefined;
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`PDF worker exited (${code})`)));
  return state;
}

function pdfWorker(): WorkerState {
  let state = holder.__ventanillaPdfWorker;
  if (state && state.rendered >= RENDERS_PER_WORKER) {
    holder.__ventanillaPdfWorker = undefined;
    if (state.pending.size === 0) void state.worker.terminate();
    state = undefined;
  }
  state ??= holder.__ventanillaPdfWorker = startWorker();
  return state;
}

/** Renders one SEPS document to PDF bytes (A4, fonts embedded), off the event loop when built. */
export async function renderSepsDocument(kind: SepsDocumentKind, data: SepsPdfData, stamp: SepsPdfStamp): Promise<Buffer> {
  if (!canUseWorker) return renderDocumentBytes(kind, data, stamp);
  const state = pdfWorker();
  const id = state.nextId++;
  state.rendered++;
  return new Promise<Buffer>((resolve, reject) => {
    state.pending.set(id, { resolve, reject });
    state.worker.ref();
    state.worker.postMessage({ id, kind, data, stamp });
  });
}
