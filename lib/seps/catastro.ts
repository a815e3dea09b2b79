import "server-only";
import { and, asc, count, eq, ilike, inArray, or, sql } from "drizzle-orm";
import { now } from "@/lib/clock";
import { db, type DbOrTx } from "@/lib/db";
import { organizations, sepsRoleAssignments, sepsUsers, type Organization } from "@/lib/db/schema";
import { checkRuc } from "@/lib/identity/documents";
import { recordAudit, type AuditActor } from "@/lib/security/audit";
import { parseCatastroCsv, type CatastroRow, type RejectedRow } from "./catastro-csv";
import { findRole, maskEmail, maskInitials, maskName, type Sector } from "./roles";

/** What the import action returns to its form: the rows refused, with why. */
export type CatastroImportData = { rejected: RejectedRow[] };

export { CATASTRO_CSV_HEADER, parseCatastroCsv, type CatastroRow, type RejectedRow } from "./catastro-csv";

/** What a request shows and prints of its organization: the catastro's contact data. */
export function organizationSummary(org: Organization) {
  return {
    ruc: org.ruc,
    razonSocial: org.razonSocial,
    email: org.email,
    segmentoNivel: org.segmentoNivel,
    legalRepCedula: org.legalRepCedula,
    legalRepName: org.legalRepName,
    legalRepEmail: org.legalRepEmail,
  };
}

/**
 * What an anonymous visitor may learn of a catastro entry: enough to confirm the organization
 * (razón social, segment) and recognise its legal representative (initials and a masked address).
 * The representative's cédula, full name and email, and the organization's email, stay on the
 * server: the request stores and prints them from the catastro itself.
 */
export type PublicOrganization = {
  ruc: string;
  razonSocial: string;
  segmentoNivel: string;
  legalRepName: string;
  legalRepEmail: string;
};

export function publicOrganization(org: Organization): PublicOrganization {
  return {
    ruc: org.ruc,
    razonSocial: org.razonSocial,
    segmentoNivel: org.segmentoNivel,
    legalRepName: maskInitials(org.legalRepName),
    legalRepEmail: maskEmail(org.legalRepEmail),
  };
}

export async function findOrganizationByRuc(ruc: string, executor: DbOrTx = db): Promise<Organization | null> {
  const [row] = await executor.select().from(organizations).where(eq(organizations.ruc, ruc)).limit(1);
  return row ?? null;
}

export type OrganizationLookup =
  | { status: "found"; organization: Organization }
  | { status: "invalid"; message: string }
  | { status: "not_found" | "other_sector"; message: string };

export const RUC_NOT_FOUND =
  "El RUC no consta en el catastro de organizaciones supervisadas por la SEPS. Verifique el número o comuníquese con la Superintendencia.";

export function otherSectorMessage(sector: Sector): string {
  return sector === "financiera"
    ? "El RUC corresponde a una organización del sector no financiero. Use la «Solicitud Organizaciones No Financieras»."
    : "El RUC corresponde a una organización del sector financiero. Use la «Solicitud Organizaciones Financieras».";
}

/** The organization of a RUC when it is in the catastro of that sector. */
export async function lookupOrganization(rawRuc: string, sector: Sector, executor: DbOrTx = db): Promise<OrganizationLookup> {
  const check = checkRuc(rawRuc);
  if (!check.ok) return { status: "invalid", message: check.message };
  const organization = await findOrganizationByRuc(check.value, executor);
  // An organization a full catastro import no longer lists files no new requests.
  if (!organization || !organization.active) return { status: "not_found", message: RUC_NOT_FOUND };
  if (organization.sector !== sector) return { status: "other_sector", message: otherSectorMessage(sector) };
  return { status: "found", organization };
}

export type RoleHolder = { userId: string; cedula: string; fullName: string; maskedName: string };
export type RoleOccupancy = { roleCode: string; max: number; holders: RoleHolder[]; full: boolean };

