import "server-only";
import type { Session } from "next-auth";
import { forbidden, redirect, unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { DatabaseUnavailableError } from "@/lib/db/errors";
import { auth } from "./index";
import { HOME_PATH, SIGN_IN_PATH, type AccountKind, type EcuapassAccountStatus } from "./kinds";

export type SessionUser = Session["user"];

// One session check per page render (a layout and its page both ask): each check decrypts and
// re-encrypts the session and reads its version from the database. Outside a render (actions,
// route handlers) React's cache does not memoize and every call checks again.
const sessionOfRender = cache(() => auth());

async function signedInOfKind(kind: AccountKind): Promise<SessionUser | null> {
  const session = await sessionOfRender();
  if (session?.user?.unverified) throw new DatabaseUnavailableError(null);
  return session?.user?.kind === kind && session.user.id ? session.user : null;
}

/**
 * The signed-in user of this kind, or null (for actions that answer instead of redirecting). An
 * Ecuapass account counts only once active: a pending or rejected one reaches its status page
 * alone, through currentEcuapassAccount, so every other page, action and route refuses it.
 */
export async function currentUser(kind: AccountKind): Promise<SessionUser | null> {
  const user = await signedInOfKind(kind);
  if (user && kind === "ecuapass" && user.status !== "activo") return null;
  return user;
}

export type EcuapassAccount = SessionUser & { status: EcuapassAccountStatus };

/** Any Ecuapass account holding a session: active, or pending or rejected (its status page only). */
export async function currentEcuapassAccount(): Promise<EcuapassAccount | null> {
  const user = await signedInOfKind("ecuapass");
  return user?.status ? { ...user, status: user.status } : null;
}

/** "Mi página" and the status page's own actions; everything else uses requireUser("ecuapass"). */
export async function requireEcuapassAccount(): Promise<EcuapassAccount> {
  const user = await currentEcuapassAccount();
  if (!user) redirect(SIGN_IN_PATH.ecuapass);
  return user;
}

/**
 * Whoever is signed in, of any kind, for the site header: null when signed out, and also when the
 * session cannot be checked (the page itself then says so; the header must never break a page).
 */
export async function signedInUser(): Promise<SessionUser | null> {
  try {
    const session = await sessionOfRender();
    return session?.user?.id && !session.user.unverified ? session.user : null;
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
}

/** Pages and actions of an applicant area: the session must be of that area's kind. */
export async function requireUser(kind: AccountKind): Promise<SessionUser> {
  const user = await currentUser(kind);
  if (user) return user;
  // A pending or rejected Ecuapass account is signed in: it goes to its status page, not the sign-in.
  if (kind === "ecuapass" && (await currentEcuapassAccount())) redirect(HOME_PATH.ecuapass);
  redirect(SIGN_IN_PATH[kind]);
}

/** Staff pages and actions; admin-only ones answer 403 to reviewers. */
export async function requireStaff(role?: "admin"): Promise<SessionUser> {
  const user = await requireUser("staff");
  if (role === "admin" && user.role !== "admin") forbidden();
  return user;
}
