import type { NextConfig } from "next";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { buildCsp, carriesToken, fileResponseHeaders, isPrivatePage } from "./headers";

const originalAppUrl = process.env.APP_URL;

async function configRules(appUrl: string) {
  process.env.APP_URL = appUrl;
  vi.resetModules();
  const { default: config } = (await import("../../next.config.mjs" as string)) as { default: NextConfig };
  return config.headers!();
}

async function configHeaders(appUrl: string) {
  const rules = await configRules(appUrl);
  return Object.fromEntries(rules[0]!.headers.map((h: { key: string; value: string }) => [h.key, h.value]));
}

afterEach(() => {
  process.env.APP_URL = originalAppUrl;
  resetEnvCache();
});

describe("headers fixed at build time (next.config.mjs)", () => {
  it("never depend on the APP_URL the build saw: HSTS is the server's decision (proxy.ts)", async () => {
    for (const appUrl of ["https://ventanilla.example", "http://localhost:3000"]) {
      const headers = await configHeaders(appUrl);
      expect(headers["Strict-Transport-Security"]).toBeUndefined();
      expect(headers["X-Content-Type-Options"]).toBe("nosniff");
      expect(headers["Permissions-Policy"]).toContain("camera=()");
    }
  });

  it("leave the file routes' own CSP (sandbox) and Referrer-Policy (no-referrer) alone", async () => {
    const rules = await configRules("https://ventanilla.example");
    const matching = (path: string) =>
      rules.filter((rule) => {
        const source = rule.source.replace("/:path*", "/.*").replace(/:path\((.*)\)$/, "$1");
        return new RegExp(`^${source}$`).test(path);
      });
    const keysFor = (path: string) => matching(path).flatMap((r) => r.headers.map((h: { key: string }) => h.key));
    for (const path of ["/api/seps/s/TOKEN/documentos/ID", "/api/admin/solicitudes/ID/documentos/DOC"]) {
      expect(keysFor(path), path).not.toContain("Content-Security-Policy");
      expect(keysFor(path), path).not.toContain("Referrer-Policy");
      expect(keysFor(path), path).toContain("X-Content-Type-Options");
    }
    expect(keysFor("/api/dev/outbox")).toContain("Content-Security-Policy");
    expect(keysFor("/api/ecuapass/disponibilidad/usuario")).toContain("Referrer-Policy");
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
