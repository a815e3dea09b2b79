// The PDF worker thread: @react-pdf/renderer is CPU-bound (tens to hundreds of milliseconds per
// document) and would block the server's event loop; here it blocks only this thread.
import { parentPort } from "node:worker_threads";
import { renderDocumentBytes, renderPersonalDataBytes, type SepsDocumentKind } from "./render-core";
import type { SepsPdfData, SepsPdfStamp } from "./documents/types";
import type { PersonalDataReport } from "@/lib/privacy/personal-data";

type Job =
  | { id: number; kind: SepsDocumentKind; data: SepsPdfData; stamp: SepsPdfStamp }
  | { id: number; kind: "mis_datos"; report: PersonalDataReport };

parentPort?.on("message", async (job: Job) => {
  try {
    const bytes = job.kind === "mis_datos" ? await renderPersonalDataBytes(job.report) : await renderDocumentBytes(job.kind, job.data, job.stamp);
    const copy = new Uint8Array(bytes);
    parentPort!.postMessage({ id: job.id, ok: true, bytes: copy }, [copy.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
