"use server";

import { refresh } from "next/cache";
import type { FormState } from "@/lib/forms/state";
import { guardAction } from "@/lib/security/action";
import { UPLOAD_TOO_LARGE } from "@/lib/security/headers";
import { clientIp } from "@/lib/security/request";
import { isDocumentKind } from "@/lib/seps/documents";
import { correctSepsRequest } from "@/lib/seps/correction";
import { withdrawSepsRequest } from "@/lib/seps/lifecycle";
import { remitSepsRequest, uploadSignedDocument } from "@/lib/seps/requests";
import { UPLOAD_MAX_BYTES } from "@/lib/seps/schema";

/** One signed copy (PDF by content, at most 10 MB), replacing the previous one of that document. */
export async function uploadSignedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return guardAction(formData, async () => {
    const token = String(formData.get("token") ?? "");
    const kind = formData.get("documento");
    const file = formData.get("archivo");
    if (!isDocumentKind(kind)) return { status: "error", message: "Documento no válido." };
    if (!(file instanceof File) || file.size === 0) {
      return { status: "error", fieldErrors: { archivo: ["Seleccione el archivo PDF firmado."] } };
    }
    if (file.size > UPLOAD_MAX_BYTES) return { status: "error", fieldErrors: { archivo: [UPLOAD_TOO_LARGE] } };
    const result = await uploadSignedDocument({ token, kind, bytes: new Uint8Array(await file.arrayBuffer()), ip: await clientIp() });
    if (!result.ok) return { status: "error", fieldErrors: { archivo: [result.message] } };
    refresh();
    return { status: "ok", message: "Copia firmada subida." };
  });
}

/** "Remitir a la Superintendencia". */
export async function remitAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return guardAction(formData, async () => {
    const result = await remitSepsRequest({ token: String(formData.get("token") ?? ""), ip: await clientIp() });
    if (!result.ok) return { status: "error", message: result.message };
    refresh();
    return { status: "ok", message: `La solicitud ${result.number} fue remitida a la Superintendencia.` };
  });
}

/** "Retirar la solicitud" (confirmed with a checkbox), while no decision exists. */
export async function withdrawAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return guardAction(formData, async () => {
    if (formData.get("confirmarRetiro") !== "on") {
      return { status: "error", fieldErrors: { confirmarRetiro: ["Confirme que desea retirar la solicitud."] } };
    }
    const result = await withdrawSepsRequest({ token: String(formData.get("token") ?? ""), ip: await clientIp() });
    if (!result.ok) return { status: "error", message: result.message };
    refresh();
    return { status: "ok", message: `La solicitud ${result.number} fue retirada.` };
  });
}

/** "Guardar los datos corregidos": the sections the reviewer named; the three PDFs are generated again. */
export async function correctDataAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return guardAction(formData, async () => {
    const fields: Record<string, string> = {};
    for (const name of ["cedula", "nombres", "correo", "empleado", "cargo", "resolucion", "tramiteCedula", "tramiteNombres"]) {
      const value = formData.get(name);
      if (typeof value === "string") fields[name] = value.slice(0, 500);
    }
    const result = await correctSepsRequest({ token: String(formData.get("token") ?? ""), fields, ip: await clientIp() });
    if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values: fields };
    refresh();
    return {
      status: "ok",
      message: "Datos corregidos. Descargue los tres documentos nuevos, fírmelos, suba las copias firmadas y remita la solicitud.",
    };
  });
}
