// The form layer's contract, checked on the source: each domain's rules module
// (lib/ecuapass/rules.ts, lib/seps/rules.ts) is the only place a label, hint, message, limit or
// field id is written. A form or a schema that keeps its own copy drifts from the other side;
// this test fails on the copy and names the file.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as ecuapass from "@/lib/ecuapass/rules";
import * as seps from "@/lib/seps/rules";

const root = path.resolve(__dirname, "..");

function filesUnder(dir: string): string[] {
  const full = path.join(root, dir);
  if (statSync(full).isFile()) return [dir];
  return readdirSync(full).flatMap((name) => filesUnder(path.join(dir, name)));
}

const FORMS = [
  ...filesUnder("components/ecuapass"),
  "components/seps/request-form.tsx",
  ...filesUnder("components/seps/request"),
].filter((f) => /\.tsx?$/.test(f));
const SCHEMAS = ["lib/ecuapass/schema.ts", "lib/seps/schema.ts"];

/** The source without comments (so a comment may quote a label). */
function code(file: string): string {
  return readFileSync(path.join(root, file), "utf8")
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, "")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

/** Every string the rules modules define (labels, hints, messages), long enough to be a real copy. */
function ruleTexts(): string[] {
  const texts = new Set<string>();
  const collect = (value: unknown) => {
    if (typeof value === "string") {
      if (value.length >= 12 && /\s/.test(value)) texts.add(value);
    } else if (value && typeof value === "object" && !(value instanceof RegExp)) {
      Object.values(value).forEach(collect);
    }
  };
  for (const module of [ecuapass, seps]) Object.values(module).forEach(collect);
  return [...texts];
}

const stringLiterals = (source: string) =>
  [...source.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
/** Text between JSX tags (what a label or a hint says when written inline). */
const jsxTexts = (source: string) => [...source.matchAll(/>([^<>{}]*[^\s<>{}][^<>{}]*)</g)].map((m) => (m[1] ?? "").replace(/\s+/g, " ").trim());

describe("the form layer: one copy of each rule", () => {
  const texts = ruleTexts();

  it("finds the files and the rules it checks", () => {
    expect(FORMS.length).toBeGreaterThan(10);
    expect(texts.length).toBeGreaterThan(40);
  });

  it.each([...FORMS, ...SCHEMAS])("%s writes no label, hint or message of the rules itself", (file) => {
    const source = code(file);
    const written = [...stringLiterals(source), ...jsxTexts(source)];
    const copies = texts.filter((text) => written.some((w) => w.includes(text)));
    expect(copies).toEqual([]);
  });

  it.each(FORMS)("%s takes every maxLength and field id from the rules", (file) => {
    const source = code(file);
    expect(source.match(/maxLength=\{\s*\d+\s*\}/g) ?? []).toEqual([]);
    expect(source.match(/maxLength:\s*\d+/g) ?? []).toEqual([]);
    // The role rows' ids are built by roleFieldIds() only.
    expect(source.match(/["'`](acceso|desactivacion|desactivar)_/g) ?? []).toEqual([]);
  });

  it.each(SCHEMAS)("%s carries no Spanish message of its own", (file) => {
    const source = code(file);
    const spanish = stringLiterals(source).filter((s) => /^[¿¡]?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s/.test(s) && !s.includes("${"));
    expect(spanish).toEqual([]);
    expect(source.match(/`[^`]*[a-záéíóúñ]{3,} [a-záéíóúñ]{3,}[^`]*`/g) ?? []).toEqual([]);
  });

  it("the checker catches a copy (it is not vacuous)", () => {
    const copy = `<Field hint="${ecuapass.REGISTRATION_HINTS.password}">`;
    expect(texts.some((t) => stringLiterals(copy).some((w) => w.includes(t)))).toBe(true);
    const schemaCopy = `z.string().min(1, "${seps.MESSAGES.cargo}")`;
    expect(stringLiterals(schemaCopy).filter((s) => /^[¿¡]?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s/.test(s))).toHaveLength(1);
  });
});

describe("layers the form layer relies on", () => {
  const sources = (dir: string) => filesUnder(dir).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));

  it("components never import from app/ (types an action returns live in lib/)", () => {
    const offenders = sources("components").filter((f) => /from\s+["'](@\/app\/|(\.\.\/)+app\/)/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it("dates are written for people only by lib/format/dates.ts", () => {
    const offenders = [...sources("app"), ...sources("components"), ...sources("lib")]
      .filter((f) => !f.startsWith(path.join("lib", "format")))
      .filter((f) => /Intl\.DateTimeFormat|toLocale(Date|Time)?String/.test(code(f)));
    expect(offenders).toEqual([]);
  });
});
