"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { reactivateAccount, resendActivationLink, revokeSepsRole, suspendAccount, unlockAccount, type ManageResult } from "@/lib/accounts/manage";
import { accountRefSchema, accountStatusChangeSchema, revokeRoleSchema } from "@/lib/accounts/schema";
import { requireStaff } from "@/lib/auth/guards";
import type { FormState } from "@/lib/forms/state";
import { formAction } from "@/lib/security/action";

// Account management is for admins only: reviewers decide requests, they do not suspend people.

async function admin() {
  const staff = await requireStaff("admin");
  return { id: staff.id, label: staff.name };
}

function answer(kind: string, id: string, result: ManageResult): FormState {
  if (!result.ok) return { status: "error", message: result.message };
  revalidatePath(`/admin/usuarios/${kind}/${id}`);
  return { status: "ok", message: result.message };
}

export const suspendAccountAction = formAction(accountStatusChangeSchema, async (input) =>
  answer(input.kind, input.accountId, await suspendAccount(input.kind, input.accountId, input.motivo, await admin(), after)),
);

export const reactivateAccountAction = formAction(accountStatusChangeSchema, async (input) =>
  answer(input.kind, input.accountId, await reactivateAccount(input.kind, input.accountId, input.motivo, await admin(), after)),
);

export const revokeRoleAction = formAction(revokeRoleSchema, async (input) =>
  answer("seps", input.accountId, await revokeSepsRole(input.accountId, input.assignmentId, input.motivo, await admin(), after)),
);

export const resendActivationAction = formAction(accountRefSchema, async (input) =>
  answer(input.kind, input.accountId, input.kind === "seps" ? await resendActivationLink(input.accountId, await admin(), after) : { ok: false, message: "Las cuentas de Ecuapass no tienen enlace de activación." }),
);

export const unlockAccountAction = formAction(accountRefSchema, async (input) =>
  answer(input.kind, input.accountId, await unlockAccount(input.kind, input.accountId, await admin())),
);
