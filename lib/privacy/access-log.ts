import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/lib/db";
import { auditEvents, staffUsers } from "@/lib/db/schema";
import { recordAudit } from "@/lib/security/audit";

// The access log of a person's record (LOPDP art. 13, right of access: who processed my data).
// Kept in the append-only audit log, so no one can remove a view of a record after the fact.

export type DataSubjectKind = "ecuapass" | "seps";

export const SUBJECT_TYPE: Record<DataSubjectKind, string> = { ecuapass: "ecuapass_user", seps: "seps_user" };

export const ACCESS_ACTION = "datos_personales.consulta";

export type StaffViewer = { id: string; label: string };

/** What the staff member opened, in words the citizen reads in "Mis datos". */
export type AccessContext = "ficha de la cuenta" | "solicitud SEPS" | "solicitud de registro Ecuapass" | "solicitud de eliminación";

/** Writes one line of the person's access log: every staff read of their record calls this first. */
export async function recordPersonalDataAccess(
  viewer: StaffViewer,
  subject: { kind: DataSubjectKind; id: string },
  context: AccessContext,
  executor: DbOrTx = db,
) {
  await recordAudit(
    {
      actor: { kind: "staff", id: viewer.id, label: viewer.label },
      action: ACCESS_ACTION,
      subjectType: SUBJECT_TYPE[subject.kind],
      subjectId: subject.id,
      details: { contexto: context },
    },
    executor,
  );
}

export type AccessLogEntry = { at: Date; staffName: string; context: string };

/** The person's access log, newest first (shown to the person; staff are named, as LOPDP asks). */
export async function listPersonalDataAccess(kind: DataSubjectKind, subjectId: string, limit = 200): Promise<AccessLogEntry[]> {
  const rows = await db
    .select({ at: auditEvents.at, actorLabel: auditEvents.actorLabel, staffName: staffUsers.fullName, details: auditEvents.details })
    .from(auditEvents)
    // The event's label is redacted after the audit's retention period; the staff account still names them.
    .leftJoin(staffUsers, eq(staffUsers.id, auditEvents.actorId))
    .where(and(eq(auditEvents.action, ACCESS_ACTION), eq(auditEvents.subjectType, SUBJECT_TYPE[kind]), eq(auditEvents.subjectId, subjectId)))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit);
  return rows.map((r) => ({
    at: r.at,
    staffName: r.actorLabel ?? r.staffName ?? "Personal de la entidad",
    context: typeof r.details?.contexto === "string" ? r.details.contexto : "ficha de la cuenta",
  }));
}
