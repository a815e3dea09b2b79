"use server";

import { after } from "next/server";
import { formAction } from "@/lib/security/action";
import { tooManyAttemptsMessage } from "@/lib/security/rate-limit";
import { clientIp } from "@/lib/security/request";
import { RESET_REQUESTED_MESSAGE, requestSepsResetSchema } from "@/lib/seps/account-schema";
import { requestPasswordReset } from "@/lib/seps/accounts";

/** "Restablecer contraseña": one answer whether or not the user exists. */
export const requestSepsResetAction = formAction(requestSepsResetSchema, async ({ cedula }) => {
  const result = await requestPasswordReset(cedula, await clientIp(), after);
  if (!result.ok) return { status: "error", message: tooManyAttemptsMessage(result.retryAfterSeconds) };
  return { status: "ok", message: RESET_REQUESTED_MESSAGE };
});
