import { listOutbox, outboxEnabled } from "@/lib/mail/outbox";

/** GET /api/dev/outbox?to=ADDRESS → [{ to, subject, text, html, createdAt }], newest first. */
export async function GET(request: Request) {
  if (!outboxEnabled()) return new Response("Not found", { status: 404 });
  const to = new URL(request.url).searchParams.get("to") ?? undefined;
  const messages = await listOutbox({ to, limit: 100 });
  return Response.json(
    messages.map(({ to, subject, text, html, createdAt }) => ({ to, subject, text, html, createdAt })),
    { headers: { "Cache-Control": "no-store" } },
  );
}
