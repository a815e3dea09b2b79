// Security headers (no server-only: proxy.ts uses them).

export const HSTS = "max-age=31536000; includeSubDomains";

/** The actions' body limit (`serverActions.bodySizeLimit` "11mb" in next.config.mjs). */
export const ACTION_BODY_LIMIT = 11 * 1024 * 1024;

export const UPLOAD_TOO_LARGE = "El archivo supera el tamaño máximo de 10 MB.";

export function buildCsp(nonce: string, options: { dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts loaded by a nonced script are trusted; no inline scripts otherwise.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // React sets style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Paths whose URL carries a secret token: never leak it through Referer. */
export function carriesToken(pathname: string): boolean {
  return /^\/(seps\/solicitud\/s|seps\/activar|seps\/restablecer\/[^/]+|ecuapass\/restablecer\/[^/]+|admin\/activar|seps\/verificar)(\/|$)/.test(pathname);
}

/** Sign-in, account and token pages must never be cached. */
export function isPrivatePage(pathname: string): boolean {
  return (
    carriesToken(pathname) ||
    /^\/(admin|ecuapass\/ingresar|ecuapass\/mi-pagina|ecuapass\/restablecer|ecuapass\/registro|seps\/ingresar|seps\/casillero|seps\/restablecer|seps\/solicitud|dev)(\/|$)/.test(pathname)
  );
}

/** For file downloads: a PDF is an attachment, never rendered as a page. */
export function fileResponseHeaders(fileName: string, contentType = "application/pdf"): Record<string, string> {
  const ascii = fileName.replace(/[^\w.-]/g, "_");
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": "private, no-store",
    "Referrer-Policy": "no-referrer",
  };
}
