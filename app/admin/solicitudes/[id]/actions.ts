"use server";

import { after } from "next/server";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/guards";
import type { FormState } from "@/lib/forms/state";
import { formAction } from "@/lib/security/action";
import { approveRequest } from "@/lib/seps/approval";
import { approveSchema, decisionReasonSchema, rejectRequest, requestCorrection } from "@/lib/seps/review";

function refreshed(requestId: string, message: string): FormState {
  revalidatePath(`/admin/solicitudes/${requestId}`);
  revalidatePath("/admin");
  return { status: "ok", message };
}

/** "Aprobar": the approval transaction; its emails leave after the answer. */
export const approveRequestAction = formAction(approveSchema, async ({ requestId }) => {
  const staff = await requireStaff();
  const result = await approveRequest(requestId, { id: staff.id, label: staff.name }, after);
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

export const rejectRequestAction = formAction(decisionReasonSchema, async (input) => {
  const staff = await requireStaff();
  const result = await rejectRequest(input, { id: staff.id, label: staff.name }, after);
  if (!result.ok) return { status: "error", message: result.message };
  return refreshed(input.requestId, "Solicitud rechazada. Se envió el motivo por correo a la persona solicitante.");
});

export const requestCorrectionAction = formAction(decisionReasonSchema, async (input) => {
  const staff = await requireStaff();
  const result = await requestCorrection(input, { id: staff.id, label: staff.name }, after);
  if (!result.ok) return { status: "error", message: result.message };
  return refreshed(input.requestId, "Se solicitó la corrección. La persona solicitante recibió el motivo por correo.");
});
