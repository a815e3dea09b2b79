import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { now } from "@/lib/clock";
import { db, type DbOrTx, type Tx } from "@/lib/db";
import { ecuapassFunctionGrants, ecuapassFunctions, type EcuapassFunction } from "@/lib/db/schema";
import { recordAudit } from "@/lib/security/audit";
import type { RepresentedType } from "./representatives";

// The functions an employee or an official may be granted (issue 19): a catalogue seeded by
// migration 0012 and edited by SENAE's admins, each function for companies ("empresa") or public
// entities ("entidad_publica"). A grant keeps its row when revoked; the partial unique index
// ecuapass_function_grants_live_uq (one live grant per account and function) decides duplicates,
// so a double click or two representatives granting at once leave one live grant.

export type FunctionScope = EcuapassFunction["scope"];

/** The catalogue scope of the functions each represented type may receive. */
export const FUNCTION_SCOPE_FOR: Record<RepresentedType, FunctionScope> = {
  empleado: "empresa",
  funcionario_entidad_publica: "entidad_publica",
};

export const FUNCTION_SCOPE_LABEL: Record<FunctionScope, string> = {
  empresa: "Empresas (empleados)",
  entidad_publica: "Entidades públicas (funcionarios)",
};

/** Who grants or revokes: a representative of the organization, or SENAE staff (stored as null). */
export type GrantActor = { kind: "ecuapass" | "staff"; id: string; label: string };

export type LiveGrant = {
  grantId: string;
  accountId: string;
  functionId: string;
  code: string;
  name: string;
  description: string;
  grantedAt: Date;
};

/** The active functions of a scope, by name (what a representative may grant). */
export async function listActiveFunctions(scope: FunctionScope, runner: DbOrTx = db): Promise<EcuapassFunction[]> {
  return runner
    .select()
    .from(ecuapassFunctions)
    .where(and(eq(ecuapassFunctions.scope, scope), eq(ecuapassFunctions.active, true)))
    .orderBy(asc(ecuapassFunctions.name));
}

/** The whole catalogue (active first), for SENAE's admins. */
export async function listAllFunctions(runner: DbOrTx = db): Promise<EcuapassFunction[]> {
  return runner
    .select()
    .from(ecuapassFunctions)
    .orderBy(sql`${ecuapassFunctions.active} desc`, asc(ecuapassFunctions.scope), asc(ecuapassFunctions.name));
}

/** The live grants of some accounts (revoked ones are history, not shown as functions). */
export async function listLiveGrants(accountIds: string[], runner: DbOrTx = db): Promise<LiveGrant[]> {
  if (accountIds.length === 0) return [];
  return runner
    .select({
      grantId: ecuapassFunctionGrants.id,
      accountId: ecuapassFunctionGrants.accountId,
      functionId: ecuapassFunctions.id,
      code: ecuapassFunctions.code,
      name: ecuapassFunctions.name,
      description: ecuapassFunctions.description,
      grantedAt: ecuapassFunctionGrants.grantedAt,
    })
    .from(ecuapassFunctionGrants)
    .innerJoin(ecuapassFunctions, eq(ecuapassFunctions.id, ecuapassFunctionGrants.functionId))
    .where(and(inArray(ecuapassFunctionGrants.accountId, accountIds), isNull(ecuapassFunctionGrants.revokedAt)))
    .orderBy(asc(ecuapassFunctions.name));
}

/** Every grant of one account, live and revoked (the "Mis datos" export). */
export async function listGrantHistory(accountId: string, runner: DbOrTx = db) {
  return runner
    .select({
      code: ecuapassFunctions.code,
      name: ecuapassFunctions.name,
      grantedAt: ecuapassFunctionGrants.grantedAt,
      grantedBy: ecuapassFunctionGrants.grantedBy,
      revokedAt: ecuapassFunctionGrants.revokedAt,
    })
    .from(ecuapassFunctionGrants)
    .innerJoin(ecuapassFunctions, eq(ecuapassFunctions.id, ecuapassFunctionGrants.functionId))
    .where(eq(ecuapassFunctionGrants.accountId, accountId))
    .orderBy(asc(ecuapassFunctionGrants.grantedAt));
}

