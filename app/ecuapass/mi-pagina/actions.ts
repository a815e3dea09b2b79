"use server";

import { after } from "next/server";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { issueEcuapassTicket } from "@/lib/auth/credentials";
import {
  changeEcuapassEmail,
  changeEcuapassPassword,
  requestEmailChangeCode,
  requestProfileDataCode,
  updateProfileData,
  type CodeStepResult,
  type SaveResult,
} from "@/lib/ecuapass/account";
import { changePasswordSchema, emailChangeSchema, profileDataSchema, type CodeStepData } from "@/lib/ecuapass/account-schema";
import { CODE_TTL_MINUTES } from "@/lib/ecuapass/rules";
import type { FormState } from "@/lib/forms/state";
import { echoValues, userAction } from "@/lib/security/action";
import { clientIp } from "@/lib/security/request";

/** "Cambiar contraseña": every other session ends; this browser is signed in again. */
export const changePasswordAction = userAction("ecuapass", changePasswordSchema, async (input, { user }) => {
  const result = await changeEcuapassPassword(user.id, input, after);
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
  await signIn("ecuapass-ticket", {
    ticket: issueEcuapassTicket(user.id, result.sessionVersion),
    redirectTo: "/ecuapass/mi-pagina?cambio=contrasena",
  });
  return { status: "ok" };
});

/** The answer to "Solicitar código de seguridad" of a two-step form; the typed values stay. */
function codeStep(result: CodeStepResult, formData: FormData): FormState<CodeStepData> {
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors, data: { codeStep: false } };
  return {
    status: "ok",
    message: `Se envió un código de seguridad a ${result.sentTo}. Revise también la bandeja de correo no deseado. El código expira en ${CODE_TTL_MINUTES} minutos.`,
    values: echoValues(formData),
    data: { codeStep: true },
  };
}

function saveStep(result: SaveResult, done: string): FormState<CodeStepData> {
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors, data: { codeStep: true } };
  redirect(`/ecuapass/mi-pagina?cambio=${done}`);
}

/** "Modificar información de registro": a code to the registered address confirms the new data. */
export const profileDataAction = userAction("ecuapass", profileDataSchema, async ({ intent, ...input }, { user }, formData): Promise<FormState<CodeStepData>> => {
  if (intent === "codigo") return codeStep(await requestProfileDataCode(user.id, await clientIp(), after), formData);
  return saveStep(await updateProfileData(user.id, input), "datos");
});

/** "Cambiar correo electrónico": a code to the new address, then the change and a notice to the old one. */
export const emailChangeAction = userAction("ecuapass", emailChangeSchema, async ({ intent, ...input }, { user }, formData): Promise<FormState<CodeStepData>> => {
  if (intent === "codigo") return codeStep(await requestEmailChangeCode(user.id, input.email, await clientIp(), after), formData);
  return saveStep(await changeEcuapassEmail(user.id, input, after), "correo");
});
