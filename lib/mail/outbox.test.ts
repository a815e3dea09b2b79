import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";

let staff: { role: string } | null = null;
vi.mock("@/lib/auth/guards", () => ({ currentUser: async () => staff }));

const { mayReadOutbox, outboxRecipient, OUTBOX_SECRET_HEADER } = await import("./outbox");

const original = { ...process.env };
function withEnv(vars: Record<string, string | undefined>) {
  process.env = { ...original };
  for (const [key, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
}

afterEach(() => {
  process.env = { ...original };
  resetEnvCache();
  staff = null;
});

const SECRET = "s".repeat(32);
const production = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), MAIL_TRANSPORT: "outbox", OUTBOX_SECRET: SECRET };

describe("who may read the outbox", () => {
  it("in production: an admin, or the secret header; nobody else", async () => {
    withEnv(production);
    expect(await mayReadOutbox(new Headers())).toBe(false);
    expect(await mayReadOutbox(new Headers({ [OUTBOX_SECRET_HEADER]: "otra-clave-otra-clave-otra" }))).toBe(false);
    expect(await mayReadOutbox(new Headers({ [OUTBOX_SECRET_HEADER]: SECRET }))).toBe(true);
    staff = { role: "reviewer" };
    expect(await mayReadOutbox(new Headers())).toBe(false);
    staff = { role: "admin" };
    expect(await mayReadOutbox(new Headers())).toBe(true);
  });

  it("in production without OUTBOX_SECRET: only an admin", async () => {
    withEnv({ ...production, OUTBOX_SECRET: undefined });
    expect(await mayReadOutbox(new Headers({ [OUTBOX_SECRET_HEADER]: "" }))).toBe(false);
    staff = { role: "admin" };
    expect(await mayReadOutbox(new Headers())).toBe(true);
  });

  it("in development: anyone; with Resend: nobody", async () => {
    withEnv({ NODE_ENV: "development", MAIL_TRANSPORT: "outbox" });
    expect(await mayReadOutbox(new Headers())).toBe(true);
    withEnv({ NODE_ENV: "development", MAIL_TRANSPORT: "resend", RESEND_API_KEY: "re_123" });
    staff = { role: "admin" };
    expect(await mayReadOutbox(new Headers())).toBe(false);
  });
});

describe("the ?para= filter", () => {
  it("refuses what no address holds (NUL, controls, invisible characters, too long) and keeps the rest", () => {
    for (const bad of ["\u0000", "a\u0000b@example.com", "a@b.ec\u202e", "a b@example.com", `${"a".repeat(250)}@b.ec`]) {
      expect(outboxRecipient(bad).ok, JSON.stringify(bad)).toBe(false);
    }
    expect(outboxRecipient(" Ana@Example.com ")).toEqual({ ok: true, to: "ana@example.com" });
    expect(outboxRecipient("")).toEqual({ ok: true, to: undefined });
    expect(outboxRecipient(null)).toEqual({ ok: true, to: undefined });
  });
});
