import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EnvError, getEnv, resetEnvCache } from "./env";

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
});

const productionBase = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), RESEND_API_KEY: undefined, MAIL_TRANSPORT: undefined };

describe("getEnv", () => {
  it("defaults to the dev outbox without a Resend key, and to Resend with one", () => {
    withEnv({ NODE_ENV: "development", MAIL_TRANSPORT: undefined, RESEND_API_KEY: undefined });
    expect(getEnv().mailTransport).toBe("outbox");
    withEnv({ NODE_ENV: "development", MAIL_TRANSPORT: undefined, RESEND_API_KEY: "re_123" });
    expect(getEnv().mailTransport).toBe("resend");
  });

  it("refuses a production server with neither a Resend key nor MAIL_TRANSPORT=outbox", () => {
    withEnv(productionBase);
    expect(() => getEnv()).toThrow(EnvError);
    expect(() => getEnv()).toThrow(/MAIL_TRANSPORT/);
    withEnv({ ...productionBase, MAIL_TRANSPORT: "outbox" });
    expect(getEnv().mailTransport).toBe("outbox");
  });

  it("requires AUTH_SECRET in production and names it", () => {
    withEnv({ ...productionBase, MAIL_TRANSPORT: "outbox", AUTH_SECRET: undefined });
    expect(() => getEnv()).toThrow(/AUTH_SECRET/);
  });

  it("requires DATABASE_URL on Vercel", () => {
    withEnv({ ...productionBase, MAIL_TRANSPORT: "outbox", VERCEL: "1", DATABASE_URL: undefined });
    expect(() => getEnv()).toThrow(/DATABASE_URL/);
  });

  it("refuses the test hooks on Vercel and a malformed DATABASE_URL", () => {
    withEnv({ ...productionBase, MAIL_TRANSPORT: "outbox", VERCEL: "1", DATABASE_URL: "postgres://u@h/db", ENABLE_TEST_HOOKS: "1" });
    expect(() => getEnv()).toThrow(/ENABLE_TEST_HOOKS/);
    withEnv({ ...productionBase, MAIL_TRANSPORT: "outbox", VERCEL: "1", DATABASE_URL: "postgres://u@h/db", BENCH: "1" });
    expect(() => getEnv()).toThrow(/BENCH/);
    withEnv({ NODE_ENV: "development", DATABASE_URL: "not a url" });
    expect(() => getEnv()).toThrow(/DATABASE_URL/);
  });

  it("requires a key with MAIL_TRANSPORT=resend", () => {
    withEnv({ NODE_ENV: "development", MAIL_TRANSPORT: "resend", RESEND_API_KEY: undefined });
    expect(() => getEnv()).toThrow(/RESEND_API_KEY/);
  });

  it("treats empty values as unset, as a copied .env.example leaves them", () => {
    const example = readFileSync(join(process.cwd(), ".env.example"), "utf8");
    const vars: Record<string, string> = { NODE_ENV: "development" };
    for (const line of example.split("\n")) {
      const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
      if (match) vars[match[1]!] = match[2]!.replace(/^"(.*)"$/, "$1");
    }
    expect(Object.values(vars)).toContain("");
    withEnv(vars);
    const env = getEnv();
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.mailTransport).toBe("outbox");
    expect(env.ENABLE_TEST_HOOKS).toBe(false);
    withEnv({ NODE_ENV: "development", PGLITE_DIR: " ", APP_URL: "" });
    expect(getEnv().PGLITE_DIR).toBe(".data/pglite");
    expect(getEnv().APP_URL).toBe("http://localhost:3000");
  });
});
