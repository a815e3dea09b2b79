import { fileResponseHeaders } from "@/lib/security/headers";
import { getRequestDocumentFile } from "@/lib/seps/queries";
import { findRequestByToken } from "@/lib/seps/requests";

// A request's PDF (generated or uploaded), for whoever holds the request's private link. Any
// other combination (wrong token, a document of another request) is a 404.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string; id: string }> }) {
  const { token, id } = await params;
  const request = await findRequestByToken(token);
  const file = request ? await getRequestDocumentFile(request.id, id) : null;
  if (!file) return new Response("No encontrado", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return new Response(new Uint8Array(file.content), {
    headers: { ...fileResponseHeaders(file.fileName), "Content-Length": String(file.content.length), ETag: `"${file.sha256}"` },
  });
}