/** Active holders of each role of an organization ("# Usuarios por entidad" in use). */
export async function roleOccupancy(organizationId: string, roleCodes?: readonly string[], executor: DbOrTx = db) {
  const rows = await executor
    .select({
      roleCode: sepsRoleAssignments.roleCode,
      userId: sepsUsers.id,
      cedula: sepsUsers.cedula,
      fullName: sepsUsers.fullName,
    })
    .from(sepsRoleAssignments)
    .innerJoin(sepsUsers, eq(sepsUsers.id, sepsRoleAssignments.userId))
    .where(
      and(
        eq(sepsRoleAssignments.organizationId, organizationId),
        eq(sepsRoleAssignments.status, "activa"),
        roleCodes?.length ? inArray(sepsRoleAssignments.roleCode, [...roleCodes]) : undefined,
      ),
    )
    .orderBy(asc(sepsRoleAssignments.roleCode), asc(sepsRoleAssignments.slot));
  const byRole = new Map<string, RoleOccupancy>();
  for (const row of rows) {
    const role = findRole(row.roleCode);
    let entry = byRole.get(row.roleCode);
    if (!entry) {
      entry = { roleCode: row.roleCode, max: role?.maxPerOrganization ?? 1, holders: [], full: false };
      byRole.set(row.roleCode, entry);
    }
    entry.holders.push({ userId: row.userId, cedula: row.cedula, fullName: row.fullName, maskedName: maskName(row.fullName) });
  }
  for (const entry of byRole.values()) entry.full = entry.holders.length >= entry.max;
  return byRole;
}

export type CatastroImportResult =
  | { ok: true; inserted: number; updated: number }
  | { ok: false; fileError?: string; rejected: RejectedRow[]; validCount: number };

/** Inserts new RUCs and updates known ones, all in the caller's transaction. */
export async function upsertOrganizations(executor: DbOrTx, rows: readonly CatastroRow[]): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  const at = now();
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const result = await executor
      .insert(organizations)
      .values(chunk.map((row) => ({ ...row, updatedAt: at })))
      .onConflictDoUpdate({
        target: organizations.ruc,
        set: {
          razonSocial: sql`excluded.razon_social`,
          sector: sql`excluded.sector`,
          segmentoNivel: sql`excluded.segmento_nivel`,
          email: sql`excluded.email`,
          legalRepCedula: sql`excluded.legal_rep_cedula`,
          legalRepName: sql`excluded.legal_rep_name`,
          legalRepEmail: sql`excluded.legal_rep_email`,
          updatedAt: at,
        },
      })
      // xmax = 0 only for a freshly inserted row version.
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    inserted += result.filter((r) => r.inserted).length;
  }
  return { inserted, updated: rows.length - inserted };
}

/**
 * The admin CSV import: every row validated first; any rejected row and nothing is imported.
 * Otherwise one transaction inserts the new RUCs and updates the existing ones.
 */
export async function importCatastroCsv(text: string, actor: AuditActor): Promise<CatastroImportResult> {
  const parsed = parseCatastroCsv(text);
  if (!parsed.ok) return parsed;
  return db.transaction(async (tx) => {
    const counts = await upsertOrganizations(tx, parsed.rows);
    await recordAudit(
      { actor, action: "catastro.importado", subjectType: "catastro", details: { filas: parsed.rows.length, ...counts } },
      tx,
    );
    return { ok: true as const, ...counts };
  });
}

export type OrganizationPage = { rows: Organization[]; total: number; page: number; pageSize: number };

/** The catastro, searchable by RUC or razón social, for the admin page. */
export async function listOrganizations(options: { search?: string; page?: number; pageSize?: number } = {}): Promise<OrganizationPage> {
  const pageSize = options.pageSize ?? 25;
  const page = Math.max(1, options.page ?? 1);
  const term = options.search?.trim().slice(0, 100);
  const where = term
    ? or(ilike(organizations.ruc, `${term.replace(/[%_\\]/g, "")}%`), ilike(organizations.razonSocial, `%${term.replace(/[%_\\]/g, "")}%`))
    : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(organizations).where(where).orderBy(asc(organizations.razonSocial)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(organizations).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize };
}
