import { currentUser } from "@/lib/auth/guards";
import { csvHeaders } from "@/lib/exports/csv";
import { exportAuditCsv, exportFileName } from "@/lib/exports/exports";
import { auditFilterSchema } from "@/lib/security/audit";

export const dynamic = "force-dynamic";

/** The audit log as CSV, with the audit page's filters, streamed. Admins only. */
export async function GET(request: Request) {
  const staff = await currentUser("staff");
  if (!staff) return new Response("No autorizado", { status: 401, headers: { "Cache-Control": "no-store" } });
  if (staff.role !== "admin") return new Response("Acceso no permitido", { status: 403, headers: { "Cache-Control": "no-store" } });
  const params = new URL(request.url).searchParams;
  const { pagina: _page, ...filter } = auditFilterSchema.parse({
    accion: params.get("accion") || undefined,
    actor: params.get("actor") || undefined,
    sujeto: params.get("sujeto") || undefined,
    desde: params.get("desde") || undefined,
    hasta: params.get("hasta") || undefined,
  });
  const body = await exportAuditCsv(filter, { id: staff.id, label: staff.name });
  return new Response(body, { headers: csvHeaders(exportFileName("auditoria")) });
}
