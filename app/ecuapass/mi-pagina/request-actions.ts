"use server";

import { refresh } from "next/cache";
import { requireEcuapassAccount } from "@/lib/auth/guards";
import { resubmitCorrection } from "@/lib/ecuapass/correction";
import { uploadSignedSolicitudUso } from "@/lib/ecuapass/solicitud-uso";
import type { FormState } from "@/lib/forms/state";
import { formDataToObject, guardAction, hostileTextFields } from "@/lib/security/action";
import { UPLOAD_TOO_LARGE } from "@/lib/security/headers";
import { PDF_UPLOAD_MAX_BYTES } from "@/lib/security/pdf-upload";
import { clientIp } from "@/lib/security/request";

// The two actions of a pending account's status page: only its own request, only while pending.

const NOT_PENDING = "Su solicitud ya no está pendiente: no se realizó ningún cambio.";

/** "Subir la Solicitud de uso firmada": checked like the SEPS uploads; the verdict shows at once. */
export async function uploadSolicitudUsoAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return guardAction(formData, async () => {
    const account = await requireEcuapassAccount();
    if (account.status !== "pendiente_aprobacion") return { status: "error", message: NOT_PENDING };
    const file = formData.get("archivo");
    if (!(file instanceof File) || file.size === 0) return { status: "error", fieldErrors: { archivo: ["Seleccione el archivo PDF firmado."] } };
    if (file.size > PDF_UPLOAD_MAX_BYTES) return { status: "error", fieldErrors: { archivo: [UPLOAD_TOO_LARGE] } };
    const result = await uploadSignedSolicitudUso({ accountId: account.id, accountLabel: account.name, bytes: new Uint8Array(await file.arrayBuffer()), ip: await clientIp() });
    if (!result.ok) return { status: "error", fieldErrors: { archivo: [result.message] } };
    refresh();
    return { status: "ok", message: "Solicitud de uso firmada subida." };
  });
}

/** "Reenviar la solicitud" after SENAE asked for a correction: the asked sections only. */
export async function resubmitCorrectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return guardAction(formData, async () => {
    const account = await requireEcuapassAccount();
    if (account.status !== "pendiente_aprobacion") return { status: "error", message: NOT_PENDING };
    const hostile = hostileTextFields(formData);
    if (hostile) return hostile;
    const file = formData.get("respaldo");
    if (file instanceof File && file.size > PDF_UPLOAD_MAX_BYTES) return { status: "error", fieldErrors: { respaldo: [UPLOAD_TOO_LARGE] } };
    const respaldo = file instanceof File && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    const result = await resubmitCorrection({ id: account.id, label: account.name }, { raw: formDataToObject(formData), respaldo });
    if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
    refresh();
    return { status: "ok", message: "Su solicitud fue reenviada al SENAE." };
  });
}
