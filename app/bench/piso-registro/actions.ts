"use server";

import { notFound } from "next/navigation";
import { signIn } from "@/lib/auth";
import { getEnv } from "@/lib/env";
import type { FormState } from "@/lib/forms/state";
import { hashPassword } from "@/lib/security/passwords";

/**
 * The benchmark's framework floor for a registration (bench/scenarios/open-loop.ts): what no
 * registration can do without, an argon2id hash, a next-auth sign-in and the redirect to Mi página
 * (rendered in the same answer), and nothing else. Off unless BENCH=1 (refused on Vercel); even
 * then it signs in only with a registration ticket, which only a holder of AUTH_SECRET can make.
 */
export async function benchFloorAction(_state: FormState, formData: FormData): Promise<FormState> {
  if (!getEnv().BENCH) notFound();
  await hashPassword(String(formData.get("password") ?? ""));
  await signIn("ecuapass-ticket", { ticket: String(formData.get("ticket") ?? ""), redirectTo: "/ecuapass/mi-pagina" });
  return { status: "ok" };
}
