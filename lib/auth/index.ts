import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { getEnv } from "@/lib/env";
import { buildAuthConfig } from "./config";
import {
  verifyEcuapassCredentials,
  verifyEcuapassTicket,
  verifySepsCredentials,
  verifyStaffCredentials,
  type SignInOutcome,
} from "./credentials";
import { currentSessionState, isEcuapassStatus, type SessionState } from "./session-version";

/** Thrown from authorize(); `code` is "invalid" or "locked:SECONDS" (read by the sign-in actions). */
export class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

function outcomeToUser(outcome: SignInOutcome) {
  if (outcome.ok) return outcome.user;
  throw new SignInRefused(outcome.lockedSeconds ? `locked:${outcome.lockedSeconds}` : "invalid");
}

const env = getEnv();
const base = buildAuthConfig(env.APP_URL, env.authSecret);

/** The full configuration (exported for tests of the jwt callback). */
export const authConfig: NextAuthConfig = {
  ...base,
  providers: [
    Credentials({
      id: "ecuapass",
      credentials: { userId: {}, password: {} },
      authorize: async (c) => outcomeToUser(await verifyEcuapassCredentials(String(c.userId ?? ""), String(c.password ?? ""))),
    }),
    // Signs a just-registered user in without hashing the password a second time.
    Credentials({
      id: "ecuapass-ticket",
      credentials: { ticket: {} },
      authorize: async (c) => outcomeToUser(await verifyEcuapassTicket(String(c.ticket ?? ""))),
    }),
    Credentials({
      id: "seps",
      credentials: { cedula: {}, password: {} },
      authorize: async (c) => outcomeToUser(await verifySepsCredentials(String(c.cedula ?? ""), String(c.password ?? ""))),
    }),
    Credentials({
      id: "staff",
      credentials: { email: {}, password: {}, otp: {} },
      authorize: async (c) =>
        outcomeToUser(await verifyStaffCredentials(String(c.email ?? ""), String(c.password ?? ""), String(c.otp ?? ""))),
    }),
  ],
  callbacks: {
    ...base.callbacks,
    async jwt(params) {
      const token = await base.callbacks!.jwt!(params);
      if (!token || params.user) return token;
      // Revocation: a sign-out, password change or deactivation bumps the stored version.
      if (!token.kind || !token.uid) return null;
      let state: SessionState | null;
      try {
        state = await currentSessionState(token.kind, token.uid);
      } catch (error) {
        // Database down: keep the cookie (next-auth would delete it on a thrown error) but mark
        // the session unverified; the guards then answer "servicio no disponible", never access.
        if (isDatabaseUnavailable(error)) return { ...token, unverified: true };
        throw error;
      }
      if (state === null || state.version !== token.sv) return null;
      const { unverified: _dropped, status: _stale, ...verified } = token;
      // An Ecuapass account's state is read here on every request: an approval or a rejection
      // changes what the same session reaches at once, without signing the applicant out.
      return token.kind === "ecuapass" && isEcuapassStatus(state.status) ? { ...verified, status: state.status } : verified;
    },
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
