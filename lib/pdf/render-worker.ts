// The PDF worker thread: @react-pdf/renderer is CPU-bound (tens to hundreds of milliseconds per
// document) and would block the server's event loop; here it blocks only this thread.
import { parentPort } from "node:worker_threads";
import { renderDocumentBytes, renderPersonalDataBytes, renderSolicitudUsoBytes, type SepsDocumentKind } from "./render-core";
import type { SepsPdfData, SepsPdfStamp, SolicitudUsoPdfData, SolicitudUsoPdfStamp } from "./documents/types";
import type { PersonalDataReport } from "@/lib/privacy/personal-data";

type Job =
  | { id: number; kind: SepsDocumentKind; data: SepsPdfData; stamp: SepsPdfStamp }
  | { id: number; kind: "mis_datos"; report: PersonalDataReport }
  | { id: number; kind: "ecuapass_solicitud_uso"; data: SolicitudUsoPdfData; stamp: SolicitudUsoPdfStamp };

function render(job: Job): Promise<Buffer> {
  if (job.kind === "mis_datos") return renderPersonalDataBytes(job.report);
  if (job.kind === "ecuapass_solicitud_uso") return renderSolicitudUsoBytes(job.data, job.stamp);
  return renderDocumentBytes(job.kind, job.data, job.stamp);
}

parentPort?.on("message", async (job: Job) => {
  try {
    const bytes = await render(job);
    const copy = new Uint8Array(bytes);
    parentPort!.postMessage({ id: job.id, ok: true, bytes: copy }, [copy.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
