"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/guards";
import { fileDeletionRequest } from "@/lib/privacy/actions-core";
import { deletionRequestSchema } from "@/lib/privacy/schema";
import { formAction } from "@/lib/security/action";

/** "Solicitar la eliminación de mis datos": always the signed-in user's own account. */
export const requestDeletionAction = formAction(deletionRequestSchema, async (input) => {
  const user = await requireUser("seps");
  const state = await fileDeletionRequest("seps", user.id, input);
  if (state.status === "ok") revalidatePath("/seps/casillero/mis-datos");
  return state;
});
