import { z } from "zod";
import { checkCedula } from "@/lib/identity/documents";
import { emailKey } from "@/lib/security/normalize";

// Editing one organization's contact data in the catastro (/admin/catastro/ID). RUC, razón social,
// sector and segment come from the SEPS registry and change only through the CSV import.

const email = (label: string) =>
  z
    .string({ error: `Escriba el ${label}.` })
    .trim()
    .max(254, { error: `El ${label} es demasiado largo.` })
    .pipe(z.email({ error: `El ${label} no es válido.` }))
    .transform(emailKey);

export const organizationContactSchema = z.object({
  organizationId: z.uuid({ error: "La organización no es válida." }),
  email: email("correo de la organización"),
  legalRepCedula: z
    .string({ error: "Escriba la cédula del representante." })
    .trim()
    .transform((value, ctx) => {
      const check = checkCedula(value);
      if (!check.ok) {
        ctx.addIssue({ code: "custom", message: check.message });
        return z.NEVER;
      }
      return check.value;
    }),
  legalRepName: z
    .string({ error: "Escriba los nombres del representante." })
    .trim()
    .transform((v) => v.replace(/\s+/g, " "))
    .pipe(
      z
        .string()
        .min(5, { error: "Escriba nombres y apellidos del representante." })
        .max(200, { error: "Los nombres son demasiado largos." })
        .regex(/^[\p{L}' .-]+$/u, { error: "Los nombres solo pueden tener letras." }),
    ),
  legalRepEmail: email("correo del representante"),
});
export type OrganizationContactInput = z.infer<typeof organizationContactSchema>;