/** A refusal the caller shows as is (the transaction is rolled back). */
export class FunctionGrantRefused extends Error {}

const inTx = <T>(tx: Tx | undefined, run: (tx: Tx) => Promise<T>): Promise<T> => (tx ? run(tx) : db.transaction(run));

/**
 * Grants functions of `scope` to an account, with one audit event. Every id must name an active
 * function of that scope (else FunctionGrantRefused, nothing granted). A function the account
 * already holds is left as is (the live-grant unique index decides), so a retry grants nothing
 * twice. Returns the functions newly granted. Pass `tx` to grant inside a larger decision.
 */
export async function grantFunctions(
  input: { accountId: string; functionIds: string[]; scope: FunctionScope; actor: GrantActor },
  tx?: Tx,
): Promise<EcuapassFunction[]> {
  const ids = [...new Set(input.functionIds)];
  if (ids.length === 0) throw new FunctionGrantRefused("Seleccione al menos una función.");
  return inTx(tx, async (t) => {
    const functions = await t
      .select()
      .from(ecuapassFunctions)
      .where(and(inArray(ecuapassFunctions.id, ids), eq(ecuapassFunctions.scope, input.scope), eq(ecuapassFunctions.active, true)));
    if (functions.length !== ids.length) {
      throw new FunctionGrantRefused("Una de las funciones seleccionadas ya no está disponible. Recargue la página y elija de nuevo.");
    }
    const at = now();
    const inserted = await t
      .insert(ecuapassFunctionGrants)
      .values(
        functions.map((f) => ({
          accountId: input.accountId,
          functionId: f.id,
          grantedBy: input.actor.kind === "ecuapass" ? input.actor.id : null,
          grantedAt: at,
        })),
      )
      .onConflictDoNothing({ target: [ecuapassFunctionGrants.accountId, ecuapassFunctionGrants.functionId], where: sql`revoked_at is null` })
      .returning({ functionId: ecuapassFunctionGrants.functionId });
    const granted = functions.filter((f) => inserted.some((i) => i.functionId === f.id));
    if (granted.length > 0) {
      await recordAudit(
        {
          actor: input.actor,
          action: "ecuapass.funciones.otorgadas",
          subjectType: "ecuapass_user",
          subjectId: input.accountId,
          details: { funciones: granted.map((f) => f.code) },
        },
        t,
      );
    }
    return granted;
  });
}

/**
 * Revokes one live grant (a conditional UPDATE: two revocations at once revoke once), with its
 * audit event. Returns the function revoked, or null when the account did not hold it.
 */
export async function revokeFunction(
  input: { accountId: string; functionId: string; actor: GrantActor },
  tx?: Tx,
): Promise<EcuapassFunction | null> {
  return inTx(tx, async (t) => {
    const at = now();
    const [revoked] = await t
      .update(ecuapassFunctionGrants)
      .set({ revokedAt: at, revokedBy: input.actor.kind === "ecuapass" ? input.actor.id : null })
      .where(
        and(
          eq(ecuapassFunctionGrants.accountId, input.accountId),
          eq(ecuapassFunctionGrants.functionId, input.functionId),
          isNull(ecuapassFunctionGrants.revokedAt),
        ),
      )
      .returning({ functionId: ecuapassFunctionGrants.functionId });
    if (!revoked) return null;
    const [fn] = await t.select().from(ecuapassFunctions).where(eq(ecuapassFunctions.id, revoked.functionId));
    await recordAudit(
      {
        actor: input.actor,
        action: "ecuapass.funcion.retirada",
        subjectType: "ecuapass_user",
        subjectId: input.accountId,
        details: { funcion: fn!.code },
      },
      t,
    );
    return fn!;
  });
}
