"use server";

import { after } from "next/server";
import { requestEcuapassReset, resetEcuapassPassword } from "@/lib/ecuapass/account";
import { RESET_REQUESTED_MESSAGE, requestResetSchema, resetPasswordSchema, type ResetPasswordData } from "@/lib/ecuapass/account-schema";
import type { FormState } from "@/lib/forms/state";
import { formAction } from "@/lib/security/action";
import { tooManyAttemptsMessage } from "@/lib/security/rate-limit";
import { clientIp } from "@/lib/security/request";

/** "¿Olvidó su contraseña?": one answer, in one time, whether or not the ID.usuario exists. */
export const requestEcuapassResetAction = formAction(requestResetSchema, async ({ userId }) => {
  const result = await requestEcuapassReset(userId, await clientIp(), after);
  if (!result.ok) return { status: "error", message: tooManyAttemptsMessage(result.retryAfterSeconds) };
  return { status: "ok", message: RESET_REQUESTED_MESSAGE };
});

/** POST of /ecuapass/restablecer/TOKEN: the only place the reset token is used. */
export const resetEcuapassPasswordAction = formAction(resetPasswordSchema, async (input): Promise<FormState<ResetPasswordData>> => {
  const result = await resetEcuapassPassword(input, await clientIp(), after);
  if (result.ok) return { status: "ok", data: { userId: result.userId } };
  if (result.field) return { status: "error", message: "Revise los campos marcados.", fieldErrors: { [result.field]: [result.message] } };
  return { status: "error", message: result.message, data: result.linkState ? { linkState: result.linkState } : undefined };
});
