import { describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { db } from "@/lib/db";
import { auditEvents, organizations } from "@/lib/db/schema";
import { randomCedula, uniqueSuffix } from "@/test/factories";
import { importCatastroCsv, lookupOrganization } from "./catastro";
import { CATASTRO_CSV_HEADER, parseCatastroCsv, parseCsvRecords } from "./catastro-csv";
import { randomRuc } from "./testing";

const actor = { kind: "staff" as const, label: "prueba" };
const header = CATASTRO_CSV_HEADER.join(",");

function line(ruc: string, overrides: Partial<Record<(typeof CATASTRO_CSV_HEADER)[number], string>> = {}) {
  const values = {
    ruc,
    razon_social: `"Cooperativa de Ahorro y Crédito ""La Prueba"", ${uniqueSuffix()}"`,
    sector: "financiera",
    segmento_nivel: "Segmento 3",
    correo: "info@prueba.ec",
    cedula_representante: randomCedula(),
    nombres_representante: "María José Pérez Núñez",
    correo_representante: "Rep@Prueba.ec",
    ...overrides,
  };
  return CATASTRO_CSV_HEADER.map((k) => values[k]).join(",");
}

describe("catastro CSV", () => {
  it("parses quoted fields with commas, quotes and a BOM", () => {
    const { records } = parseCsvRecords('\uFEFFa,"b, c","d ""e"""\r\n1,2,3\n');
    expect(records).toEqual([
      ["a", "b, c", 'd "e"'],
      ["1", "2", "3"],
    ]);
  });

  it("refuses a wrong header", () => {
    const parsed = parseCatastroCsv("ruc;razon_social\n");
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.fileError).toMatch(/encabezado/);
  });

  it("reports every reason of a bad row, with its line", () => {
    const parsed = parseCatastroCsv(
      [header, line(randomRuc()), line("1234567890123", { sector: "privada", correo: "no-es-correo" })].join("\n"),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.validCount).toBe(1);
    expect(parsed.rejected).toHaveLength(1);
    expect(parsed.rejected[0]!.line).toBe(3);
    expect(parsed.rejected[0]!.reasons.join(" ")).toMatch(/RUC/);
    expect(parsed.rejected[0]!.reasons.join(" ")).toMatch(/Sector/);
    expect(parsed.rejected[0]!.reasons.join(" ")).toMatch(/Correo de la organización/);
  });

  it("refuses a segment of the other sector and a RUC repeated in the file", () => {
    const ruc = randomRuc();
    const parsed = parseCatastroCsv(
      [header, line(randomRuc(), { sector: "no_financiera", segmento_nivel: "Segmento 1" }), line(ruc), line(ruc)].join("\n"),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.rejected.map((r) => r.line)).toEqual([2, 4]);
    expect(parsed.rejected[1]!.reasons[0]).toMatch(/repetido/);
  });
});

describe("importCatastroCsv", () => {
  it("imports a good file in one go and normalizes it", async () => {
    const [a, b] = [randomRuc(), randomRuc()];
    const result = await importCatastroCsv(
      [header, line(a), line(b, { sector: "no_financiera", segmento_nivel: "nivel 2" }), ""].join("\r\n"),
      actor,
    );
    expect(result).toEqual({ ok: true, inserted: 2, updated: 0 });
    const rows = await db.select().from(organizations).where(inArray(organizations.ruc, [a, b]));
    expect(rows).toHaveLength(2);
    const nf = rows.find((r) => r.ruc === b)!;
    expect(nf.segmentoNivel).toBe("Nivel 2");
    expect(nf.legalRepEmail).toBe("rep@prueba.ec");
    expect(rows.find((r) => r.ruc === a)!.razonSocial).toMatch(/^Cooperativa de Ahorro y Crédito "La Prueba", /);
  });

  it("imports nothing when one row is bad", async () => {
    const [a, b] = [randomRuc(), randomRuc()];
    const result = await importCatastroCsv([header, line(a), line(b, { cedula_representante: "1234567890" })].join("\n"), actor);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.rejected.map((r) => r.line)).toEqual([3]);
    const rows = await db.select().from(organizations).where(inArray(organizations.ruc, [a, b]));
    expect(rows).toHaveLength(0);
  });

  it("updates an existing RUC and records the import", async () => {
    const ruc = randomRuc();
    await importCatastroCsv([header, line(ruc)].join("\n"), actor);
    const result = await importCatastroCsv(
      [header, line(ruc, { razon_social: "Cooperativa Renovada", segmento_nivel: "Segmento 1", correo: "nuevo@renovada.ec" })].join("\n"),
      actor,
    );
    expect(result).toEqual({ ok: true, inserted: 0, updated: 1 });
    const [row] = await db.select().from(organizations).where(eq(organizations.ruc, ruc));
    expect(row).toMatchObject({ razonSocial: "Cooperativa Renovada", segmentoNivel: "Segmento 1", email: "nuevo@renovada.ec" });
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, "catastro.importado")).orderBy(auditEvents.id);
    expect(events.length).toBeGreaterThanOrEqual(2);
  });

  it("looks a RUC up only in its sector", async () => {
    const ruc = randomRuc();
    await importCatastroCsv([header, line(ruc)].join("\n"), actor);
    expect((await lookupOrganization(ruc, "financiera")).status).toBe("found");
    const other = await lookupOrganization(ruc, "no_financiera");
    expect(other.status).toBe("other_sector");
    expect(other.status !== "found" && other.message).toMatch(/sector financiero/);
    expect((await lookupOrganization(randomRuc(), "financiera")).status).toBe("not_found");
    expect((await lookupOrganization("123", "financiera")).status).toBe("invalid");
  });
});

describe("publicOrganization (the anonymous RUC lookup)", () => {
  it("keeps the representative's cédula, full name and email and the organization's email on the server", async () => {
    const { publicOrganization } = await import("./catastro");
    const cedula = randomCedula();
    const view = publicOrganization({
      id: "00000000-0000-0000-0000-000000000000",
      ruc: randomRuc(),
      razonSocial: "Cooperativa Ejemplo",
      sector: "financiera",
      segmentoNivel: "Segmento 3",
      email: "info@ejemplo.ec",
      legalRepCedula: cedula,
      legalRepName: "Rosa Guamán Pilco",
      legalRepEmail: "rosa.guaman@dominio.ec",
      active: true,
      inactiveSince: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    expect(view).toEqual({
      ruc: view.ruc,
      razonSocial: "Cooperativa Ejemplo",
      segmentoNivel: "Segmento 3",
      legalRepName: "R*** G*** P***",
      legalRepEmail: "r***@dominio.ec",
    });
    const json = JSON.stringify(view);
    for (const secret of [cedula, "Rosa", "Guamán", "rosa.guaman", "info@ejemplo.ec"]) expect(json).not.toContain(secret);
  });
});
