import { beforeEach, describe, expect, it, vi } from "vitest";

// The session the guards see, set per test; Next's redirect throws, so does this one.
let session: { user: Record<string, unknown> } | null = null;
class Redirected extends Error {}
vi.mock("./index", () => ({ auth: async () => session }));
vi.mock("next/navigation", async (original) => ({
  ...(await original<typeof import("next/navigation")>()),
  redirect: (to: string) => {
    throw new Redirected(to);
  },
}));

const { currentEcuapassAccount, currentUser, requireEcuapassAccount, requireUser } = await import("./guards");

const ecuapass = (status?: string) => ({ user: { id: "00000000-0000-4000-8000-000000000001", kind: "ecuapass", name: "Ana", ...(status ? { status } : {}) } });
const redirectOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof Redirected ? error.message : Promise.reject(error)),
  );

describe("guards of a pending or rejected Ecuapass account (issue 19)", () => {
  beforeEach(() => {
    session = null;
  });

  it.each(["pendiente_aprobacion", "rechazado"])("%s: every account page sends it to its status page; only Mi página's guard admits it", async (status) => {
    session = ecuapass(status);
    expect(await currentUser("ecuapass")).toBeNull();
    expect(await redirectOf(requireUser("ecuapass"))).toBe("/ecuapass/mi-pagina");
    expect(await currentEcuapassAccount()).toMatchObject({ status });
    expect(await requireEcuapassAccount()).toMatchObject({ status });
  });

  it("an active account passes every guard", async () => {
    session = ecuapass("activo");
    expect(await currentUser("ecuapass")).toMatchObject({ status: "activo" });
    expect(await requireUser("ecuapass")).toMatchObject({ status: "activo" });
  });

  it("a session without a state, or of another kind, reaches nothing of Ecuapass", async () => {
    session = ecuapass();
    expect(await currentUser("ecuapass")).toBeNull();
    expect(await currentEcuapassAccount()).toBeNull();
    expect(await redirectOf(requireEcuapassAccount())).toBe("/ecuapass/ingresar");
    session = { user: { id: "00000000-0000-4000-8000-000000000002", kind: "seps", name: "Luis" } };
    expect(await redirectOf(requireUser("ecuapass"))).toBe("/ecuapass/ingresar");
    expect(await currentEcuapassAccount()).toBeNull();
  });
});
