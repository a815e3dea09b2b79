import { existsSync } from "node:fs";
import path from "node:path";
import { like } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { rateLimits } from "@/lib/db/schema";
import { uniqueSuffix } from "./factories";

// Every action's zod schema in lib/*/schema.ts (and *-schema.ts) gets random and hostile input:
// very long strings, control characters, SQL and HTML fragments, wrong types, missing fields.
// Each must answer with a clear (custom, Spanish) error or a bounded value, never throw, and a
// refused input must write nothing.

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ origin: "http://localhost:3000", host: "localhost:3000", "sec-fetch-site": "same-origin" }),
}));

const MODULES = ["lib/auth/schema.ts", "lib/ecuapass/schema.ts", "lib/seps/schema.ts", "lib/seps/account-schema.ts"];

type Named = { name: string; schema: z.ZodType; keys: string[] };
const schemas: Named[] = [];

function keysOf(schema: z.ZodType): string[] {
  const def = (schema as { def?: { type?: string; in?: z.ZodType; schema?: z.ZodType; innerType?: z.ZodType; out?: z.ZodType } }).def;
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (def?.type === "pipe") return [...keysOf(def.in!), ...keysOf(def.out!)];
  if (def?.innerType) return keysOf(def.innerType);
  if (def?.schema) return keysOf(def.schema);
  return [];
}

beforeAll(async () => {
  await import("@/lib/security/action"); // the layer every action goes through (sets zod's Spanish messages)
  for (const file of MODULES) {
    if (!existsSync(path.resolve(file))) continue;
    const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (!name.endsWith("Schema") || !(value instanceof z.ZodType)) continue;
      const keys = [...new Set(keysOf(value))];
      schemas.push({ name: `${file}:${name}`, schema: value, keys: keys.length ? keys : ["valor"] });
    }
  }
});

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.constantFrom(
    "'; DROP TABLE seps_users; --",
    "' OR '1'='1",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "\u0000\u0001\u0007\u001b[31m",
    "\u202Eevil\u200B\uFEFF",
    "../../etc/passwd",
    "${7*7}{{7*7}}",
    "   ",
    "",
    "𝓐𝓭𝓶𝓲𝓷",
  ),
  fc.integer({ min: 1, max: 5 }).map((n) => "A".repeat(10_000 * n)),
  fc.string({ maxLength: 5 }).map((s) => `${s}\n`.repeat(3_000)),
);
const wrongType = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
const hostileValue = fc.oneof({ weight: 3, arbitrary: hostileString }, { weight: 1, arbitrary: wrongType });

function inputFor(keys: string[]) {
  return fc.dictionary(fc.constantFrom(...keys), hostileValue, { maxKeys: keys.length });
}

const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Unrecognized|Expected|Required)/;

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value && typeof value === "object" && !(value instanceof Date)) Object.values(value).forEach((v) => stringsIn(v, out));
  return out;
}

describe("schemas under random and hostile input", () => {
  it("found the schemas", () => {
    expect(schemas.map((s) => s.name)).toEqual(expect.arrayContaining(["lib/auth/schema.ts:staffSignInSchema", "lib/auth/schema.ts:staffInviteSchema"]));
  });

  it("never throw; refusals carry clear messages (their own or Spanish), never zod's English defaults", () => {
    for (const { name, schema, keys } of schemas) {
      fc.assert(
        fc.property(inputFor(keys), (input) => {
          const result = schema.safeParse(input);
          if (!result.success) {
            for (const issue of result.error.issues) {
              expect(issue.message, `${name} ${JSON.stringify(issue.path)}`).toBeTruthy();
              expect(issue.message, `${name} ${JSON.stringify(issue.path)}: default zod message`).not.toMatch(ZOD_DEFAULT);
            }
          }
        }),
        { numRuns: 150 },
      );
    }
  });

  it("refuse wrong types and missing fields", () => {
    for (const { name, schema, keys } of schemas) {
      if (!(schema instanceof z.ZodObject) || keys.length === 0) continue;
      const required = keys.filter((k) => !(schema.shape[k] as z.ZodType).safeParse(undefined).success);
      if (required.length === 0) continue;
      expect(schema.safeParse({}).success, `${name} with no fields`).toBe(false);
      fc.assert(
        fc.property(wrongType, (bad) => {
          expect(schema.safeParse(Object.fromEntries(required.map((k) => [k, bad]))).success, name).toBe(false);
        }),
        { numRuns: 40 },
      );
    }
  });

  it("through formAction: a refused input writes no row, the answer is a clear error, accepted text is bounded and clean", async () => {
    const { formAction } = await import("@/lib/security/action");
    for (const { name, schema, keys } of schemas) {
      const prefix = `fuzz-${uniqueSuffix()}-`;
      let writes = 0;
      const violations: string[] = [];
      const action = formAction(schema, async (input) => {
        // What reaches a handler is bounded and free of control characters.
        // (Recorded, not thrown: formAction would turn a throw into a generic error.)
        for (const s of stringsIn(input)) {
          if (s.length > 10_000) violations.push(`${name}: accepted a ${s.length}-character value`);
          if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s)) violations.push(`${name}: accepted a control character`);
        }
        await db.insert(rateLimits).values({ key: `${prefix}${++writes}`, points: 1 });
        return { status: "ok" };
      });
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.constantFrom(...keys), hostileString, { maxKeys: keys.length }), async (input) => {
          const data = new FormData();
          for (const [k, v] of Object.entries(input)) data.set(k, v);
          const before = writes;
          const state = await action({ status: "idle" }, data);
          expect(state.message ?? "", name).not.toBe("Ocurrió un error inesperado. Intente nuevamente en unos minutos.");
          if (state.status === "error") {
            expect(state.message, name).toBeTruthy();
            expect(writes, name).toBe(before);
          }
        }),
        { numRuns: 40 },
      );
      const rows = await db.select().from(rateLimits).where(like(rateLimits.key, `${prefix}%`));
      expect(rows.length, name).toBe(writes);
      expect(violations).toEqual([]);
    }
  });
});
