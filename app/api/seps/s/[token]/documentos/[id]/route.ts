import { fileResponseHeaders } from "@/lib/security/headers";
import { getDocumentFileByLink } from "@/lib/seps/queries";

// A request's PDF (generated or uploaded), for whoever holds the request's private link. Any
// other combination (wrong token, a document of another request) is a 404.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string; id: string }> }) {
  const { token, id } = await params;
  const file = await getDocumentFileByLink(token, id);
  if (!file) return new Response("No encontrado", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  // The row's bytes as they are: a Buffer is a Uint8Array, no copy needed.
  return new Response(file.content as Uint8Array<ArrayBuffer>, {
    headers: { ...fileResponseHeaders(file.fileName), "Content-Length": String(file.content.length), ETag: `"${file.sha256}"` },
  });
}
