// The three decisions SENAE takes on an Ecuapass registration request (/admin/solicitudes/ID):
// the forms' field names and the schemas their actions re-parse. Client-safe.
import { z } from "zod";
import { checkboxValues } from "@/lib/forms/text";
import { decisionReason } from "@/lib/review/reason";
import { CORRECTION_SECTIONS } from "./registration-types";

export const REVIEW_MESSAGES = {
  sections: "Marque al menos una sección por corregir.",
  functions: "Marque al menos una función del catálogo para la persona.",
} as const;

const requestId = z.uuid({ error: "Solicitud no válida." });

/** "Aprobar": the functions SENAE grants when it decides an employee's or official's request (last-representative fallback). */
export const ecuapassApproveSchema = z.object({
  requestId,
  funciones: checkboxValues(z.array(z.uuid({ error: "Función no válida." })).max(50)),
});
export type EcuapassApproveInput = z.infer<typeof ecuapassApproveSchema>;

export const ecuapassReasonSchema = z.object({
  requestId,
  reason: decisionReason(),
});
export type EcuapassReasonInput = z.infer<typeof ecuapassReasonSchema>;

export const ecuapassCorrectionSchema = ecuapassReasonSchema.extend({
  corregir: checkboxValues(z.array(z.enum(CORRECTION_SECTIONS, { error: "Sección no válida." })).min(1, REVIEW_MESSAGES.sections).max(CORRECTION_SECTIONS.length)),
});
export type EcuapassCorrectionInput = z.infer<typeof ecuapassCorrectionSchema>;
