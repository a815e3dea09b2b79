import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

// The request headers the action sees, set per test.
let requestHeaders = new Headers();
vi.mock("next/headers", () => ({ headers: async () => requestHeaders }));

// The session the staff wrapper sees: null is "not signed in" (requireUser redirects, as Next's redirect throws).
let sessionUser: { id: string; kind: "staff"; role: "admin" | "reviewer"; name: string } | null = null;
class Redirected extends Error {}
class Forbidden extends Error {}
vi.mock("@/lib/auth/guards", () => ({
  requireUser: async () => {
    if (!sessionUser) throw new Redirected("/admin/ingresar");
    return sessionUser;
  },
}));
const audited: unknown[] = [];
vi.mock("./audit", () => ({ recordAudit: async (entry: unknown) => void audited.push(entry) }));
vi.mock("next/navigation", async (original) => ({
  ...(await original<typeof import("next/navigation")>()),
  forbidden: () => {
    throw new Forbidden();
  },
  unstable_rethrow: (error: unknown) => {
    if (error instanceof Redirected || error instanceof Forbidden) throw error;
  },
}));

const { CROSS_ORIGIN, formAction, guardAction, staffAction, userAction } = await import("./action");
const { SERVICE_UNAVAILABLE } = await import("@/lib/db/errors");

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

describe("staffAction", () => {
  const parsed: unknown[] = [];
  const schema = z.object({ motivo: z.string() }).transform((v) => {
    parsed.push(v);
    return v;
  });
  const handled: unknown[] = [];
  const adminOnly = staffAction("admin", schema, async (input, { actor }) => {
    handled.push({ input, actor });
    return { status: "ok" };
  });
  const anyStaff = staffAction("reviewer", schema, async (input, { actor }) => {
    handled.push({ input, actor });
    return { status: "ok" };
  });
  beforeEach(() => {
    requestHeaders = new Headers(SAME);
    parsed.length = 0;
    handled.length = 0;
    audited.length = 0;
  });

  it("without a session: sent to the sign-in before the post is parsed", async () => {
    sessionUser = null;
    await expect(anyStaff({ status: "idle" }, form({ motivo: "x" }))).rejects.toBeInstanceOf(Redirected);
    expect(parsed).toEqual([]);
    expect(handled).toEqual([]);
  });

  it("a reviewer on an admin action: 403, audited, nothing parsed", async () => {
    sessionUser = { id: "r1", kind: "staff", role: "reviewer", name: "Rita Revisora" };
    await expect(adminOnly({ status: "idle" }, form({ motivo: "x" }))).rejects.toBeInstanceOf(Forbidden);
    expect(parsed).toEqual([]);
    expect(audited).toEqual([expect.objectContaining({ action: "auth.acceso_denegado", actor: { kind: "staff", id: "r1", label: "Rita Revisora" } })]);
  });

  it("an allowed member of the staff: parsed input and the actor the domain records", async () => {
    sessionUser = { id: "a1", kind: "staff", role: "admin", name: "Ana Admin" };
    expect(await adminOnly({ status: "idle" }, form({ motivo: "listo" }))).toEqual({ status: "ok" });
    expect(handled).toEqual([{ input: { motivo: "listo" }, actor: { kind: "staff", id: "a1", label: "Ana Admin" } }]);
  });

  it("a cross-site post is refused before the session is even read", async () => {
    requestHeaders = new Headers({ origin: "https://atacante.example", host: "localhost:3000", "sec-fetch-site": "cross-site" });
    sessionUser = null;
    expect(await anyStaff({ status: "idle" }, form({ motivo: "x" }))).toMatchObject({ status: "error", message: CROSS_ORIGIN });
  });
});

describe("userAction", () => {
  it("without a session: sent to the sign-in before the post is parsed", async () => {
    requestHeaders = new Headers(SAME);
    sessionUser = null;
    let parsed = 0;
    const action = userAction("ecuapass", z.object({ x: z.string() }).transform((v) => (parsed++, v)), async () => ({ status: "ok" }));
    await expect(action({ status: "idle" }, form({ x: "1" }))).rejects.toBeInstanceOf(Redirected);
    expect(parsed).toBe(0);
  });
});
