"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { formAction } from "@/lib/security/action";
import { tooManyAttemptsMessage } from "@/lib/security/rate-limit";
import type { FormState } from "@/lib/forms/state";
import { signIn, signOut, auth } from "./index";
import { HOME_PATH, SIGN_IN_FAILED, SIGN_IN_PATH, type AccountKind } from "./kinds";
import { bumpSessionVersion } from "./session-version";
import { ecuapassSignInSchema, sepsSignInSchema, staffSignInSchema } from "./schema";

function refusal(error: unknown): FormState | null {
  if (!(error instanceof AuthError)) return null;
  const code = (error as AuthError & { code?: string }).code ?? "";
  const locked = /^locked:(\d+)$/.exec(code);
  const message = locked ? `${SIGN_IN_FAILED}. ${tooManyAttemptsMessage(Number(locked[1]))}` : SIGN_IN_FAILED;
  return { status: "error", message };
}

async function signInAs(provider: string, kind: AccountKind, fields: Record<string, string>): Promise<FormState> {
  try {
    await signIn(provider, { ...fields, redirectTo: HOME_PATH[kind] });
  } catch (error) {
    const state = refusal(error);
    if (state) return state;
    throw error;
  }
  return { status: "ok" };
}

export const signInEcuapassAction = formAction(ecuapassSignInSchema, (input) =>
  signInAs("ecuapass", "ecuapass", { userId: input.userId, password: input.password }),
);

export const signInSepsAction = formAction(sepsSignInSchema, (input) =>
  signInAs("seps", "seps", { cedula: input.cedula, password: input.password }),
);

export const signInStaffAction = formAction(staffSignInSchema, (input) =>
  signInAs("staff", "staff", { email: input.email, password: input.password, otp: input.otp }),
);

/** Signing out ends every session of the account, on every device. */
export const signOutAction = formAction(z.object({}), async () => {
  const session = await auth();
  const kind = session?.user?.kind;
  if (kind && session.user.id) await bumpSessionVersion(kind, session.user.id);
  await signOut({ redirectTo: kind ? SIGN_IN_PATH[kind] : "/" });
  return { status: "ok" };
});
