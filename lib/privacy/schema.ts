import { z } from "zod";
import { freeText } from "@/lib/forms/text";

/** "Solicitar la eliminación de mis datos": an optional reason and an explicit confirmation. */
export const deletionRequestSchema = z.object({
  motivo: freeText({ multiline: true })
    .pipe(z.string().max(1000, { error: "El motivo no puede superar 1000 caracteres." }))
    .optional()
    .transform((v) => v || null),
  confirmo: z.literal("si", { error: "Confirme que entiende que su cuenta se eliminará si la solicitud se acepta." }),
});
export type DeletionRequestInput = z.infer<typeof deletionRequestSchema>;

export const resolveDeletionSchema = z
  .object({
    requestId: z.uuid({ error: "La solicitud no es válida." }),
    decision: z.enum(["aceptar", "rechazar"], { error: "Elija una decisión." }),
    motivo: freeText({ multiline: true })
      .pipe(z.string().max(1000, { error: "El motivo no puede superar 1000 caracteres." }))
      .optional()
      .transform((v) => v || null),
  })
  .refine((v) => v.decision === "aceptar" || (v.motivo && v.motivo.length >= 10), {
    path: ["motivo"],
    error: "Para rechazar, escriba el motivo (al menos 10 caracteres): se envía a la persona.",
  });
export type ResolveDeletionInput = z.infer<typeof resolveDeletionSchema>;
