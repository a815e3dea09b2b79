import "server-only";
import { asc, eq, ilike, inArray, or } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { ecuapassUsers, organizations, sepsRoleAssignments, sepsUsers } from "@/lib/db/schema";
import { emailKey, foldForComparison, stripSeparators } from "@/lib/security/normalize";
import type { DataSubjectKind } from "@/lib/privacy/access-log";

const firstValue = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** /admin/usuarios?q=&tipo= — anything odd falls back to the default. */
export const accountSearchSchema = z.object({
  q: z.preprocess(firstValue, z.string().trim().max(120).catch("")).default(""),
  tipo: z.preprocess(firstValue, z.enum(["todas", "ecuapass", "seps"]).catch("todas")).default("todas"),
});
export type AccountSearch = z.infer<typeof accountSearchSchema>;

export type AccountHit = {
  kind: DataSubjectKind;
  id: string;
  /** ID.usuario (Ecuapass) or cédula (SEPS username). */
  username: string;
  fullName: string;
  email: string;
  document: string;
  status: string;
};

export const SEARCH_LIMIT = 50;

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Ecuapass and SEPS accounts by ID.usuario, cédula, RUC (an Ecuapass RUC, or the organizations a SEPS
 * user holds roles in), name (any part) or email. Exact keys use their unique indexes; names use ILIKE.
 */
export async function searchAccounts(search: AccountSearch): Promise<AccountHit[]> {
  const q = search.q.trim();
  if (q.length < 2) return [];
  const digits = stripSeparators(q);
  const name = `%${escapeLike(q)}%`;
  const hits: AccountHit[] = [];

  if (search.tipo !== "seps") {
    const rows = await db
      .select()
      .from(ecuapassUsers)
      .where(
        or(
          eq(ecuapassUsers.userIdKey, foldForComparison(q)),
          eq(ecuapassUsers.docNumber, digits.toUpperCase()),
          eq(ecuapassUsers.emailKey, emailKey(q)),
          ilike(ecuapassUsers.fullName, name),
        ),
      )
      .orderBy(asc(ecuapassUsers.fullName))
      .limit(SEARCH_LIMIT);
    for (const u of rows) {
      hits.push({ kind: "ecuapass", id: u.id, username: u.userId, fullName: u.fullName, email: u.email, document: u.docNumber, status: u.status });
    }
  }

  if (search.tipo !== "ecuapass") {
    // A RUC finds the people holding (or having held) roles in that organization.
    const byRuc = /^\d{13}$/.test(digits)
      ? db
          .selectDistinct({ id: sepsRoleAssignments.userId })
          .from(sepsRoleAssignments)
          .innerJoin(organizations, eq(organizations.id, sepsRoleAssignments.organizationId))
          .where(eq(organizations.ruc, digits))
      : null;
    const rows = await db
      .select()
      .from(sepsUsers)
      .where(
        or(
          eq(sepsUsers.cedula, digits),
          ilike(sepsUsers.email, escapeLike(emailKey(q))),
          ilike(sepsUsers.fullName, name),
          byRuc ? inArray(sepsUsers.id, byRuc) : undefined,
        ),
      )
      .orderBy(asc(sepsUsers.fullName))
      .limit(SEARCH_LIMIT);
    for (const u of rows) {
      hits.push({ kind: "seps", id: u.id, username: u.cedula, fullName: u.fullName, email: u.email, document: u.cedula, status: u.status });
    }
  }
  return hits.sort((a, b) => a.fullName.localeCompare(b.fullName, "es")).slice(0, SEARCH_LIMIT);
}
