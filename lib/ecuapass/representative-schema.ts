import { z } from "zod";
import { checkboxValues } from "@/lib/forms/text";
import { decisionReason } from "@/lib/review/reason";

// The forms of a representative's "Mi página" (issue 19): approve an employee's or official's
// request with functions, reject it with a reason, grant more functions, revoke one. Shared by the
// forms and their actions; the domain functions (representative-decisions.ts) check who may do it.

const requestId = z.uuid({ error: "Solicitud no válida." });
const accountId = z.uuid({ error: "Cuenta no válida." });
const functionIds = checkboxValues(
  z
    .array(z.uuid({ error: "Función no válida." }), { error: "Función no válida." })
    .min(1, "Seleccione al menos una función.")
    .max(50, "Seleccione hasta 50 funciones."),
);

export const memberApproveSchema = z.object({ requestId, funciones: functionIds });
export type MemberApproveInput = z.infer<typeof memberApproveSchema>;

export const memberRejectSchema = z.object({
  requestId,
  reason: decisionReason("el motivo del rechazo"),
});
export type MemberRejectInput = z.infer<typeof memberRejectSchema>;

export const memberGrantSchema = z.object({ accountId, funciones: functionIds });
export type MemberGrantInput = z.infer<typeof memberGrantSchema>;

export const memberRevokeSchema = z.object({ accountId, functionId: z.uuid({ error: "Función no válida." }) });
export type MemberRevokeInput = z.infer<typeof memberRevokeSchema>;
