"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { reactivateAccount, resendActivationLink, revokeSepsRole, suspendAccount, unlockAccount, type ManageResult } from "@/lib/accounts/manage";
import { accountRefSchema, accountStatusChangeSchema, revokeRoleSchema } from "@/lib/accounts/schema";
import type { FormState } from "@/lib/forms/state";
import { staffAction } from "@/lib/security/action";

// Account management is for admins only: reviewers decide requests, they do not suspend people.

function answer(kind: string, id: string, result: ManageResult): FormState {
  if (!result.ok) return { status: "error", message: result.message };
  revalidatePath(`/admin/usuarios/${kind}/${id}`);
  return { status: "ok", message: result.message };
}

export const suspendAccountAction = staffAction("admin", accountStatusChangeSchema, async (input, { actor }) =>
  answer(input.kind, input.accountId, await suspendAccount(input.kind, input.accountId, input.motivo, actor, after)),
);

export const reactivateAccountAction = staffAction("admin", accountStatusChangeSchema, async (input, { actor }) =>
  answer(input.kind, input.accountId, await reactivateAccount(input.kind, input.accountId, input.motivo, actor, after)),
);

export const revokeRoleAction = staffAction("admin", revokeRoleSchema, async (input, { actor }) =>
  answer("seps", input.accountId, await revokeSepsRole(input.accountId, input.assignmentId, input.motivo, actor, after)),
);

export const resendActivationAction = staffAction("admin", accountRefSchema, async (input, { actor }) =>
  answer(input.kind, input.accountId, input.kind === "seps" ? await resendActivationLink(input.accountId, actor, after) : { ok: false, message: "Las cuentas de Ecuapass no tienen enlace de activación." }),
);

export const unlockAccountAction = staffAction("admin", accountRefSchema, async (input, { actor }) =>
  answer(input.kind, input.accountId, await unlockAccount(input.kind, input.accountId, actor)),
);
