import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { buildAuthConfig } from "@/lib/auth/config";
import { SIGN_IN_PATH, areaFor } from "@/lib/auth/kinds";
import { getEnv } from "@/lib/env";
import { buildCsp, carriesToken, isPrivatePage } from "@/lib/security/headers";

// Runs before every page: the CSP nonce, per-path headers, and in the protected areas a first,
// coarse access check that also renews the idle timer (each protected page and action checks
// again on the server, with the session version).

const env = getEnv();
const { auth } = NextAuth(buildAuthConfig(env.APP_URL, env.authSecret));
const https = env.APP_URL.startsWith("https://");

function withSecurityHeaders(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = buildCsp(nonce, { dev: env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (carriesToken(pathname)) response.headers.set("Referrer-Policy", "no-referrer");
  if (isPrivatePage(pathname)) response.headers.set("Cache-Control", "no-store, max-age=0");
  return response;
}

const protectedArea = auth((request) => {
  const { pathname, search } = request.nextUrl;
  const area = areaFor(pathname);
  if (area && request.auth?.user?.kind !== area.kind) {
    const target = new URL(SIGN_IN_PATH[area.kind], request.nextUrl);
    if (request.method === "GET") target.searchParams.set("volver", pathname + search);
    return NextResponse.redirect(target);
  }
  return withSecurityHeaders(request);
});

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  if (areaFor(request.nextUrl.pathname)) return protectedArea(request, event as never);
  return withSecurityHeaders(request);
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|robots.txt|fonts/|pdf.worker).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
