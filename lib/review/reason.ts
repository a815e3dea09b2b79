// The reason of a rejection or a correction request: the same rule wherever a request is decided
// (SEPS and SENAE reviewers, an organization's representative). Client-safe: the forms take the
// limits from here.
import { z } from "zod";
import { freeText } from "@/lib/forms/text";

export const DECISION_REASON_MIN = 10;
export const DECISION_REASON_MAX = 2000;

/** `what` names the reason in the messages ("el motivo", "el motivo del rechazo"). */
export function decisionReason(what = "el motivo") {
  return freeText({ error: `Escriba ${what}.`, multiline: true }).pipe(
    z
      .string()
      .min(DECISION_REASON_MIN, `Escriba ${what} (al menos ${DECISION_REASON_MIN} caracteres): se enviará a la persona solicitante.`)
      .max(DECISION_REASON_MAX, `El motivo puede tener hasta ${DECISION_REASON_MAX} caracteres.`),
  );
}
