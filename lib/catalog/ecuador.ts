import "server-only";
import dpa from "./ecuador-dpa.json";
import type { Option } from "./countries";

// INEC's political-administrative division: 24 provinces and their cantons (the form's "Ciudad").
// Code 90 (zonas no delimitadas) lives apart in the file and is never offered. Keys are codes:
// several cantons share a name.

type Canton = { code: string; name: string };
type Province = { code: string; name: string; cantons: Canton[] };

const provinces = (dpa as { provinces: Province[] }).provinces;
const byCode = new Map(provinces.map((p) => [p.code, p]));

/** In the document's order (INEC code order: Azuay, Bolívar, Cañar, Carchi, …). */
export function provinceOptions(): Option[] {
  return provinces.map((p) => ({ value: p.code, label: p.name }));
}

/** Compact map for the form: province code → [[canton code, name], …], alphabetical. */
export function cantonsByProvince(): Record<string, [string, string][]> {
  const collator = new Intl.Collator("es", { sensitivity: "base" });
  return Object.fromEntries(
    provinces.map((p) => [
      p.code,
      [...p.cantons].sort((a, b) => collator.compare(a.name, b.name)).map((c) => [c.code, c.name] as [string, string]),
    ]),
  );
}

export function isProvinceCode(code: string): boolean {
  return byCode.has(code);
}

export function isCantonOfProvince(cantonCode: string, provinceCode: string): boolean {
  return byCode.get(provinceCode)?.cantons.some((c) => c.code === cantonCode) ?? false;
}

export function provinceName(code: string | null): string | null {
  return code ? (byCode.get(code)?.name ?? null) : null;
}

export function cantonName(code: string | null): string | null {
  if (!code) return null;
  return byCode.get(code.slice(0, 2))?.cantons.find((c) => c.code === code)?.name ?? null;
}
