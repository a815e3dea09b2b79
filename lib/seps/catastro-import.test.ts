import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditEvents, organizations, staffUsers } from "@/lib/db/schema";
import { uniqueEmail, uniqueSuffix } from "@/test/factories";
import { lookupOrganization } from "./catastro";
import { CATASTRO_CSV_HEADER } from "./catastro-csv";
import { applyCatastroImport, previewCatastroImport } from "./catastro-import";
import { randomRuc } from "./testing";

const header = CATASTRO_CSV_HEADER.join(",");

function line(ruc: string, overrides: Partial<Record<(typeof CATASTRO_CSV_HEADER)[number], string>> = {}) {
  const values = {
    ruc,
    razon_social: `Cooperativa Vista Previa ${ruc}`,
    sector: "financiera",
    segmento_nivel: "Segmento 3",
    correo: "info@prueba.ec",
    cedula_representante: "1710034065",
    nombres_representante: "María José Pérez Núñez",
    correo_representante: "rep@prueba.ec",
    ...overrides,
  };
  return CATASTRO_CSV_HEADER.map((k) => values[k]).join(",");
}

async function admin() {
  const [row] = await db.insert(staffUsers).values({ email: uniqueEmail("adm"), fullName: `Admin ${uniqueSuffix()}`, role: "admin", status: "activo" }).returning();
  return { id: row!.id, actor: { kind: "staff" as const, id: row!.id, label: row!.fullName } };
}

async function orgsByRuc(rucs: string[]) {
  return new Map((await db.select().from(organizations).where(inArray(organizations.ruc, rucs))).map((o) => [o.ruc, o]));
}

describe("catastro import preview", () => {
  it("shows new, changed and unchanged rows and changes nothing until applied; applying once", async () => {
    const staff = await admin();
    const [same, edited, fresh] = [randomRuc(), randomRuc(), randomRuc()];
    const first = await previewCatastroImport([header, line(same), line(edited)].join("\n"), "inicial.csv", false, staff.id);
    if (!first.ok) throw new Error("preview");
    expect(await orgsByRuc([same, edited])).toHaveProperty("size", 0);
    expect(await applyCatastroImport(first.importId, staff.id, staff.actor)).toMatchObject({ ok: true, inserted: 2 });
    expect((await applyCatastroImport(first.importId, staff.id, staff.actor)).ok).toBe(false);

    const text = [header, line(same), line(edited, { correo: "nuevo@prueba.ec" }), line(fresh)].join("\n");
    const preview = await previewCatastroImport(text, "segunda.csv", false, staff.id);
    if (!preview.ok) throw new Error("preview");
    expect(preview.diff.created.map((r) => r.ruc)).toEqual([fresh]);
    expect(preview.diff.changed).toEqual([
      { ruc: edited, razonSocial: `Cooperativa Vista Previa ${edited}`, changes: [{ field: "email", from: "info@prueba.ec", to: "nuevo@prueba.ec" }], reactivated: false },
    ]);
    expect(preview.diff.unchanged).toBe(1);
    expect((await orgsByRuc([edited])).get(edited)!.email).toBe("info@prueba.ec");

    const applied = await applyCatastroImport(preview.importId, staff.id, staff.actor);
    expect(applied).toEqual({ ok: true, inserted: 1, updated: 1, unchanged: 1, inactivated: 0 });
    expect((await orgsByRuc([edited])).get(edited)!.email).toBe("nuevo@prueba.ec");
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, preview.importId));
    expect(event).toMatchObject({ action: "catastro.importado", details: { archivo: "segunda.csv", inserted: 1, updated: 1 } });
  });

  it("reports each bad line with its reasons and stores nothing to apply", async () => {
    const staff = await admin();
    const result = await previewCatastroImport([header, line(randomRuc()), line(randomRuc(), { correo: "no-es-correo" })].join("\n"), "mal.csv", false, staff.id);
    expect(result).toMatchObject({ ok: false, validCount: 1, rejected: [{ line: 3, reasons: [expect.stringContaining("Correo de la organización")] }] });
  });

  // A full import marks every active organization it does not list inactive: on a shared Postgres
  // database that would touch the other test files' organizations, so it runs on PGlite only.
  it.skipIf(Boolean(process.env.DATABASE_URL))("a full import marks absent organizations inactive; they can no longer file requests, and a later import brings them back", async () => {
    const staff = await admin();
    const [kept, dropped] = [randomRuc(), randomRuc()];
    const seed = await previewCatastroImport([header, line(kept), line(dropped)].join("\n"), "a.csv", false, staff.id);
    if (!seed.ok) throw new Error("preview");
    await applyCatastroImport(seed.importId, staff.id, staff.actor);

    const full = await previewCatastroImport([header, line(kept)].join("\n"), "completo.csv", true, staff.id);
    if (!full.ok) throw new Error("preview");
    expect(full.diff.absent.map((o) => o.ruc)).toContain(dropped);
    const applied = await applyCatastroImport(full.importId, staff.id, staff.actor);
    expect(applied).toMatchObject({ ok: true });
    const after = await orgsByRuc([kept, dropped]);
    expect(after.get(kept)!.active).toBe(true);
    expect(after.get(dropped)).toMatchObject({ active: false });
    expect(after.get(dropped)!.inactiveSince).not.toBeNull();
    expect((await lookupOrganization(dropped, "financiera")).status).toBe("not_found");

    const back = await previewCatastroImport([header, line(dropped)].join("\n"), "b.csv", false, staff.id);
    if (!back.ok) throw new Error("preview");
    expect(back.diff.changed[0]).toMatchObject({ ruc: dropped, reactivated: true });
    await applyCatastroImport(back.importId, staff.id, staff.actor);
    expect((await orgsByRuc([dropped])).get(dropped)).toMatchObject({ active: true, inactiveSince: null });
  });
});
