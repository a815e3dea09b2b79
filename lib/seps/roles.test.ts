import { describe, expect, it } from "vitest";
import { checkRuc } from "@/lib/identity/documents";
import {
  SEPS_ROLES,
  findRoleInSector,
  maskName,
  needsResolutionNumber,
  rolesForSector,
} from "./roles";

describe("SEPS role catalog", () => {
  it("has the document's four non-financial roles, one user per organization each", () => {
    const roles = rolesForSector("no_financiera");
    expect(roles.map((r) => r.name)).toEqual([
      "Rol de Representante Legal Sector No Financiero",
      "Rol de Acopio de Información",
      "Rol de Auditor Externo",
      "Rol de Liquidador",
    ]);
    expect(roles.every((r) => r.maxPerOrganization === 1)).toBe(true);
    expect(roles[0]!.description).toContain("Casillero SEPS");
    expect(roles[0]!.description).toContain("SISGO");
    expect(roles[2]!.description).toContain("AGSEPS");
  });

  it("has the financial roles with internal auditors and the supervisory board president", () => {
    const names = rolesForSector("financiera").map((r) => r.name);
    expect(names).toContain("Rol de Auditor Interno");
    expect(names).toContain("Rol de Auditor Externo");
    expect(names).toContain("Rol de Presidente del Consejo de Vigilancia");
    expect(names).toContain("Rol de Representante Legal Sector Financiero");
  });

  it("has unique codes, a positive limit and at least one system per role", () => {
    expect(new Set(SEPS_ROLES.map((r) => r.code)).size).toBe(SEPS_ROLES.length);
    for (const role of SEPS_ROLES) {
      expect(role.maxPerOrganization).toBeGreaterThanOrEqual(1);
      expect(role.systems.length).toBeGreaterThan(0);
    }
  });

  it("asks the resolution number only for auditors", () => {
    expect(needsResolutionNumber(["NF_AUDITOR_EXTERNO"])).toBe(true);
    expect(needsResolutionNumber(["F_AUDITOR_INTERNO", "F_LIQUIDADOR"])).toBe(true);
    expect(needsResolutionNumber(["NF_REPRESENTANTE_LEGAL", "NF_LIQUIDADOR"])).toBe(false);
    expect(needsResolutionNumber([])).toBe(false);
    const auditors = SEPS_ROLES.filter((r) => r.requiresResolution).map((r) => r.name);
    expect(auditors.every((name) => /Auditor/.test(name))).toBe(true);
  });

  it("does not accept a role of the other sector", () => {
    expect(findRoleInSector("F_AUDITOR_INTERNO", "no_financiera")).toBeUndefined();
    expect(findRoleInSector("NF_LIQUIDADOR", "no_financiera")?.name).toBe("Rol de Liquidador");
    expect(findRoleInSector("NO_EXISTE", "financiera")).toBeUndefined();
  });

  it("masks a holder's name to its initials", () => {
    expect(maskName("Juan Pérez")).toBe("J*** P****");
    expect(maskName("  ana   maría  ")).toBe("A*** M****");
    expect(maskName("Julio Ernesto Palacios Romero")).not.toContain("ulio");
  });
});

describe("demo catastro", () => {
  it("uses valid RUCs and cédulas, both sectors, every financial segment", async () => {
    const { DEMO_ORGANIZATIONS } = await import("./demo-catastro");
    for (const org of DEMO_ORGANIZATIONS) {
      const check = checkRuc(org.ruc);
      expect(check.ok && !check.warning, org.ruc).toBe(true);
    }
    const segments = new Set(DEMO_ORGANIZATIONS.filter((o) => o.sector === "financiera").map((o) => o.segmentoNivel));
    expect([...segments].sort()).toEqual(["Mutualista", "Segmento 1", "Segmento 2", "Segmento 3", "Segmento 4", "Segmento 5"]);
    expect(DEMO_ORGANIZATIONS.some((o) => o.sector === "no_financiera")).toBe(true);
  });
});
