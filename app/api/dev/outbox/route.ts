import { listOutbox, mayReadOutbox, outboxRecipient } from "@/lib/mail/outbox";

/**
 * GET /api/dev/outbox?para=ADDRESS (or ?to=, as the e2e helpers ask) → [{ to, subject, text, html, createdAt }],
 * newest first. In production it needs an admin session or the X-Outbox-Secret header (lib/mail/outbox.ts).
 */
export async function GET(request: Request) {
  if (!(await mayReadOutbox(request.headers))) return new Response("Not found", { status: 404 });
  const params = new URL(request.url).searchParams;
  const recipient = outboxRecipient(params.get("para") ?? params.get("to"));
  if (!recipient.ok) return Response.json({ error: "Dirección de correo no válida." }, { status: 400, headers: { "Cache-Control": "no-store" } });
  const messages = await listOutbox({ to: recipient.to, limit: 100 });
  return Response.json(
    messages.map(({ to, subject, text, html, createdAt }) => ({ to, subject, text, html, createdAt })),
    { headers: { "Cache-Control": "no-store" } },
  );
}
