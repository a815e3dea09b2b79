"use server";

import { after } from "next/server";
import { requireStaff } from "@/lib/auth/guards";
import { resolveDeletion } from "@/lib/privacy/deletion";
import { resolveDeletionSchema } from "@/lib/privacy/schema";
import { formAction } from "@/lib/security/action";

/** Accept (deletes the account) or reject with a reason; admins only, audited. */
export const resolveDeletionAction = formAction(resolveDeletionSchema, async (input) => {
  const staff = await requireStaff("admin");
  const result = await resolveDeletion(input.requestId, input.decision, input.motivo, { id: staff.id, label: staff.name }, after);
  if (!result.ok) return { status: "error", message: result.message };
  // No revalidation: the card keeps this answer in place of its form until the page is reloaded.
  return { status: "ok", message: result.message };
});
