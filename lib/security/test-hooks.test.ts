import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { resetEnvCache } from "@/lib/env";
import { testHookInput } from "./test-hooks";

const schema = z.object({ cedula: z.string().regex(/^\d{10}$/) }).strict();
const post = (body: unknown) => new Request("http://localhost/api/test/x", { method: "POST", body: JSON.stringify(body) });

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});

describe("testHookInput", () => {
  it("answers 404 while ENABLE_TEST_HOOKS is off, whatever the body", async () => {
    vi.stubEnv("ENABLE_TEST_HOOKS", "");
    resetEnvCache();
    const result = await testHookInput(post({ cedula: "1710034065" }), schema);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.response.status).toBe(404);
  });

  it("with the hooks on: 400 with the issues for a bad body, the parsed body otherwise", async () => {
    vi.stubEnv("ENABLE_TEST_HOOKS", "1");
    resetEnvCache();
    const bad = await testHookInput(post({ cedula: "12" }), schema);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.response.status).toBe(400);
      expect(await bad.response.json()).toMatchObject({ error: { fieldErrors: { cedula: expect.any(Array) } } });
    }
    const notJson = await testHookInput(new Request("http://localhost/api/test/x", { method: "POST", body: "{" }), schema);
    expect(notJson.ok).toBe(false);
    expect(await testHookInput(post({ cedula: "1710034065" }), schema)).toEqual({ ok: true, data: { cedula: "1710034065" } });
  });
});
