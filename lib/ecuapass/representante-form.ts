import "server-only";
import { z } from "zod";
import type { FieldErrors } from "@/lib/forms/state";
import { organizationSchema, RUC_KINDS_FOR, type OrganizationInput } from "./organization-schema";
import { registrationSchema, type RegistrationInput } from "./schema";

// The "Representante de Comercio Exterior" form (issue 19): the general user's fields (the same
// schema, so the same Spanish messages) plus the organization section. Both halves are checked on
// every submit, so one answer lists every wrong field.

export type RepresentanteForm =
  | { ok: true; registration: RegistrationInput; organization: OrganizationInput }
  | { ok: false; fieldErrors: FieldErrors };

const organization = organizationSchema(RUC_KINDS_FOR.representante_comercio_exterior);

export function parseRepresentanteForm(raw: Record<string, unknown>): RepresentanteForm {
  const person = registrationSchema.safeParse(raw);
  const org = organization.safeParse(raw);
  if (person.success && org.success) return { ok: true, registration: person.data, organization: org.data };
  const fieldErrors: FieldErrors = {};
  for (const error of [person.error, org.error] as (z.ZodError | undefined)[]) {
    if (!error) continue;
    for (const [field, messages] of Object.entries(z.flattenError(error).fieldErrors as Record<string, string[]>)) {
      fieldErrors[field] = [...(fieldErrors[field] ?? []), ...messages];
    }
  }
  return { ok: false, fieldErrors };
}
