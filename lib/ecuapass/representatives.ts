import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { db, type DbOrTx } from "@/lib/db";
import { ecuapassRegistrationRequests, ecuapassUsers } from "@/lib/db/schema";
import { REGISTRATION_TYPE_INFO, type RegistrationType } from "./registration-types";

// Who decides an employee's or an official's request (issue 19). An "active representative" of an
// organization is an account in "activo" whose own request, of the representative type for that
// organization kind, was approved for the same RUC. While one exists, only the organization's
// representatives decide; when none is left (the last one was suspended or erased), the request
// goes to SENAE's queue instead of waiting forever. Both sides read this one definition.

/** The representative type that approves each type approved by a representative. */
export const REPRESENTATIVE_TYPE_FOR = {
  empleado: "representante_comercio_exterior",
  funcionario_entidad_publica: "representante_entidad_publica",
} as const satisfies Partial<Record<RegistrationType, RegistrationType>>;

export type RepresentedType = keyof typeof REPRESENTATIVE_TYPE_FOR;

export function isRepresentedType(type: RegistrationType): type is RepresentedType {
  return type in REPRESENTATIVE_TYPE_FOR;
}

/**
 * SQL: an active representative of type `representativeType` exists for the RUC in `orgRuc`
 * (with `accountId`: that account is one).
 */
export function activeRepresentativeExists(orgRuc: AnyPgColumn | SQL, representativeType: RegistrationType, accountId?: string): SQL {
  return sql`exists (
    select 1 from ${ecuapassRegistrationRequests} rep
    join ${ecuapassUsers} rep_user on rep_user.id = rep.account_id
    where rep.type = ${representativeType}
      and rep.status = 'aprobada'
      and rep_user.status = 'activo'
      and rep.org_ruc = ${orgRuc}
      ${accountId ? sql`and rep.account_id = ${accountId}` : sql``}
  )`;
}

/** Does an active representative of the organization (RUC) exist for a request of this type? */
export async function hasActiveRepresentative(orgRuc: string, type: RepresentedType, runner: DbOrTx = db): Promise<boolean> {
  const [row] = await runner
    .select({ id: ecuapassRegistrationRequests.id })
    .from(ecuapassRegistrationRequests)
    .innerJoin(ecuapassUsers, eq(ecuapassUsers.id, ecuapassRegistrationRequests.accountId))
    .where(
      and(
        eq(ecuapassRegistrationRequests.type, REPRESENTATIVE_TYPE_FOR[type]),
        eq(ecuapassRegistrationRequests.status, "aprobada"),
        eq(ecuapassUsers.status, "activo"),
        eq(ecuapassRegistrationRequests.orgRuc, orgRuc),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** SENAE decides this request: its type is approved by SENAE, or no active representative is left. */
export async function senaeDecides(request: { type: RegistrationType; orgRuc: string | null }, runner: DbOrTx = db): Promise<boolean> {
  if (REGISTRATION_TYPE_INFO[request.type].approver === "senae") return true;
  if (!isRepresentedType(request.type) || !request.orgRuc) return false;
  return !(await hasActiveRepresentative(request.orgRuc, request.type, runner));
}

export type RepresentativeType = (typeof REPRESENTATIVE_TYPE_FOR)[RepresentedType];

/** The type each representative type approves (the reverse of REPRESENTATIVE_TYPE_FOR). */
export const REPRESENTED_TYPE_OF: Record<RepresentativeType, RepresentedType> = {
  representante_comercio_exterior: "empleado",
  representante_entidad_publica: "funcionario_entidad_publica",
};

export type ActiveRepresentative = {
  accountId: string;
  /** ID.usuario, for the audit log. */
  label: string;
  fullName: string;
  type: RepresentativeType;
  representedType: RepresentedType;
  orgRuc: string;
  orgRazonSocial: string;
};

/** The account as an active representative of its organization, or null (same definition as above). */
export async function findActiveRepresentative(accountId: string, runner: DbOrTx = db): Promise<ActiveRepresentative | null> {
  const [row] = await runner
    .select({
      accountId: ecuapassUsers.id,
      label: ecuapassUsers.userId,
      fullName: ecuapassUsers.fullName,
      type: ecuapassRegistrationRequests.type,
      orgRuc: ecuapassRegistrationRequests.orgRuc,
      orgRazonSocial: ecuapassRegistrationRequests.orgRazonSocial,
    })
    .from(ecuapassRegistrationRequests)
    .innerJoin(ecuapassUsers, eq(ecuapassUsers.id, ecuapassRegistrationRequests.accountId))
    .where(
      and(
        eq(ecuapassRegistrationRequests.accountId, accountId),
        eq(ecuapassRegistrationRequests.status, "aprobada"),
        eq(ecuapassUsers.status, "activo"),
      ),
    )
    .limit(1);
  if (!row || !row.orgRuc || !(row.type in REPRESENTED_TYPE_OF)) return null;
  const type = row.type as RepresentativeType;
  return { ...row, type, representedType: REPRESENTED_TYPE_OF[type], orgRuc: row.orgRuc, orgRazonSocial: row.orgRazonSocial ?? "" };
}
