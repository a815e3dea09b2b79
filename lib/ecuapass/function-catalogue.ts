import "server-only";
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { uniqueViolation } from "@/lib/db/errors";
import { ecuapassFunctionGrants, ecuapassFunctions, type EcuapassFunction } from "@/lib/db/schema";
import { recordAudit } from "@/lib/security/audit";
import { FUNCTION_MESSAGES, type FunctionCreateInput, type FunctionUpdateInput } from "./function-catalogue-schema";

// SENAE's admins edit the functions catalogue (/admin/funciones): add, rename, describe, deactivate
// and reactivate. A function is never deleted — grants point at it and keep their history: a
// deactivated function is no longer offered, and whoever holds it keeps it until revoked. Every
// change is one statement and its audit event in one transaction.

export type CatalogueEntry = EcuapassFunction & { liveGrants: number };
type Actor = { kind: "staff"; id: string; label: string };
export type CatalogueResult = { ok: true; function: EcuapassFunction; message: string } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** The functions with how many accounts hold each today (live grants). */
function withLiveGrants() {
  return db
    .select({ ...ecuapassFunctionsColumns(), liveGrants: count(ecuapassFunctionGrants.id) })
    .from(ecuapassFunctions)
    .leftJoin(ecuapassFunctionGrants, and(eq(ecuapassFunctionGrants.functionId, ecuapassFunctions.id), isNull(ecuapassFunctionGrants.revokedAt)))
    .groupBy(ecuapassFunctions.id)
    .$dynamic();
}

/** The whole catalogue (active first, by scope and name). */
export async function listCatalogue(): Promise<CatalogueEntry[]> {
  return withLiveGrants().orderBy(sql`${ecuapassFunctions.active} desc`, asc(ecuapassFunctions.scope), asc(ecuapassFunctions.name));
}

export async function getCatalogueEntry(id: string): Promise<CatalogueEntry | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await withLiveGrants().where(eq(ecuapassFunctions.id, id)).limit(1);
  return row ?? null;
}

function ecuapassFunctionsColumns() {
  const f = ecuapassFunctions;
  return { id: f.id, code: f.code, name: f.name, description: f.description, scope: f.scope, active: f.active, createdAt: f.createdAt, updatedAt: f.updatedAt };
}

/** Adds a function (active at once). The code is unique for ever: the index decides, its violation is the code's field error. */
export async function createFunction(input: FunctionCreateInput, actor: Actor): Promise<CatalogueResult> {
  try {
    const created = await db.transaction(async (tx) => {
      const at = now();
      const [row] = await tx
        .insert(ecuapassFunctions)
        .values({ code: input.siglas, name: input.name, description: input.description, scope: input.scope, active: true, createdAt: at, updatedAt: at })
        .returning();
      await recordAudit(
        { actor, action: "ecuapass.funcion.creada", subjectType: "ecuapass_function", subjectId: row!.id, details: { codigo: row!.code, nombre: row!.name, ambito: row!.scope } },
        tx,
      );
      return row!;
    });
    return { ok: true, function: created, message: `Se agregó la función «${created.name}» (${created.code}); los representantes ya pueden asignarla.` };
  } catch (error) {
    if (uniqueViolation(error) === "ecuapass_functions_code_uq") {
      return { ok: false, message: "Revise los campos marcados.", fieldErrors: { siglas: [FUNCTION_MESSAGES.codeTaken] } };
    }
    throw error;
  }
}

/** Renames or re-describes a function (its code and scope stay: grants and their history name it). */
export async function updateFunction(input: FunctionUpdateInput, actor: Actor): Promise<CatalogueResult> {
  const updated = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(ecuapassFunctions).where(eq(ecuapassFunctions.id, input.functionId)).for("update");
    if (!before) return null;
    if (before.name === input.name && before.description === input.description) return { row: before, changed: false };
    const [row] = await tx
      .update(ecuapassFunctions)
      .set({ name: input.name, description: input.description, updatedAt: now() })
      .where(eq(ecuapassFunctions.id, input.functionId))
      .returning();
    await recordAudit(
      {
        actor,
        action: "ecuapass.funcion.editada",
        subjectType: "ecuapass_function",
        subjectId: row!.id,
        details: {
          codigo: row!.code,
          ...(before.name !== row!.name ? { nombreAnterior: before.name, nombre: row!.name } : {}),
          ...(before.description !== row!.description ? { descripcionAnterior: before.description, descripcion: row!.description } : {}),
        },
      },
      tx,
    );
    return { row: row!, changed: true };
  });
  if (!updated) return { ok: false, message: "La función no existe." };
  return { ok: true, function: updated.row, message: updated.changed ? "Se guardaron los cambios de la función." : "No había cambios que guardar." };
}

/**
 * Deactivates (no longer offered; held grants stay) or reactivates a function. A conditional
 * UPDATE: a second click, or two admins at once, change it once.
 */
export async function setFunctionActive(functionId: string, active: boolean, actor: Actor): Promise<CatalogueResult> {
  const result = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(ecuapassFunctions)
      .set({ active, updatedAt: now() })
      .where(and(eq(ecuapassFunctions.id, functionId), eq(ecuapassFunctions.active, !active)))
      .returning();
    if (!row) return null;
    const [held] = await tx
      .select({ n: count() })
      .from(ecuapassFunctionGrants)
      .where(and(eq(ecuapassFunctionGrants.functionId, functionId), isNull(ecuapassFunctionGrants.revokedAt)));
    await recordAudit(
      {
        actor,
        action: active ? "ecuapass.funcion.reactivada" : "ecuapass.funcion.desactivada",
        subjectType: "ecuapass_function",
        subjectId: row.id,
        details: { codigo: row.code, asignacionesVigentes: held?.n ?? 0 },
      },
      tx,
    );
    return { row, held: held?.n ?? 0 };
  });
  if (!result) {
    const [current] = await db.select({ active: ecuapassFunctions.active }).from(ecuapassFunctions).where(eq(ecuapassFunctions.id, functionId));
    if (!current) return { ok: false, message: "La función no existe." };
    return { ok: false, message: current.active ? "La función ya estaba activa." : "La función ya estaba desactivada." };
  }
  const { row, held } = result;
  return {
    ok: true,
    function: row,
    message: active
      ? `La función «${row.name}» está activa otra vez: los representantes pueden asignarla.`
      : `La función «${row.name}» fue desactivada: ya no se ofrece al aprobar${held ? `; ${held === 1 ? "la persona que la tiene la conserva" : `las ${held} personas que la tienen la conservan`} hasta que se la retiren` : ""}.`,
  };
}
