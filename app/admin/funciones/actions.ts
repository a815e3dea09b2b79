"use server";

import { revalidatePath } from "next/cache";
import { createFunction, setFunctionActive, updateFunction, type CatalogueResult } from "@/lib/ecuapass/function-catalogue";
import { functionCreateSchema, functionToggleSchema, functionUpdateSchema } from "@/lib/ecuapass/function-catalogue-schema";
import type { FormState } from "@/lib/forms/state";
import { staffAction } from "@/lib/security/action";

// The functions catalogue is for admins only (a reviewer's post is refused with 403 and audited).

function answer(result: CatalogueResult): FormState {
  if (!result.ok) return { status: "error", message: result.message, ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}) };
  revalidatePath("/admin/funciones");
  revalidatePath(`/admin/funciones/${result.function.id}`);
  return { status: "ok", message: result.message };
}

export const createFunctionAction = staffAction("admin", functionCreateSchema, async (input, { actor }) => answer(await createFunction(input, actor)));

export const updateFunctionAction = staffAction("admin", functionUpdateSchema, async (input, { actor }) => answer(await updateFunction(input, actor)));

export const deactivateFunctionAction = staffAction("admin", functionToggleSchema, async ({ functionId }, { actor }) =>
  answer(await setFunctionActive(functionId, false, actor)),
);

export const reactivateFunctionAction = staffAction("admin", functionToggleSchema, async ({ functionId }, { actor }) =>
  answer(await setFunctionActive(functionId, true, actor)),
);
