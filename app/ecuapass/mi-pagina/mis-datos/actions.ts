"use server";

import { revalidatePath } from "next/cache";
import { fileDeletionRequest } from "@/lib/privacy/actions-core";
import { deletionRequestSchema } from "@/lib/privacy/schema";
import { userAction } from "@/lib/security/action";

/** "Solicitar la eliminación de mis datos": always the signed-in user's own account. */
export const requestDeletionAction = userAction("ecuapass", deletionRequestSchema, async (input, { user }) => {
  const state = await fileDeletionRequest("ecuapass", user.id, input);
  if (state.status === "ok") revalidatePath("/ecuapass/mi-pagina/mis-datos");
  return state;
});
