import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditEvents, ecuapassFunctionGrants, ecuapassFunctions } from "@/lib/db/schema";
import { uniqueSuffix } from "@/test/factories";
import { createFunction, getCatalogueEntry, listCatalogue, setFunctionActive, updateFunction } from "./function-catalogue";
import { functionCreateSchema } from "./function-catalogue-schema";
import { listActiveFunctions } from "./functions";
import { createEcuapassRequest } from "./review.fixtures";

const admin = { kind: "staff" as const, id: "00000000-0000-4000-8000-0000000000ad", label: "admin@example.com" };
const code = () => `T-${uniqueSuffix().toUpperCase()}`;
const eventsOf = async (id: string) => (await db.select().from(auditEvents).where(eq(auditEvents.subjectId, id)).orderBy(auditEvents.id)).map((e) => e.action);

describe("the functions catalogue, edited by admins", () => {
  it("adds a function (code upper-cased, unique for ever), renames it, and audits each change", async () => {
    const input = functionCreateSchema.parse({ scope: "empresa", siglas: ` ${code().toLowerCase()} `, name: "Manifiestos de carga", description: "Transmitir y corregir los manifiestos de carga." });
    expect(input.siglas).toMatch(/^T-[0-9A-F]+$/);
    const created = await createFunction(input, admin);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect((await listActiveFunctions("empresa")).map((f) => f.id)).toContain(created.function.id);

    const again = await createFunction({ ...input, name: "Otra" }, admin);
    expect(again).toMatchObject({ ok: false, fieldErrors: { siglas: [expect.stringContaining("Ya existe una función con este código")] } });

    const renamed = await updateFunction({ functionId: created.function.id, name: "Manifiestos de carga (MIC/DTA)", description: input.description }, admin);
    expect(renamed).toMatchObject({ ok: true, function: { name: "Manifiestos de carga (MIC/DTA)", code: input.siglas, scope: "empresa" } });
    expect(await updateFunction({ functionId: created.function.id, name: "Manifiestos de carga (MIC/DTA)", description: input.description }, admin)).toMatchObject({
      ok: true,
      message: "No había cambios que guardar.",
    });
    expect(await eventsOf(created.function.id)).toEqual(["ecuapass.funcion.creada", "ecuapass.funcion.editada"]);
  });

  it("refuses a malformed code or a short description with Spanish messages", () => {
    const result = functionCreateSchema.safeParse({ scope: "aduana", siglas: "dai con espacios", name: "DA", description: "corta" });
    expect(result.success).toBe(false);
    if (result.success) return;
    const fields = Object.keys(result.error.flatten().fieldErrors).sort();
    expect(fields).toEqual(["description", "name", "scope", "siglas"]);
  });

  it("deactivating keeps the grants of those who hold it and stops offering it; reactivating offers it again", async () => {
    const created = await createFunction(functionCreateSchema.parse({ scope: "entidad_publica", siglas: code(), name: "Inspecciones", description: "Registrar el resultado de las inspecciones." }), admin);
    if (!created.ok) throw new Error(created.message);
    const fn = created.function;
    const { account } = await createEcuapassRequest({ type: "funcionario_entidad_publica", status: "aprobada" });
    await db.insert(ecuapassFunctionGrants).values({ accountId: account.id, functionId: fn.id, grantedBy: null, grantedAt: new Date() });

    const off = await setFunctionActive(fn.id, false, admin);
    expect(off).toMatchObject({ ok: true, message: expect.stringContaining("la persona que la tiene la conserva") });
    expect(await setFunctionActive(fn.id, false, admin)).toEqual({ ok: false, message: "La función ya estaba desactivada." });
    expect((await listActiveFunctions("entidad_publica")).map((f) => f.id)).not.toContain(fn.id);
    const grants = await db.select().from(ecuapassFunctionGrants).where(and(eq(ecuapassFunctionGrants.functionId, fn.id)));
    expect(grants.map((g) => g.revokedAt)).toEqual([null]);
    expect((await getCatalogueEntry(fn.id))).toMatchObject({ active: false, liveGrants: 1 });
    expect((await listCatalogue()).find((f) => f.id === fn.id)).toMatchObject({ liveGrants: 1 });

    expect((await setFunctionActive(fn.id, true, admin)).ok).toBe(true);
    expect((await listActiveFunctions("entidad_publica")).map((f) => f.id)).toContain(fn.id);
    expect(await eventsOf(fn.id)).toEqual(["ecuapass.funcion.creada", "ecuapass.funcion.desactivada", "ecuapass.funcion.reactivada"]);
    // The catalogue never loses a function: there is no delete.
    expect(await db.select().from(ecuapassFunctions).where(eq(ecuapassFunctions.id, fn.id))).toHaveLength(1);
  });
});
