import { createElement } from "react";
import { z } from "zod";
import { now } from "@/lib/clock";
import { sendMail } from "@/lib/mail/send";
import TestMessageEmail from "@/lib/mail/templates/test-message";
import { testHookInput } from "@/lib/security/test-hooks";

const bodySchema = z.object({ to: z.email() });

/** End-to-end tests only (ENABLE_TEST_HOOKS): sends the test message through the app's mail path. */
export async function POST(request: Request) {
  const parsed = await testHookInput(request, bodySchema);
  if (!parsed.ok) return parsed.response;
  const sentAt = now().toISOString();
  const result = await sendMail({ to: parsed.data.to, subject: "Mensaje de prueba de Ventanilla", react: createElement(TestMessageEmail, { sentAt }) });
  return Response.json(result);
}
