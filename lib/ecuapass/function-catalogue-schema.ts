// The forms of SENAE's functions catalogue (/admin/funciones): field names, limits and the Spanish
// messages, shared by the forms and the schemas their actions re-parse. Client-safe.
import { z } from "zod";
import { freeText } from "@/lib/forms/text";

export const FUNCTION_LIMITS = { codeMax: 20, nameMin: 3, nameMax: 120, descriptionMin: 10, descriptionMax: 400 } as const;

export const FUNCTION_FIELD_LABELS = {
  scope: "Se asigna a",
  siglas: "Código",
  name: "Nombre",
  description: "Descripción",
} as const;

export const FUNCTION_MESSAGES = {
  scope: "Elija a quién se asigna la función.",
  code: `Escriba un código de 2 a ${FUNCTION_LIMITS.codeMax} caracteres: letras mayúsculas sin tilde, dígitos y guiones (por ejemplo, VUE-DOC).`,
  codeTaken: "Ya existe una función con este código. Los códigos no se reutilizan: elija otro.",
  name: `Escriba el nombre (entre ${FUNCTION_LIMITS.nameMin} y ${FUNCTION_LIMITS.nameMax} caracteres).`,
  description: `Escriba qué permite hacer la función (entre ${FUNCTION_LIMITS.descriptionMin} y ${FUNCTION_LIMITS.descriptionMax} caracteres).`,
} as const;

export const FUNCTION_CODE_PATTERN = /^[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?$/;

const functionId = z.uuid({ error: "Función no válida." });
const name = freeText({ error: FUNCTION_MESSAGES.name }).pipe(z.string().min(FUNCTION_LIMITS.nameMin, FUNCTION_MESSAGES.name).max(FUNCTION_LIMITS.nameMax, FUNCTION_MESSAGES.name));
const description = freeText({ error: FUNCTION_MESSAGES.description, multiline: true }).pipe(
  z.string().min(FUNCTION_LIMITS.descriptionMin, FUNCTION_MESSAGES.description).max(FUNCTION_LIMITS.descriptionMax, FUNCTION_MESSAGES.description),
);

export const functionCreateSchema = z.object({
  scope: z.enum(["empresa", "entidad_publica"], { error: FUNCTION_MESSAGES.scope }),
  // Posted as "siglas": a field named like "code" is never echoed back to the form (the actions
  // treat it as a secret). Typed in upper case; spaces around it and lower case are forgiven.
  siglas: z
    .string({ error: FUNCTION_MESSAGES.code })
    .transform((v) => v.trim().toUpperCase())
    .pipe(z.string().min(2, FUNCTION_MESSAGES.code).max(FUNCTION_LIMITS.codeMax, FUNCTION_MESSAGES.code).regex(FUNCTION_CODE_PATTERN, FUNCTION_MESSAGES.code)),
  name,
  description,
});
export type FunctionCreateInput = z.infer<typeof functionCreateSchema>;

export const functionUpdateSchema = z.object({ functionId, name, description });
export type FunctionUpdateInput = z.infer<typeof functionUpdateSchema>;

export const functionToggleSchema = z.object({ functionId });
