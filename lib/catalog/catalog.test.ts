import { describe, expect, it } from "vitest";
import { countryOptions, isCountryCode } from "./countries";
import { cantonsByProvince, isCantonOfProvince, isProvinceCode, provinceOptions } from "./ecuador";

describe("countries", () => {
  it("lists every country in Spanish with Ecuador first", () => {
    const options = countryOptions();
    expect(options.length).toBeGreaterThanOrEqual(249);
    expect(options[0]).toEqual({ value: "EC", label: "Ecuador" });
    expect(options.find((o) => o.value === "AE")?.label).toBe("Emiratos Árabes Unidos");
    expect(options.filter((o) => o.value === "EC")).toHaveLength(1);
    const rest = options.slice(1).map((o) => o.label);
    expect(rest).toEqual([...rest].sort(new Intl.Collator("es").compare));
    expect(isCountryCode("PE")).toBe(true);
    expect(isCountryCode("XX")).toBe(false);
  });
});

describe("provinces and cantons", () => {
  it("offers the 24 provinces in the document's order and never zone 90", () => {
    const provinces = provinceOptions();
    expect(provinces).toHaveLength(24);
    expect(provinces.slice(0, 4).map((p) => p.label)).toEqual(["Azuay", "Bolívar", "Cañar", "Carchi"]);
    expect(isProvinceCode("90")).toBe(false);
    const cantons = cantonsByProvince();
    expect(Object.values(cantons).flat()).toHaveLength(221);
    expect(cantons["90"]).toBeUndefined();
  });
  it("knows which canton belongs to which province", () => {
    expect(isCantonOfProvince("1701", "17")).toBe(true);
    expect(isCantonOfProvince("0901", "17")).toBe(false);
    expect(isCantonOfProvince("2302", "23")).toBe(true); // La Concordia, Santo Domingo de los Tsáchilas
    expect(isCantonOfProvince("9003", "13")).toBe(false);
  });
});
