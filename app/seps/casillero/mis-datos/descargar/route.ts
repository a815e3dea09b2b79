import { currentUser } from "@/lib/auth/guards";
import { personalDataDownload } from "@/lib/privacy/download";

export const dynamic = "force-dynamic";

/** ?formato=json|pdf: the signed-in user's own data, never anyone else's. */
export async function GET(request: Request) {
  const user = await currentUser("seps");
  if (!user) return new Response("No autorizado", { status: 401, headers: { "Cache-Control": "no-store" } });
  return personalDataDownload("seps", user.id, new URL(request.url).searchParams.get("formato"));
}
