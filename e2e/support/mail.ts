import { expect, type APIRequestContext } from "@playwright/test";
import { outboxHeaders } from "./outbox";

export type OutboxMessage = { to: string; subject: string; text: string; html: string; createdAt: string };

/** Waits for a message to `to` (optionally whose subject matches) in the dev outbox; newest first. */
export async function waitForMail(
  request: APIRequestContext,
  to: string,
  options: { subject?: RegExp; after?: Date } = {},
): Promise<OutboxMessage> {
  let found: OutboxMessage | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`, { headers: outboxHeaders });
        const messages = (await response.json()) as OutboxMessage[];
        found = messages.find(
          (m) =>
            (!options.subject || options.subject.test(m.subject)) &&
            (!options.after || new Date(m.createdAt) >= options.after),
        );
        return Boolean(found);
      },
      { timeout: 15_000, message: `correo para ${to}` },
    )
    .toBe(true);
  return found!;
}

/** The first absolute link in a message's text that starts with `prefix` (e.g. "/seps/activar/"). */
export function linkIn(message: OutboxMessage, pathPrefix: string): string {
  const match = message.text.match(new RegExp(`https?://[^\\s)\\]]+${pathPrefix.replace(/\//g, "\\/")}[^\\s)\\]]*`));
  if (!match) throw new Error(`No hay enlace ${pathPrefix} en: ${message.text}`);
  return match[0];
}
