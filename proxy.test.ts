import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";

// proxy.ts decides at run time, from the server's own environment: one build serves over http
// locally and over https in production.

const originalAppUrl = process.env.APP_URL;

async function proxyWith(appUrl: string) {
  process.env.APP_URL = appUrl;
  resetEnvCache();
  vi.resetModules();
  const { default: proxy } = await import("./proxy");
  return (path: string, init?: ConstructorParameters<typeof NextRequest>[1]) =>
    proxy(new NextRequest(new URL(path, appUrl), init), {} as never) as Response;
}

afterEach(() => {
  process.env.APP_URL = originalAppUrl;
  resetEnvCache();
});

describe("proxy.ts", () => {
  it("sends HSTS when this server's APP_URL is https, and not over http", async () => {
    const secure = await proxyWith("https://ventanilla.example");
    expect(secure("/").headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    const local = await proxyWith("http://localhost:3000");
    expect(local("/").headers.get("strict-transport-security")).toBeNull();
  });

  it("sets the Referrer-Policy per path: token pages never send theirs to another site", async () => {
    const proxy = await proxyWith("http://localhost:3000");
    expect(proxy("/seps/solicitud/s/abc").headers.get("referrer-policy")).toBe("same-origin");
    expect(proxy("/").headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("answers a path with invalid UTF-8 with the site's 404 page", async () => {
    const proxy = await proxyWith("http://localhost:3000");
    const response = proxy("/seps/verificar/%E0%A4%A");
    expect(response.status).toBe(404);
    expect(response.headers.get("x-middleware-rewrite")).toMatch(/\/no-encontrado$/);
    expect(response.headers.get("content-security-policy")).toContain("nonce-");
  });

  it("answers a body far over the upload limit before reading it", async () => {
    const proxy = await proxyWith("http://localhost:3000");
    const big = { "content-length": String(12 * 1024 * 1024), "content-type": "multipart/form-data; boundary=x" };
    const withoutScript = proxy("/seps/solicitud/s/abc", { method: "POST", headers: big });
    expect(withoutScript.status).toBe(303);
    expect(withoutScript.headers.get("location")).toBe("http://localhost:3000/seps/solicitud/s/abc?subida=excede");
    const fetchAction = proxy("/seps/solicitud/s/abc", { method: "POST", headers: { ...big, "next-action": "abc" } });
    expect(fetchAction.status).toBe(413);
    expect(await fetchAction.text()).toBe("El archivo supera el tamaño máximo de 10 MB.");
    const fine = proxy("/seps/solicitud/s/abc", { method: "POST", headers: { ...big, "content-length": String(10 * 1024 * 1024 + 2_000) } });
    expect(fine.headers.get("x-middleware-next")).toBe("1");
  });
});

describe("proxy.ts on the file routes", () => {
  it("answers an undecodable segment with 404 and lets the rest through untouched", async () => {
    const proxy = await proxyWith("http://localhost:3000");
    expect(proxy("/api/seps/s/%FF/documentos/x").status).toBe(404);
    const fine = proxy("/api/seps/s/abc/documentos/x");
    expect(fine.headers.get("x-middleware-next")).toBe("1");
    expect(fine.headers.get("content-security-policy")).toBeNull();
  });
});
