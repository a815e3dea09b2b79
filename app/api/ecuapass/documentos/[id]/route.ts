import { currentEcuapassAccount, currentUser } from "@/lib/auth/guards";
import { getDocumentFileForStaff, getOwnDocumentFile, openPendingMemberRespaldo, type DocumentFile } from "@/lib/ecuapass/document-files";
import { findActiveRepresentative } from "@/lib/ecuapass/representatives";
import { fileResponseHeaders } from "@/lib/security/headers";

export const dynamic = "force-dynamic";

const notFound = () => new Response("No encontrado", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * A stored file of an Ecuapass registration request, byte for byte, as an attachment (the same
 * headers as the SEPS downloads). SENAE staff get any request's file (the review page links here);
 * an applicant only its own request's, while pending or active: a rejected account sees its
 * status and reason only. An active representative also gets the supporting document of a request
 * waiting for its decision (an official's appointment), and the applicant sees that in «Mis datos».
 * Anyone else, or another account's file: 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  let file: DocumentFile | null = null;
  const staff = await currentUser("staff");
  if (staff) file = await getDocumentFileForStaff(id);
  else {
    const account = await currentEcuapassAccount();
    if (account && account.status !== "rechazado") file = await getOwnDocumentFile(account.id, id);
    const rep = account && !file ? await findActiveRepresentative(account.id) : null;
    if (rep) file = await openPendingMemberRespaldo(rep, id);
  }
  if (!file) return notFound();
  return new Response(file.content as Uint8Array<ArrayBuffer>, {
    headers: { ...fileResponseHeaders(file.fileName), "Content-Length": String(file.content.length), ETag: `"${file.sha256}"` },
  });
}
