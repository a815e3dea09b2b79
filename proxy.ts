import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { buildAuthConfig } from "@/lib/auth/config";
import { SIGN_IN_PATH, areaFor } from "@/lib/auth/kinds";
import { getEnv } from "@/lib/env";
import { ACTION_BODY_LIMIT, HSTS, UPLOAD_TOO_LARGE, buildCsp, carriesToken, isPrivatePage } from "@/lib/security/headers";

// Runs before every page: the CSP nonce, per-path headers, and in the protected areas a first,
// coarse access check that also renews the idle timer (each protected page and action checks
// again on the server, with the session version). Everything here is decided at run time, from
// the server's own environment (a build does not fix whether the site is served over https).

const env = getEnv();
const { auth } = NextAuth(buildAuthConfig(env.APP_URL, env.authSecret));
const https = env.APP_URL.startsWith("https://");

function withSecurityHeaders(request: NextRequest, rewrite?: { to: string; status: number }): NextResponse {
  const { pathname } = request.nextUrl;
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = buildCsp(nonce, { dev: env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = rewrite
    ? NextResponse.rewrite(new URL(rewrite.to, request.nextUrl), { request: { headers: requestHeaders }, status: rewrite.status })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // A page whose URL holds a secret never sends it to another site. Not "no-referrer": with it the
  // browser posts the page's own forms with `Origin: null`, which the same-origin check of every
  // action (and Next.js) must refuse, so the forms failed without JavaScript.
  response.headers.set("Referrer-Policy", carriesToken(pathname) ? "same-origin" : "strict-origin-when-cross-origin");
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  if (isPrivatePage(pathname)) response.headers.set("Cache-Control", "no-store, max-age=0");
  return response;
}

/** A path Next.js could not decode (invalid UTF-8 in a percent-escape): the site's 404 page. */
function undecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
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
  if (request.nextUrl.pathname.startsWith("/api/")) {
    // Only the file routes with dynamic segments come here (see the matcher), for this check alone.
    if (undecodable(request.nextUrl.pathname)) return new NextResponse("No encontrado", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    return NextResponse.next();
  }
  if (undecodable(request.nextUrl.pathname)) return withSecurityHeaders(request, { to: "/no-encontrado", status: 404 });
  // A body Next.js would cut (a file far over the 10 MB an upload may have) is answered unread.
  if (request.method === "POST" && Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT) {
    return oversizeAnswer(request);
  }
  if (areaFor(request.nextUrl.pathname)) return protectedArea(request, event as never);
  return withSecurityHeaders(request);
}

/**
 * An upload posted without the page's script (which checks the size first) gets the form back
 * with the message; a script's post gets a 413 (the page's own check stops real users before).
 */
function oversizeAnswer(request: NextRequest): NextResponse {
  if (request.headers.has("next-action")) {
    return new NextResponse(UPLOAD_TOO_LARGE, { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const back = new URL(request.nextUrl.pathname, request.nextUrl);
  back.searchParams.set("subida", "excede");
  return NextResponse.redirect(back, 303);
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|robots.txt|fonts/|pdf.worker).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
    // Next.js answers a bare 500 when it cannot decode a dynamic segment (invalid UTF-8).
    "/api/seps/s/:path*",
    "/api/admin/solicitudes/:path*",
    "/api/ecuapass/documentos/:path*",
  ],
};
