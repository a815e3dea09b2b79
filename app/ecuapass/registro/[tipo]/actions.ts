"use server";

import { signIn } from "@/lib/auth";
import { issueEcuapassTicket } from "@/lib/auth/credentials";
import { registerEcuapassUser } from "@/lib/ecuapass/register";
import { parseTypeForm } from "@/lib/ecuapass/registration-forms";
import { findRequestOfAccount, mailRequestStatus } from "@/lib/ecuapass/registration-requests";
import { TYPE_FORMS } from "@/lib/ecuapass/type-forms";
import type { DetailedType } from "@/lib/ecuapass/request-details";
import { afterCommit } from "@/lib/mail/after-commit";
import { submissionKeyOf } from "@/lib/forms/submission-key";
import type { FormState } from "@/lib/forms/state";
import { formDataToObject, guardAction, hostileTextFields } from "@/lib/security/action";
import { UPLOAD_TOO_LARGE } from "@/lib/security/headers";
import { PDF_UPLOAD_MAX_BYTES } from "@/lib/security/pdf-upload";
import { clientIp } from "@/lib/security/request";

const isDetailedType = (type: unknown): type is DetailedType => typeof type === "string" && Object.hasOwn(TYPE_FORMS, type);

/**
 * "Registrar" on the form of a type that needs an approval (the type is bound by its page): the
 * whole form and the PDF checked again, one transaction (pending account, request, details, PDF),
 * the "solicitud recibida" email after it, then signed in to «Mi página» (its status page).
 */
export async function registerTypeAction(type: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return guardAction(formData, async () => {
    if (!isDetailedType(type)) return { status: "error", message: "Tipo de registro no válido." };
    const hostile = hostileTextFields(formData);
    if (hostile) return hostile;
    const file = formData.get("respaldo");
    const tooLarge = file instanceof File && file.size > PDF_UPLOAD_MAX_BYTES;
    const upload = file instanceof File && file.size > 0 && !tooLarge ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    const parsed = parseTypeForm(type, formDataToObject(formData), upload);
    if (!parsed.ok || tooLarge) {
      const fieldErrors = { ...(parsed.ok ? {} : parsed.fieldErrors), ...(tooLarge ? { respaldo: [UPLOAD_TOO_LARGE] } : {}) };
      return { status: "error", message: "Revise los campos marcados.", fieldErrors };
    }
    const result = await registerEcuapassUser(parsed.registration, await clientIp(), submissionKeyOf(formData.get("idempotencia")), {
      type,
      organization: parsed.organization,
      details: parsed.details,
      respaldo: parsed.respaldo,
    });
    if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
    if (!result.repeated) {
      const accountId = result.id;
      afterCommit(async () => {
        const request = await findRequestOfAccount(accountId);
        if (request) await mailRequestStatus(request);
      });
    }
    await signIn("ecuapass-ticket", {
      ticket: issueEcuapassTicket(result.id, result.sessionVersion),
      redirectTo: "/ecuapass/mi-pagina",
    });
    return { status: "ok" };
  });
}
