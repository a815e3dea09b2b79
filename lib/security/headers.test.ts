import type { NextConfig } from "next";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildCsp, carriesToken, fileResponseHeaders, isPrivatePage } from "./headers";

const originalAppUrl = process.env.APP_URL;

async function configHeaders(appUrl: string) {
  process.env.APP_URL = appUrl;
  vi.resetModules();
  const { default: config } = (await import("../../next.config.mjs" as string)) as { default: NextConfig };
  const rules = await config.headers!();
  return Object.fromEntries(rules[0]!.headers.map((h: { key: string; value: string }) => [h.key, h.value]));
}

afterEach(() => {
  process.env.APP_URL = originalAppUrl;
});

describe("headers on every response (next.config.mjs)", () => {
  it("send HSTS for one year with subdomains when the site is served over https", async () => {
    const headers = await configHeaders("https://ventanilla.example");
    expect(headers["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });

  it("send no HSTS over plain http (local runs)", async () => {
    const headers = await configHeaders("http://localhost:3000");
    expect(headers["Strict-Transport-Security"]).toBeUndefined();
  });
});

describe("buildCsp", () => {
  it("allows scripts only by nonce with strict-dynamic, never unsafe-inline, and locks the rest down", () => {
    const csp = buildCsp("abc123", { dev: false, https: true });
    const script = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(script).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("upgrade-insecure-requests");
    expect(buildCsp("abc123", { dev: false, https: false })).not.toContain("upgrade-insecure-requests");
  });
});

describe("per-path rules", () => {
  it("treat token links as secret (no referrer) and sign-in/account pages as private (no-store)", () => {
    expect(carriesToken("/seps/solicitud/s/abc")).toBe(true);
    expect(carriesToken("/seps/activar/abc")).toBe(true);
    expect(carriesToken("/seps/restablecer/abc")).toBe(true);
    expect(carriesToken("/seps/restablecer")).toBe(false);
    expect(carriesToken("/admin/activar/abc")).toBe(true);
    expect(carriesToken("/ecuapass/restablecer/abc")).toBe(true);
    expect(carriesToken("/ecuapass/restablecer")).toBe(false);
    expect(isPrivatePage("/ecuapass/restablecer")).toBe(true);
    expect(isPrivatePage("/admin/ingresar")).toBe(true);
    expect(isPrivatePage("/ecuapass/mi-pagina")).toBe(true);
    expect(isPrivatePage("/")).toBe(false);
  });

  it("serve files as attachments that cannot run as a page", () => {
    const headers = fileResponseHeaders("Solicitud SEPS-2026-000001.pdf");
    expect(headers["Content-Type"]).toBe("application/pdf");
    expect(headers["Content-Disposition"]).toMatch(/^attachment; filename="Solicitud_SEPS-2026-000001.pdf"/);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Content-Security-Policy"]).toContain("sandbox");
  });
});
