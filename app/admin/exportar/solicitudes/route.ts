import { currentUser } from "@/lib/auth/guards";
import { csvHeaders } from "@/lib/exports/csv";
import { exportFileName, exportQueueCsv } from "@/lib/exports/exports";
import { parseQueueFilters } from "@/lib/seps/queue";

export const dynamic = "force-dynamic";

/** The review queue as CSV, with the queue page's filters (?estado=&sector=&q=), streamed. Staff only. */
export async function GET(request: Request) {
  const staff = await currentUser("staff");
  if (!staff) return new Response("No autorizado", { status: 401, headers: { "Cache-Control": "no-store" } });
  const filters = parseQueueFilters(Object.fromEntries(new URL(request.url).searchParams));
  const body = await exportQueueCsv(filters, { id: staff.id, label: staff.name });
  return new Response(body, { headers: csvHeaders(exportFileName("solicitudes")) });
}
