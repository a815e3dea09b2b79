import "server-only";
// The package's Node entry registers all ~79 languages; its core registers none, and we add Spanish.
import countries from "i18n-iso-countries/index";
import es from "i18n-iso-countries/langs/es.json";

// Built on the server and passed to the form as plain options: the country names stay out of the
// client bundle.
countries.registerLocale(es);

export type Option = { value: string; label: string };

export const ECUADOR = "EC";

let cached: Option[] | undefined;

/** Every country with its Spanish name, Ecuador first, then alphabetical (es collation). */
export function countryOptions(): Option[] {
  if (!cached) {
    const names = countries.getNames("es", { select: "official" });
    const collator = new Intl.Collator("es", { sensitivity: "base" });
    const rest = Object.entries(names)
      .filter(([code]) => code !== ECUADOR)
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => collator.compare(a.label, b.label));
    cached = [{ value: ECUADOR, label: names[ECUADOR] ?? "Ecuador" }, ...rest];
  }
  return cached;
}

export function isCountryCode(code: string): boolean {
  return countryOptions().some((option) => option.value === code);
}

export function countryName(code: string): string {
  return countryOptions().find((option) => option.value === code)?.label ?? code;
}
