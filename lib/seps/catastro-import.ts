import "server-only";
import { and, eq, inArray, isNull, notInArray } from "drizzle-orm";
import { now } from "@/lib/clock";
import { db, type DbOrTx } from "@/lib/db";
import { catastroImports, organizations, type Organization } from "@/lib/db/schema";
import { recordAudit, type AuditActor } from "@/lib/security/audit";
import { parseCatastroCsv, type CatastroRow, type RejectedRow } from "./catastro-csv";
import { upsertOrganizations } from "./catastro";

// The catastro import in two steps: the file is validated and compared with the catastro (new,
// changed and unchanged rows, errors per line, organizations a full import would make inactive),
// and only when an admin confirms that preview is it applied, in one transaction.

const COMPARED = ["razonSocial", "sector", "segmentoNivel", "email", "legalRepCedula", "legalRepName", "legalRepEmail"] as const;
export type ComparedField = (typeof COMPARED)[number];

export const FIELD_LABEL: Record<ComparedField, string> = {
  razonSocial: "Razón social",
  sector: "Sector",
  segmentoNivel: "Segmento / nivel",
  email: "Correo",
  legalRepCedula: "Cédula del representante",
  legalRepName: "Representante legal",
  legalRepEmail: "Correo del representante",
};

export type ChangedRow = { ruc: string; razonSocial: string; changes: { field: ComparedField; from: string; to: string }[]; reactivated: boolean };

export type CatastroDiff = {
  created: CatastroRow[];
  changed: ChangedRow[];
  unchanged: number;
  /** Active organizations the file does not list (made inactive only by a full import). */
  absent: Pick<Organization, "ruc" | "razonSocial">[];
};

export type CatastroPreview =
  | { ok: true; importId: string; fullImport: boolean; rows: number; diff: CatastroDiff }
  | { ok: false; fileError?: string; rejected: RejectedRow[]; validCount: number };

async function diffAgainstCatastro(rows: readonly CatastroRow[], executor: DbOrTx = db): Promise<CatastroDiff> {
  const existing = new Map<string, Organization>();
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000).map((r) => r.ruc);
    for (const org of await executor.select().from(organizations).where(inArray(organizations.ruc, chunk))) existing.set(org.ruc, org);
  }
  const created: CatastroRow[] = [];
  const changed: ChangedRow[] = [];
  let unchanged = 0;
  for (const row of rows) {
    const current = existing.get(row.ruc);
    if (!current) {
      created.push(row);
      continue;
    }
    const changes = COMPARED.filter((field) => current[field] !== row[field]).map((field) => ({ field, from: current[field], to: row[field] }));
    if (changes.length || !current.active) changed.push({ ruc: row.ruc, razonSocial: row.razonSocial, changes, reactivated: !current.active });
    else unchanged++;
  }
  const listed = rows.map((r) => r.ruc);
  const absent = await executor
    .select({ ruc: organizations.ruc, razonSocial: organizations.razonSocial })
    .from(organizations)
    .where(and(eq(organizations.active, true), listed.length ? notInArray(organizations.ruc, listed) : undefined))
    .orderBy(organizations.razonSocial);
  return { created, changed, unchanged, absent };
}

/** Validates the file and stores it for confirmation; nothing in the catastro changes yet. */
export async function previewCatastroImport(text: string, fileName: string, fullImport: boolean, staffId: string): Promise<CatastroPreview> {
  const parsed = parseCatastroCsv(text);
  if (!parsed.ok) return parsed;
  const diff = await diffAgainstCatastro(parsed.rows);
  const [stored] = await db
    .insert(catastroImports)
    .values({ staffId, fileName: fileName.slice(0, 200), rows: parsed.rows, fullImport })
    .returning({ id: catastroImports.id });
  return { ok: true, importId: stored!.id, fullImport, rows: parsed.rows.length, diff };
}

/** What the preview action hands its form. */
export type CatastroPreviewData = { rejected?: RejectedRow[]; preview?: Extract<CatastroPreview, { ok: true }> };

export type ApplyResult =
  | { ok: true; inserted: number; updated: number; unchanged: number; inactivated: number }
  | { ok: false; message: string };

/**
 * Applies a stored preview once (a conditional UPDATE claims it): inserts and updates its rows,
 * reactivates listed organizations that were inactive, and for a full import marks the active
 * organizations it does not list as inactive. One transaction, one audit event.
 */
export async function applyCatastroImport(importId: string, staffId: string, actor: AuditActor): Promise<ApplyResult> {
  return db.transaction(async (tx) => {
    const at = now();
    const [claimed] = await tx
      .update(catastroImports)
      .set({ appliedAt: at })
      .where(and(eq(catastroImports.id, importId), eq(catastroImports.staffId, staffId), isNull(catastroImports.appliedAt)))
      .returning();
    if (!claimed) return { ok: false as const, message: "Esta vista previa ya se aplicó o no existe. Vuelva a subir el archivo." };
    const rows = claimed.rows as CatastroRow[];
    const diff = await diffAgainstCatastro(rows, tx);
    await upsertOrganizations(tx, rows);
    const listed = rows.map((r) => r.ruc);
    if (listed.length) {
      await tx
        .update(organizations)
        .set({ active: true, inactiveSince: null })
        .where(and(inArray(organizations.ruc, listed), eq(organizations.active, false)));
    }
    let inactivated = 0;
    if (claimed.fullImport && diff.absent.length) {
      const gone = await tx
        .update(organizations)
        .set({ active: false, inactiveSince: at, updatedAt: at })
        .where(and(eq(organizations.active, true), notInArray(organizations.ruc, listed)))
        .returning({ ruc: organizations.ruc });
      inactivated = gone.length;
    }
    const counts = { inserted: diff.created.length, updated: diff.changed.length, unchanged: diff.unchanged, inactivated };
    await recordAudit(
      {
        actor,
        action: "catastro.importado",
        subjectType: "catastro",
        subjectId: claimed.id,
        details: { archivo: claimed.fileName, filas: rows.length, completo: claimed.fullImport, ...counts },
      },
      tx,
    );
    return { ok: true as const, ...counts };
  });
}
