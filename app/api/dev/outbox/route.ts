import { listOutbox, outboxEnabled } from "@/lib/mail/outbox";

/** GET /api/dev/outbox?para=ADDRESS (or ?to=, as the e2e helpers ask) → [{ to, subject, text, html, createdAt }], newest first. */
export async function GET(request: Request) {
  if (!outboxEnabled()) return new Response("Not found", { status: 404 });
  const params = new URL(request.url).searchParams;
  const to = params.get("para") ?? params.get("to") ?? undefined;
  const messages = await listOutbox({ to, limit: 100 });
  return Response.json(
    messages.map(({ to, subject, text, html, createdAt }) => ({ to, subject, text, html, createdAt })),
    { headers: { "Cache-Control": "no-store" } },
  );
}
