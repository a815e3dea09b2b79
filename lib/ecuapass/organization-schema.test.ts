import fc from "fast-check";
import { validate as stdnumRuc } from "stdnum/lib/cjs/ec/ruc";
import { describe, expect, it } from "vitest";
import { ORGANIZATION_MESSAGES, RUC_KINDS_FOR, organizationSchema, rucKind } from "./organization-schema";

const province = fc.integer({ min: 1, max: 24 }).map((p) => String(p).padStart(2, "0"));
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(""));

function mod10(body: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let p = Number(body[i]) * (i % 2 === 0 ? 2 : 1);
    if (p >= 10) p -= 9;
    sum += p;
  }
  return String((10 - (sum % 10)) % 10);
}

function mod11(body: string, weights: number[]): string | null {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? null : String(check);
}

const establishment3 = fc.integer({ min: 1, max: 999 }).map((n) => String(n).padStart(3, "0"));

/** Natural person with RUC: a valid cédula (third digit 0–5) + establishment 001–999. */
const naturalRuc = fc
  .tuple(province, fc.integer({ min: 0, max: 5 }), digits(6), establishment3)
  .map(([p, t, d, e]) => {
    const body = `${p}${t}${d}`;
    return body + mod10(body) + e;
  });

/** Public entity: third digit 6, módulo 11 over 8 digits, establishment 0001–9999. */
const publicRuc = fc
  .tuple(province, digits(5), fc.integer({ min: 1, max: 9999 }))
  .map(([p, d, e]) => {
    const body = `${p}6${d}`;
    const check = mod11(body, [3, 2, 7, 6, 5, 4, 3, 2]);
    return check === null ? null : body + check + String(e).padStart(4, "0");
  })
  .filter((v): v is string => v !== null);

/** Private company: third digit 9, módulo 11 over 9 digits, establishment 001–999. */
const privateRuc = fc
  .tuple(province, digits(6), establishment3)
  .map(([p, d, e]) => {
    const body = `${p}9${d}`;
    const check = mod11(body, [4, 3, 2, 7, 6, 5, 4, 3, 2]);
    return check === null ? null : body + check + e;
  })
  .filter((v): v is string => v !== null);

const schema = organizationSchema(RUC_KINDS_FOR.representante_comercio_exterior);
const form = (orgRuc: string, extra: Record<string, string> = {}) => ({
  orgRuc,
  orgRazonSocial: "Importadora Andina S.A.",
  orgAddress: "Av. 9 de Octubre 100 y Malecón, Guayaquil",
  orgPhone: "042345678",
  ...extra,
});

describe("RUC kinds (property tests)", () => {
  it.each([
    ["persona_natural", naturalRuc],
    ["entidad_publica", publicRuc],
    ["sociedad_privada", privateRuc],
  ] as const)("a valid %s RUC is accepted, with its kind and no warning, as stdnum accepts it", (kind, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (ruc) => {
        expect(stdnumRuc(ruc).isValid).toBe(true);
        const parsed = schema.safeParse(form(ruc));
        expect(parsed.success).toBe(true);
        if (!parsed.success) return;
        expect(parsed.data.orgRuc).toEqual({ ruc, kind, warning: undefined });
        expect(rucKind(ruc)).toBe(kind);
      }),
      { numRuns: 200 },
    );
  });

  it("a natural person's RUC with a wrong cédula check digit is refused", () => {
    fc.assert(
      fc.property(naturalRuc, fc.integer({ min: 1, max: 9 }), (ruc, shift) => {
        const wrong = ruc.slice(0, 9) + String((Number(ruc[9]) + shift) % 10) + ruc.slice(10);
        const parsed = schema.safeParse(form(wrong));
        expect(parsed.success).toBe(false);
        if (!parsed.success) expect(parsed.error.issues[0]!.message).toMatch(/persona natural/);
      }),
      { numRuns: 200 },
    );
  });

  it("a third digit 7 or 8, a wrong length, letters or a zero establishment are refused", () => {
    fc.assert(
      fc.property(privateRuc, fc.constantFrom("7", "8"), (ruc, third) => {
        expect(schema.safeParse(form(ruc.slice(0, 2) + third + ruc.slice(3))).success).toBe(false);
        expect(schema.safeParse(form(ruc.slice(0, 12))).success).toBe(false);
        expect(schema.safeParse(form(ruc + "1")).success).toBe(false);
        expect(schema.safeParse(form(ruc.slice(0, 10) + "000")).success).toBe(false);
        expect(schema.safeParse(form(ruc.slice(0, 12) + "A")).success).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it("a company RUC failing módulo 11 is accepted with the SRI warning (the SRI issued such RUCs)", () => {
    fc.assert(
      fc.property(privateRuc, fc.integer({ min: 1, max: 9 }), (ruc, shift) => {
        const wrong = ruc.slice(0, 9) + String((Number(ruc[9]) + shift) % 10) + ruc.slice(10);
        if (stdnumRuc(wrong).isValid) return;
        const parsed = schema.safeParse(form(wrong));
        expect(parsed.success).toBe(true);
        if (parsed.success) expect(parsed.data.orgRuc.warning).toMatch(/SRI/);
      }),
      { numRuns: 100 },
    );
  });

  it("a type can restrict the kinds it accepts", () => {
    const onlyCompanies = organizationSchema(["sociedad_privada"]);
    const parsed = onlyCompanies.safeParse(form(fc.sample(naturalRuc, 1)[0]!));
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0]!.message).toBe(`${ORGANIZATION_MESSAGES.kindNotAllowed} Admite el RUC de: sociedad privada.`);
  });
});

describe("organization section", () => {
  const ruc = "1790012345001";

  it("cleans the text, normalizes the phone and accepts a mobile", () => {
    const valid = fc.sample(privateRuc, 1)[0]!;
    const parsed = schema.parse(form(valid, { orgRazonSocial: "  Importadora   Andina\u200b S.A. ", orgPhone: "+593 99 123 4567" }));
    expect(parsed.orgRazonSocial).toBe("Importadora Andina S.A.");
    expect(parsed.orgPhone).toBe("0991234567");
  });

  it("reports each bad field with its Spanish message", () => {
    const parsed = schema.safeParse({ orgRuc: ruc.slice(0, 5), orgRazonSocial: "", orgAddress: "x", orgPhone: "12" });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const byField = Object.fromEntries(parsed.error.issues.map((i) => [i.path[0], i.message]));
    expect(byField.orgRuc).toBe("El RUC debe tener 13 dígitos.");
    expect(byField.orgRazonSocial).toBe(ORGANIZATION_MESSAGES.razonSocial);
    expect(byField.orgAddress).toBe(ORGANIZATION_MESSAGES.address);
    expect(byField.orgPhone).toBe(ORGANIZATION_MESSAGES.phone);
  });
});
