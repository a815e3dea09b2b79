import { describe, expect, it } from "vitest";
import { randomIp, uniqueUserId } from "@/lib/ecuapass/test-data";
import { GET as correo } from "./correo/route";
import { GET as documento } from "./documento/route";
import { GET as usuario } from "./usuario/route";

const ROUTES = { usuario, documento, correo };

function get(campo: keyof typeof ROUTES, query: Record<string, string>, ip: string) {
  const url = `http://localhost:3000/api/ecuapass/disponibilidad/${campo}?${new URLSearchParams(query)}`;
  return ROUTES[campo](new Request(url, { headers: { "x-forwarded-for": ip } }));
}

describe("GET /api/ecuapass/disponibilidad/{usuario,documento,correo}", () => {
  it("answers disponible for a free ID, 400 for a malformed one or a missing type", async () => {
    const ip = randomIp();
    const free = await get("usuario", { valor: uniqueUserId() }, ip);
    expect(free.status).toBe(200);
    expect(free.headers.get("cache-control")).toBe("no-store");
    expect(await free.json()).toEqual({ disponible: true, mensaje: "El ID.usuario está disponible." });
    const bad = await get("usuario", { valor: "1x" }, ip);
    expect(bad.status).toBe(400);
    expect(await (await get("documento", { valor: "1712345675" }, ip)).json()).toEqual({ error: "Seleccione el tipo de documento." });
    const mismatch = await get("correo", { valor: "a@example.com", confirmacion: "b@example.com" }, ip);
    expect(await mismatch.json()).toEqual({ error: "El correo electrónico y su confirmación no coinciden." });
    const doc = await get("documento", { tipo: "ruc", valor: "0991234579001" }, ip);
    expect(await doc.json()).toMatchObject({ disponible: true, aviso: expect.stringContaining("SRI") });
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
