"use server";

import { signIn } from "@/lib/auth";
import { issueEcuapassTicket } from "@/lib/auth/credentials";
import { createSecurityCode } from "@/lib/ecuapass/codes";
import { mailSecurityCode, mailWelcome } from "@/lib/ecuapass/mail";
import { afterCommit } from "@/lib/mail/after-commit";
import { registerEcuapassUser } from "@/lib/ecuapass/register";
import { submissionKeyOf } from "@/lib/forms/submission-key";
import { MESSAGES } from "@/lib/ecuapass/rules";
import { codeRequestSchema, registrationSchema } from "@/lib/ecuapass/schema";
import type { FormState } from "@/lib/forms/state";
import { fieldErrorsOf, formAction, formDataToObject, guardAction } from "@/lib/security/action";
import { clientIp } from "@/lib/security/request";

/** "Solicitar código de seguridad": stores a new code, then mails it. */
export async function requestCodeAction(formData: FormData): Promise<FormState<{ expiresAt: string }>> {
  return guardAction(formData, async () => {
    const parsed = codeRequestSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return fieldErrorsOf(parsed.error);
    const created = await createSecurityCode(parsed.data.email, await clientIp());
    if (!created.ok) {
      return { status: "error", message: created.message, fieldErrors: created.field ? { [created.field]: [created.message] } : {} };
    }
    const { email } = parsed.data;
    afterCommit(() => mailSecurityCode(email, created.code, created.codeId));
    return { status: "ok", message: MESSAGES.codeSent, data: { expiresAt: created.expiresAt.toISOString() } };
  });
}

/** "Registrar": the whole form again on the server, one transaction, then straight into Mi página. */
export const registerAction = formAction(registrationSchema, async (input, formData) => {
  const result = await registerEcuapassUser(input, await clientIp(), submissionKeyOf(formData.get("idempotencia")));
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
  // The welcome email is rendered and queued after the answer is sent: the person waits for the
  // account and the session, not for the email. A retried submission already has its email.
  if (!result.repeated) afterCommit(() => mailWelcome(result));
  await signIn("ecuapass-ticket", {
    ticket: issueEcuapassTicket(result.id, result.sessionVersion),
    redirectTo: "/ecuapass/mi-pagina",
  });
  return { status: "ok" };
});
