import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";

// The benchmark's floor action signs a ticket holder in: it must not exist outside the benchmark.

const signIn = vi.fn();
vi.mock("@/lib/auth", () => ({ signIn: (...args: unknown[]) => signIn(...args) }));
const passwords = await import("@/lib/security/passwords");
const hash = vi.spyOn(passwords, "hashPassword");
const { benchFloorAction } = await import("./actions");

function form() {
  const data = new FormData();
  data.set("ticket", "a.b.c.d");
  data.set("password", "Banano2026costa");
  return data;
}

afterEach(() => {
  delete process.env.BENCH;
  resetEnvCache();
  vi.clearAllMocks();
});

describe("benchFloorAction", () => {
  it("answers 404 without BENCH, before hashing or signing in", async () => {
    delete process.env.BENCH;
    resetEnvCache();
    await expect(benchFloorAction({ status: "idle" }, form())).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(hash).not.toHaveBeenCalled();
    expect(signIn).not.toHaveBeenCalled();
  });

  it("with BENCH: one argon2id hash, then the ticket sign-in to Mi página", async () => {
    process.env.BENCH = "1";
    resetEnvCache();
    await benchFloorAction({ status: "idle" }, form());
    expect(hash).toHaveBeenCalledTimes(1);
    expect(signIn).toHaveBeenCalledWith("ecuapass-ticket", { ticket: "a.b.c.d", redirectTo: "/ecuapass/mi-pagina" });
  });
});
