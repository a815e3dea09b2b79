import { z } from "zod";
import { freeText } from "@/lib/forms/text";

// The staff account forms: one schema each, shared by the form and its action.

const reason = freeText({ error: "Escriba el motivo.", multiline: true }).pipe(
  z
    .string()
    .min(10, { error: "Escriba el motivo (al menos 10 caracteres): la persona lo recibirá por correo." })
    .max(500, { error: "El motivo no puede superar 500 caracteres." }),
);

const uuidField = z.uuid({ error: "La cuenta no es válida." });
const kindField = z.enum(["ecuapass", "seps"], { error: "La cuenta no es válida." });

export const accountStatusChangeSchema = z.object({ kind: kindField, accountId: uuidField, motivo: reason });
export type AccountStatusChangeInput = z.infer<typeof accountStatusChangeSchema>;

export const revokeRoleSchema = z.object({ accountId: uuidField, assignmentId: z.uuid({ error: "Elija el rol que revoca." }), motivo: reason });
export type RevokeRoleInput = z.infer<typeof revokeRoleSchema>;

export const accountRefSchema = z.object({ kind: kindField, accountId: uuidField });
export type AccountRefInput = z.infer<typeof accountRefSchema>;

export const REASON_MAX = 500;
