"use server";

import { resolveDeletion } from "@/lib/privacy/deletion";
import { resolveDeletionSchema } from "@/lib/privacy/schema";
import { staffAction } from "@/lib/security/action";

/** Accept (deletes the account) or reject with a reason; admins only, audited. */
export const resolveDeletionAction = staffAction("admin", resolveDeletionSchema, async (input, { actor }) => {
  const result = await resolveDeletion(input.requestId, input.decision, input.motivo, actor);
  if (!result.ok) return { status: "error", message: result.message };
  // No revalidation: the card keeps this answer in place of its form until the page is reloaded.
  return { status: "ok", message: result.message };
});
