import { createElement } from "react";
import { z } from "zod";
import { now } from "@/lib/clock";
import { getEnv } from "@/lib/env";
import { sendMail } from "@/lib/mail/send";
import TestMessageEmail from "@/lib/mail/templates/test-message";

const bodySchema = z.object({ to: z.email() });

/** End-to-end tests only (ENABLE_TEST_HOOKS): sends the test message through the app's mail path. */
export async function POST(request: Request) {
  if (!getEnv().ENABLE_TEST_HOOKS) return new Response("Not found", { status: 404 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "to inválido" }, { status: 400 });
  const sentAt = now().toISOString();
  const result = await sendMail({ to: parsed.data.to, subject: "Mensaje de prueba de Ventanilla", react: createElement(TestMessageEmail, { sentAt }) });
  return Response.json(result);
}
