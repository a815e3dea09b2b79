// The three decisions SENAE takes on an Ecuapass registration request (/admin/solicitudes/ID):
// the forms' field names and the schemas their actions re-parse. Client-safe.
import { z } from "zod";
import { freeText } from "@/lib/forms/text";
import { CORRECTION_SECTIONS } from "./registration-types";

const asArray = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export const REVIEW_MESSAGES = {
  reason: "Escriba el motivo (al menos 10 caracteres): se enviará a la persona solicitante.",
  reasonTooLong: "El motivo puede tener hasta 2000 caracteres.",
  sections: "Marque al menos una sección por corregir.",
  functions: "Marque al menos una función del catálogo para la persona.",
} as const;

const requestId = z.uuid({ error: "Solicitud no válida." });

/** "Aprobar": the functions SENAE grants when it decides an employee's or official's request (last-representative fallback). */
export const ecuapassApproveSchema = z.object({
  requestId,
  funciones: z.preprocess(asArray, z.array(z.uuid({ error: "Función no válida." })).max(50)),
});
export type EcuapassApproveInput = z.infer<typeof ecuapassApproveSchema>;

export const ecuapassReasonSchema = z.object({
  requestId,
  reason: freeText({ error: "Escriba el motivo.", multiline: true }).pipe(z.string().min(10, REVIEW_MESSAGES.reason).max(2000, REVIEW_MESSAGES.reasonTooLong)),
});
export type EcuapassReasonInput = z.infer<typeof ecuapassReasonSchema>;

export const ecuapassCorrectionSchema = ecuapassReasonSchema.extend({
  corregir: z.preprocess(asArray, z.array(z.enum(CORRECTION_SECTIONS, { error: "Sección no válida." })).min(1, REVIEW_MESSAGES.sections).max(CORRECTION_SECTIONS.length)),
});
export type EcuapassCorrectionInput = z.infer<typeof ecuapassCorrectionSchema>;
