// The PDF worker thread: @react-pdf/renderer is CPU-bound (tens to hundreds of milliseconds per
// document) and would block the server's event loop; here it blocks only this thread.
import { register } from "node:module";
import { parentPort } from "node:worker_threads";
import type { SepsDocumentKind } from "./render-core";
import type { SepsPdfData, SepsPdfStamp } from "./documents/types";

// Words are never split in our documents (render-core registers a hyphenation callback that keeps
// them whole), so react-pdf's built-in English hyphenation is never called; importing it builds a
// pattern trie of ~8.4 MB that would live in this thread's heap. For this thread only, a loader hook
// resolves that one module to a stub. It must be registered before render-core is loaded.
const SKIP_ENGLISH_HYPHENATION = `export async function resolve(specifier, context, next) {
  if (specifier === "@react-pdf/hyphenate/en-us") return { url: "data:text/javascript,export const syllables = (word) => [word];", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(SKIP_ENGLISH_HYPHENATION)}`);
const core = import("./render-core");

type Job = { id: number; kind: SepsDocumentKind; data: SepsPdfData; stamp: SepsPdfStamp };

parentPort?.on("message", async (job: Job) => {
  try {
    const bytes = await (await core).renderDocumentBytes(job.kind, job.data, job.stamp);
    const copy = new Uint8Array(bytes);
    parentPort!.postMessage({ id: job.id, ok: true, bytes: copy }, [copy.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
