import type { NextAuthConfig } from "next-auth";
import { nowMs } from "@/lib/clock";

// The part of the auth configuration with no database: used by the proxy (routing only) and
// extended in lib/auth/index.ts, whose jwt callback also checks the session version.

export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60_000;

export function secureCookies(appUrl: string): boolean {
  return appUrl.startsWith("https://");
}

export function sessionCookieName(appUrl: string): string {
  return secureCookies(appUrl) ? "__Host-ventanilla.session" : "ventanilla.session";
}

export function buildAuthConfig(appUrl: string, secret: string): NextAuthConfig {
  const secure = secureCookies(appUrl);
  return {
    secret,
    trustHost: true,
    providers: [],
    session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_MS / 1000, updateAge: 0 },
    pages: { signIn: "/", error: "/" },
    useSecureCookies: secure,
    cookies: {
      sessionToken: {
        name: sessionCookieName(appUrl),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
      callbackUrl: {
        name: secure ? "__Secure-ventanilla.callback-url" : "ventanilla.callback-url",
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
      csrfToken: {
        name: secure ? "__Host-ventanilla.csrf-token" : "ventanilla.csrf-token",
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
    },
    logger: {
      error(error) {
        // A wrong password is not a server error.
        if ((error as { type?: string }).type !== "CredentialsSignin") console.error("[auth]", error);
      },
    },
    callbacks: {
      jwt({ token, user }) {
        const now = nowMs();
        if (user) {
          return {
            sub: user.id,
            name: user.name,
            kind: user.kind,
            uid: user.id,
            sv: user.sessionVersion,
            role: user.role,
            ...(user.status ? { status: user.status } : {}),
            started: now,
            seen: now,
          };
        }
        if (!token.started || !token.seen) return null;
        if (now - token.seen > IDLE_TIMEOUT_MS || now - token.started > ABSOLUTE_TIMEOUT_MS) return null;
        return { ...token, seen: now };
      },
      session({ session, token }) {
        session.user = {
          ...session.user,
          id: token.uid ?? "",
          kind: token.kind!,
          role: token.role,
          ...(token.status ? { status: token.status } : {}),
          name: token.name ?? "",
          ...(token.unverified ? { unverified: true } : {}),
        };
        return session;
      },
    },
  };
}
