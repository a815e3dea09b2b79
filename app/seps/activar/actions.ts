"use server";

import { after } from "next/server";
import { formAction } from "@/lib/security/action";
import { clientIp } from "@/lib/security/request";
import { setSepsPasswordSchema, type SetPasswordData } from "@/lib/seps/account-schema";
import { setPasswordWithLink, type SepsLinkPurpose } from "@/lib/seps/accounts";
import type { FormState } from "@/lib/forms/state";

async function setPassword(purpose: SepsLinkPurpose, input: { token: string; cedula: string; password: string }): Promise<FormState<SetPasswordData>> {
  const result = await setPasswordWithLink(purpose, input, await clientIp(), after);
  if (result.ok) return { status: "ok", data: { fullName: result.fullName } };
  if (result.field) return { status: "error", message: "Revise los campos marcados.", fieldErrors: { [result.field]: [result.message] } };
  return { status: "error", message: result.message, data: result.linkState ? { linkState: result.linkState } : undefined };
}

/** POST of /seps/activar/TOKEN: the only place the activation token is used. */
export const activateSepsAccountAction = formAction(setSepsPasswordSchema, (input) => setPassword("seps_activation", input));

/** POST of /seps/restablecer/TOKEN. */
export const resetSepsPasswordAction = formAction(setSepsPasswordSchema, (input) => setPassword("seps_reset", input));
