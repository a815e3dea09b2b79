import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

// The request headers the action sees, set per test.
let requestHeaders = new Headers();
vi.mock("next/headers", () => ({ headers: async () => requestHeaders }));

const { CROSS_ORIGIN, SERVICE_UNAVAILABLE, formAction, guardAction } = await import("./action");

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

const SAME = { origin: "http://localhost:3000", host: "localhost:3000", "sec-fetch-site": "same-origin" };

describe("same-origin check of every action", () => {
  let ran: number;
  const run = async () => {
    ran++;
    return { status: "ok" as const };
  };
  beforeEach(() => {
    ran = 0;
  });

  it.each([
    ["a cross-site Origin", { origin: "https://atacante.example", host: "localhost:3000", "sec-fetch-site": "cross-site" }],
    ["a cross-site Origin without Sec-Fetch-Site", { origin: "https://atacante.example", host: "localhost:3000" }],
    ["no Origin", { host: "localhost:3000" }],
    ["Origin: null", { origin: "null", host: "localhost:3000" }],
    ["a same-origin Origin but Sec-Fetch-Site cross-site", { origin: "http://localhost:3000", host: "localhost:3000", "sec-fetch-site": "cross-site" }],
  ])("refuses %s and runs nothing", async (_label, h) => {
    requestHeaders = new Headers(h);
    const state = await guardAction(form({ nombre: "Ana" }), run);
    expect(state).toMatchObject({ status: "error", message: CROSS_ORIGIN, values: { nombre: "Ana" } });
    expect(ran).toBe(0);
  });

  it("runs a same-origin action", async () => {
    requestHeaders = new Headers(SAME);
    expect(await guardAction(form({}), run)).toEqual({ status: "ok" });
    expect(ran).toBe(1);
  });
});

describe("faults inside an action", () => {
  it("database down: the Spanish message, and what the user typed (never secrets) is kept", async () => {
    requestHeaders = new Headers(SAME);
    const action = formAction(z.object({ nombre: z.string(), password: z.string() }), async () => {
      throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    });
    const state = await action({ status: "idle" }, form({ nombre: "María José", password: "secreta" }));
    expect(state.message).toBe(SERVICE_UNAVAILABLE);
    expect(SERVICE_UNAVAILABLE).toMatch(/^El servicio no está disponible, intente más tarde/);
    expect(state.values).toEqual({ nombre: "María José" });
  });

  it("an unexpected error is a generic message, never the error text", async () => {
    requestHeaders = new Headers(SAME);
    vi.spyOn(console, "error").mockImplementation(() => {});
    const state = await guardAction(form({}), async () => {
      throw new Error("relation secret_table does not exist");
    });
    expect(state.status).toBe("error");
    expect(state.message).not.toContain("secret_table");
  });
});

describe("zod's own messages", () => {
  it("are in Spanish where a schema gives none (a file or an array where text was expected)", () => {
    const result = z.object({ nombre: z.string() }).safeParse({ nombre: ["a", "b"] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^Entrada inválida: se esperaba texto, recibido arreglo$/);
  });
});
