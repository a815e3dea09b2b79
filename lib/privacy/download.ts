import "server-only";
import { renderPersonalDataDocument } from "@/lib/pdf/render";
import { recordAudit } from "@/lib/security/audit";
import { fileResponseHeaders } from "@/lib/security/headers";
import { SUBJECT_TYPE, type DataSubjectKind } from "./access-log";
import { personalDataReport } from "./personal-data";

/** The signed-in person's own data as JSON (portability) or a readable PDF; the download is audited. */
export async function personalDataDownload(kind: DataSubjectKind, id: string, format: string | null): Promise<Response> {
  const notFound = () => new Response("No encontrado", { status: 404, headers: { "Cache-Control": "no-store" } });
  if (format !== "json" && format !== "pdf") return notFound();
  const report = await personalDataReport(kind, id);
  if (!report) return notFound();
  await recordAudit({
    actor: { kind, id, label: report.holder.username },
    action: "datos_personales.descarga",
    subjectType: SUBJECT_TYPE[kind],
    subjectId: id,
    details: { formato: format },
  });
  const day = report.generatedAt.slice(0, 10);
  if (format === "json") {
    return new Response(JSON.stringify(report, null, 2), { headers: fileResponseHeaders(`mis-datos-${day}.json`, "application/json; charset=utf-8") });
  }
  const bytes = await renderPersonalDataDocument(report);
  return new Response(new Uint8Array(bytes), { headers: { ...fileResponseHeaders(`mis-datos-${day}.pdf`), "Content-Length": String(bytes.length) } });
}
