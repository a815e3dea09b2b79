import "server-only";
import { and, eq, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { deletionRequests, emailCodes, linkTokens, mailOutbox, sepsDocuments, sepsRequestRoles, sepsRequests } from "@/lib/db/schema";
import { recordAudit } from "@/lib/security/audit";
import { auditOlderThan, redactAuditEvents } from "./audit-redaction";
import { retentionCutoff } from "./retention";

// The scheduled purge (/api/cron/retencion): removes what lib/privacy/retention.ts says has outlived
// its period. Rows that other records point to (requests) keep their number, status, dates and
// decision, and lose their personal data; audit events are never deleted, only redacted (actor
// label, IP and personal detail keys), and the purge's own event records only counts.

export type PurgeCounts = {
  auditEvents: number;
  emailCodes: number;
  linkTokens: number;
  expiredRequests: number;
  rejectedRequests: number;
  mail: number;
  deletionRequests: number;
};

/** The personal fields of a request, blanked (the columns are NOT NULL: empty, not null). */
export const ANONYMIZED_REQUEST = {
  userCedula: "",
  userName: "",
  userEmail: "",
  userPosition: "",
  resolutionNumber: null,
  legalRepCedula: "",
  legalRepName: "",
  legalRepEmail: "",
  proxyCedula: null,
  proxyName: null,
} as const;

export async function purgePersonalData(at: Date = now()): Promise<PurgeCounts> {
  return db.transaction(async (tx) => {
    const codes = await tx.delete(emailCodes).where(lt(emailCodes.createdAt, retentionCutoff("emailCodes", at))).returning({ id: emailCodes.id });

    // A link is dead from the first of its expiry, use or revocation.
    const deadSince = sql`least(${linkTokens.expiresAt}, coalesce(${linkTokens.usedAt}, ${linkTokens.expiresAt}), coalesce(${linkTokens.revokedAt}, ${linkTokens.expiresAt}))`;
    // Bound as text: with no column to encode it, postgres.js would hand the Date to drizzle's pass-through timestamp serializer.
    const linkCutoff = sql`${retentionCutoff("linkTokens", at).toISOString()}::timestamptz`;
    const links = await tx.delete(linkTokens).where(lt(deadSince, linkCutoff)).returning({ id: linkTokens.id });

    const expired = await tx
      .select({ id: sepsRequests.id })
      .from(sepsRequests)
      .where(
        and(
          inArray(sepsRequests.status, ["pendiente_documentos", "correccion_solicitada", "caducada", "retirada"]),
          lt(sepsRequests.updatedAt, retentionCutoff("expiredRequests", at)),
          isNull(sepsRequests.personalDataPurgedAt),
        ),
      );
    const rejected = await tx
      .select({ id: sepsRequests.id })
      .from(sepsRequests)
      .where(
        and(
          eq(sepsRequests.status, "rechazada"),
          isNotNull(sepsRequests.decidedAt),
          lt(sepsRequests.decidedAt, retentionCutoff("rejectedRequests", at)),
          isNull(sepsRequests.personalDataPurgedAt),
        ),
      );
    const requestIds = [...expired, ...rejected].map((r) => r.id);
    for (let i = 0; i < requestIds.length; i += 500) {
      const chunk = requestIds.slice(i, i + 500);
      await tx.update(sepsRequests).set({ ...ANONYMIZED_REQUEST, personalDataPurgedAt: at }).where(inArray(sepsRequests.id, chunk));
      await tx.update(sepsRequestRoles).set({ deactivateCedula: null }).where(inArray(sepsRequestRoles.requestId, chunk));
      await tx.delete(sepsDocuments).where(inArray(sepsDocuments.requestId, chunk));
    }

    const mail = await tx.delete(mailOutbox).where(lt(mailOutbox.createdAt, retentionCutoff("mail", at))).returning({ id: mailOutbox.id });

    const deletions = await tx
      .update(deletionRequests)
      .set({ subjectLabel: null, reason: null })
      .where(
        and(
          isNotNull(deletionRequests.resolvedAt),
          lt(deletionRequests.resolvedAt, retentionCutoff("deletionRequests", at)),
          or(isNotNull(deletionRequests.subjectLabel), isNotNull(deletionRequests.reason)),
        ),
      )
      .returning({ id: deletionRequests.id });

    const audit = await redactAuditEvents(tx, auditOlderThan(retentionCutoff("auditPersonal", at)));

    const counts: PurgeCounts = {
      auditEvents: audit,
      emailCodes: codes.length,
      linkTokens: links.length,
      expiredRequests: expired.length,
      rejectedRequests: rejected.length,
      mail: mail.length,
      deletionRequests: deletions.length,
    };
    await recordAudit({ actor: { kind: "sistema", label: "retención" }, action: "retencion.purga", subjectType: "datos_personales", details: counts }, tx);
    return counts;
  });
}
