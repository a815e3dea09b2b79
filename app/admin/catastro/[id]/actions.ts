"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/security/action";
import { organizationContactSchema } from "@/lib/seps/organization-schema";
import { updateOrganizationContact } from "@/lib/seps/organizations";

/** Edits one organization's contact data (admins only; audited with the old and new values). */
export const updateOrganizationContactAction = staffAction("admin", organizationContactSchema, async (input, { actor }) => {
  const result = await updateOrganizationContact(input, actor);
  if (!result.ok) return { status: "error", message: result.message };
  revalidatePath(`/admin/catastro/${input.organizationId}`);
  return { status: "ok", message: result.changed ? "Datos de contacto actualizados." : "No hubo cambios que guardar." };
});
