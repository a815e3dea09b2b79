"use server";

import { after } from "next/server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/forms/state";
import { staffAction } from "@/lib/security/action";
import { approveRequest } from "@/lib/seps/approval";
import { approveSchema, correctionRequestSchema, decisionReasonSchema, rejectRequest, requestCorrection } from "@/lib/seps/review";

function refreshed(requestId: string, message: string): FormState {
  revalidatePath(`/admin/solicitudes/${requestId}`);
  revalidatePath("/admin");
  return { status: "ok", message };
}

/** "Aprobar": the approval transaction; its emails leave after the answer. */
export const approveRequestAction = staffAction("reviewer", approveSchema, async ({ requestId }, { actor }) => {
  const result = await approveRequest(requestId, actor, after);
  if (!result.ok) return { status: "error", message: result.message };
  return refreshed(
    requestId,
    result.granted.length === 0 && !result.activationSent
      ? "Solicitud aprobada. Se desactivaron los roles indicados y se notificó por correo a quienes los perdieron y al representante legal."
      : result.activationSent
        ? "Solicitud aprobada. Se envió al usuario el enlace para generar su contraseña (válido 72 horas)."
        : "Solicitud aprobada. Los roles se agregaron a la cuenta existente del usuario y se le notificó por correo.",
  );
});

export const rejectRequestAction = staffAction("reviewer", decisionReasonSchema, async (input, { actor }) => {
  const result = await rejectRequest(input, actor, after);
  if (!result.ok) return { status: "error", message: result.message };
  return refreshed(input.requestId, "Solicitud rechazada. Se envió el motivo por correo a la persona solicitante.");
});

export const requestCorrectionAction = staffAction("reviewer", correctionRequestSchema, async (input, { actor }) => {
  const result = await requestCorrection(input, actor, after);
  if (!result.ok) return { status: "error", message: result.message };
  return refreshed(input.requestId, "Se solicitó la corrección. La persona solicitante recibió el motivo por correo.");
});
