import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomIp, uniqueUserId } from "@/lib/ecuapass/test-data";
import correo from "@/pages/api/ecuapass/disponibilidad/correo";
import documento from "@/pages/api/ecuapass/disponibilidad/documento";
import usuario from "@/pages/api/ecuapass/disponibilidad/usuario";

// The three Pages API routes behind a plain node:http server: the handlers get Node's own request
// and response, as `next start` gives them.
const ROUTES = { usuario, documento, correo };
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    const campo = new URL(request.url ?? "/", "http://localhost").pathname.split("/").pop() as keyof typeof ROUTES;
    void ROUTES[campo](request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/ecuapass/disponibilidad`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(campo: keyof typeof ROUTES, query: Record<string, string> | string, ip: string, init: RequestInit = {}) {
  return fetch(`${base}/${campo}?${new URLSearchParams(query)}`, { ...init, headers: { "x-forwarded-for": ip } });
}

describe("GET /api/ecuapass/disponibilidad/{usuario,documento,correo}", () => {
  it("answers disponible for a free ID, 400 for a malformed one or a missing type", async () => {
    const ip = randomIp();
    const free = await get("usuario", { valor: uniqueUserId() }, ip);
    expect(free.status).toBe(200);
    expect(free.headers.get("cache-control")).toBe("no-store");
    expect(free.headers.get("content-type")).toBe("application/json");
    expect(await free.json()).toEqual({ disponible: true, mensaje: "El ID.usuario está disponible." });
    const bad = await get("usuario", { valor: "1x" }, ip);
    expect(bad.status).toBe(400);
    expect(await (await get("documento", { valor: "1712345675" }, ip)).json()).toEqual({ error: "Seleccione el tipo de documento." });
    const mismatch = await get("correo", { valor: "a@example.com", confirmacion: "b@example.com" }, ip);
    expect(await mismatch.json()).toEqual({ error: "El correo electrónico y su confirmación no coinciden." });
    const doc = await get("documento", { tipo: "ruc", valor: "0991234579001" }, ip);
    expect(await doc.json()).toMatchObject({ disponible: true, aviso: expect.stringContaining("SRI") });
  });

  it("reads the first of a repeated parameter, and answers HEAD without a body", async () => {
    const ip = randomIp();
    const id = uniqueUserId();
    const repeated = await get("usuario", `valor=${id}&valor=1x`, ip);
    expect(await repeated.json()).toEqual({ disponible: true, mensaje: "El ID.usuario está disponible." });
    const head = await get("usuario", { valor: id }, ip, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("refuses any other method with 405 and Allow, before any lookup", async () => {
    const refused = await get("correo", { valor: "a@example.com" }, randomIp(), { method: "POST", body: "x" });
    expect(refused.status).toBe(405);
    expect(refused.headers.get("allow")).toBe("GET, HEAD");
    expect(await refused.json()).toEqual({ error: "Método no permitido." });
  });

  it("past 30 checks a minute from one address: 429, Retry-After, and no answer about availability", async () => {
    const ip = randomIp();
    for (let i = 0; i < 30; i++) expect((await get("usuario", { valor: uniqueUserId() }, ip)).status).toBe(200);
    const refused = await get("documento", { tipo: "cedula", valor: "1712345675" }, ip);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = await refused.json();
    expect(body).not.toHaveProperty("disponible");
    expect(body.error).toMatch(/^Demasiados intentos, espere \d+ segundos\.$/);
  });
});
