"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { decideRegistrationRequest, type DecisionResult } from "@/lib/ecuapass/registration-requests";
import { ecuapassApproveSchema, ecuapassCorrectionSchema, ecuapassReasonSchema } from "@/lib/ecuapass/review-schema";
import type { FormState } from "@/lib/forms/state";
import { staffAction } from "@/lib/security/action";

// SENAE's three decisions on an Ecuapass registration request; the rules and the transaction live
// in decideRegistrationRequest, the applicant's email leaves after the answer.

function answer(requestId: string, result: DecisionResult, message: string): FormState {
  if (!result.ok) {
    return { status: "error", message: result.message, ...(result.field ? { fieldErrors: { [result.field]: [result.message] } } : {}) };
  }
  revalidatePath(`/admin/solicitudes/${requestId}`);
  revalidatePath("/admin");
  return { status: "ok", message };
}

export const approveEcuapassAction = staffAction("reviewer", ecuapassApproveSchema, async ({ requestId, funciones }, { actor }) =>
  answer(
    requestId,
    await decideRegistrationRequest(requestId, "aprobar", actor, { functionIds: funciones }, after),
    "Solicitud aprobada. La cuenta quedó activa y se notificó por correo a la persona solicitante.",
  ),
);

export const rejectEcuapassAction = staffAction("reviewer", ecuapassReasonSchema, async ({ requestId, reason }, { actor }) =>
  answer(
    requestId,
    await decideRegistrationRequest(requestId, "rechazar", actor, { reason }, after),
    "Solicitud rechazada. Se envió el motivo por correo a la persona solicitante.",
  ),
);

export const correctionEcuapassAction = staffAction("reviewer", ecuapassCorrectionSchema, async ({ requestId, reason, corregir }, { actor }) =>
  answer(
    requestId,
    await decideRegistrationRequest(requestId, "solicitar_correccion", actor, { reason, correctionFields: [...new Set(corregir)] }, after),
    "Se solicitó la corrección. La persona solicitante recibió el motivo y las secciones por corregir por correo.",
  ),
);
