import { currentUser } from "@/lib/auth/guards";
import { fileResponseHeaders } from "@/lib/security/headers";
import { getRequestDocumentFile } from "@/lib/seps/queries";

export const dynamic = "force-dynamic";

/** A stored PDF of a request (generated or signed), byte for byte, for staff only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; documentId: string }> }) {
  // No staff session: answer as if nothing were here.
  const staff = await currentUser("staff");
  if (!staff) return new Response("No encontrado", { status: 404, headers: { "Cache-Control": "no-store" } });
  const { id, documentId } = await params;
  const document = await getRequestDocumentFile(id, documentId);
  if (!document) return new Response("No encontrado", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(new Uint8Array(document.content), {
    headers: { ...fileResponseHeaders(document.fileName), "Content-Length": String(document.content.length) },
  });
}
