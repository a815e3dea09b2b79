import { count, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { auditEvents, deletionRequests, emailCodes, linkTokens, mailOutbox, sepsDocuments, sepsRequests } from "@/lib/db/schema";
import { createOrganization, createRequestInReview } from "@/lib/seps/review.fixtures";
import { hashToken, newLinkToken } from "@/lib/security/tokens";
import { uniqueEmail } from "@/test/factories";
import { purgePersonalData } from "./purge";
import { RETENTION } from "./retention";

const DAY = 86_400_000;
/** A moment `days` days plus or minus an hour before now: just past, or just inside, a period. */
const ago = (days: number, side: "past" | "inside") => new Date(now().getTime() - days * DAY + (side === "past" ? -3_600_000 : 3_600_000));

async function code(createdAt: Date) {
  const [row] = await db.insert(emailCodes).values({ purpose: "ecuapass_registro", emailKey: uniqueEmail(), codeHash: "h", expiresAt: new Date(createdAt.getTime() + 15 * 60_000), createdAt }).returning();
  return row!.id;
}

async function link(values: { expiresAt: Date; usedAt?: Date }) {
  const [row] = await db.insert(linkTokens).values({ tokenHash: hashToken(newLinkToken()), purpose: "seps_reset", subjectId: crypto.randomUUID(), ...values }).returning();
  return row!.id;
}

async function request(status: "pendiente_documentos" | "rechazada" | "aprobada" | "correccion_solicitada" | "caducada", at: Date) {
  const org = await createOrganization();
  const row = await createRequestInReview({ organization: org, status, roles: [{ roleCode: "NF_ACOPIO_INFORMACION" }] });
  await db.update(sepsRequests).set({ updatedAt: at, decidedAt: status === "rechazada" || status === "aprobada" ? at : null }).where(eq(sepsRequests.id, row.id));
  await db.insert(sepsDocuments).values({ requestId: row.id, kind: "solicitud", origin: "generado", fileName: "s.pdf", content: Buffer.from("%PDF"), sha256: "x", sizeBytes: 4 });
  return row.id;
}

async function mail(createdAt: Date) {
  const [row] = await db.insert(mailOutbox).values({ transport: "outbox", to: uniqueEmail(), subject: "s", html: "<p>x</p>", text: "x", status: "enviado", idempotencyKey: crypto.randomUUID(), createdAt }).returning();
  return row!.id;
}

async function deletion(resolvedAt: Date) {
  const [row] = await db
    .insert(deletionRequests)
    .values({ subjectKind: "ecuapass", subjectId: crypto.randomUUID(), subjectLabel: "Ana (ana1)", reason: "ya no", status: "rechazada", resolvedAt, resolutionReason: "r" })
    .returning();
  return row!.id;
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe("purgePersonalData", () => {
  it("removes exactly what the retention table says, on both sides of each period, and keeps the audit", async () => {
    const r = RETENTION;
    const codes = { gone: await code(ago(r.emailCodes.days, "past")), kept: await code(ago(r.emailCodes.days, "inside")) };
    const links = {
      expired: await link({ expiresAt: ago(r.linkTokens.days, "past") }),
      used: await link({ expiresAt: new Date(now().getTime() + DAY), usedAt: ago(r.linkTokens.days, "past") }),
      recent: await link({ expiresAt: ago(r.linkTokens.days, "inside") }),
      live: await link({ expiresAt: new Date(now().getTime() + DAY) }),
    };
    const requests = {
      expired: await request("pendiente_documentos", ago(r.expiredRequests.days, "past")),
      correction: await request("correccion_solicitada", ago(r.expiredRequests.days, "past")),
      lapsed: await request("caducada", ago(r.expiredRequests.days, "past")),
      recentDraft: await request("pendiente_documentos", ago(r.expiredRequests.days, "inside")),
      rejected: await request("rechazada", ago(r.rejectedRequests.days, "past")),
      recentRejected: await request("rechazada", ago(r.rejectedRequests.days, "inside")),
      oldApproved: await request("aprobada", ago(10 * 365, "past")),
    };
    const mails = { gone: await mail(ago(r.mail.days, "past")), kept: await mail(ago(r.mail.days, "inside")) };
    const deletions = { cleared: await deletion(ago(r.deletionRequests.days, "past")), kept: await deletion(ago(r.deletionRequests.days, "inside")) };
    const oldEvent = `prueba.antigua.${crypto.randomUUID()}`;
    const newEvent = `prueba.reciente.${crypto.randomUUID()}`;
    await db.insert(auditEvents).values([
      { at: ago(r.auditPersonal.days, "past"), actorKind: "anonimo", actorLabel: "1710034065", ip: "10.0.0.1", action: oldEvent, details: { cedula: "1710034065", fallos: 2 } },
      { at: ago(r.auditPersonal.days, "inside"), actorKind: "anonimo", actorLabel: "1710034065", ip: "10.0.0.1", action: newEvent, details: { cedula: "1710034065", fallos: 2 } },
    ]);
    const [auditBefore] = await db.select({ n: count() }).from(auditEvents);

    const counts = await purgePersonalData();

    expect(ids(await db.select({ id: emailCodes.id }).from(emailCodes).where(inArray(emailCodes.id, Object.values(codes))))).toEqual([codes.kept]);
    expect(ids(await db.select({ id: linkTokens.id }).from(linkTokens).where(inArray(linkTokens.id, Object.values(links))))).toEqual([links.recent, links.live].sort());

    const reqs = new Map((await db.select().from(sepsRequests).where(inArray(sepsRequests.id, Object.values(requests)))).map((q) => [q.id, q]));
    for (const id of [requests.expired, requests.correction, requests.lapsed, requests.rejected]) {
      const q = reqs.get(id)!;
      expect(q).toMatchObject({ userCedula: "", userName: "", userEmail: "", legalRepName: "", proxyName: null });
      expect(q.personalDataPurgedAt).not.toBeNull();
      expect(q.number).toMatch(/^SEPS-/);
    }
    for (const id of [requests.recentDraft, requests.recentRejected, requests.oldApproved]) {
      expect(reqs.get(id)!.userName).toBe("Usuaria de Prueba");
      expect(reqs.get(id)!.personalDataPurgedAt).toBeNull();
    }
    const docs = await db.select({ requestId: sepsDocuments.requestId }).from(sepsDocuments).where(inArray(sepsDocuments.requestId, Object.values(requests)));
    expect(docs.map((d) => d.requestId).sort()).toEqual([requests.recentDraft, requests.recentRejected, requests.oldApproved].sort());

    expect(ids(await db.select({ id: mailOutbox.id }).from(mailOutbox).where(inArray(mailOutbox.id, Object.values(mails))))).toEqual([mails.kept]);
    const dels = new Map((await db.select().from(deletionRequests).where(inArray(deletionRequests.id, Object.values(deletions)))).map((d) => [d.id, d]));
    expect(dels.get(deletions.cleared)).toMatchObject({ subjectLabel: null, reason: null, status: "rechazada", resolutionReason: "r" });
    expect(dels.get(deletions.kept)).toMatchObject({ subjectLabel: "Ana (ana1)" });

    // Audit events are redacted past their period, never removed; one event added with counts only.
    const [old] = await db.select().from(auditEvents).where(eq(auditEvents.action, oldEvent));
    expect(old).toMatchObject({ actorLabel: null, ip: null, details: { fallos: 2 } });
    const [recent] = await db.select().from(auditEvents).where(eq(auditEvents.action, newEvent));
    expect(recent).toMatchObject({ actorLabel: "1710034065", details: { cedula: "1710034065", fallos: 2 } });
    const [auditAfter] = await db.select({ n: count() }).from(auditEvents);
    expect(auditAfter!.n).toBe(auditBefore!.n + 1);
    expect(counts.expiredRequests).toBeGreaterThanOrEqual(3);
    expect(counts.rejectedRequests).toBeGreaterThanOrEqual(1);

    // Running it again finds nothing more of these.
    const again = await purgePersonalData();
    expect(again.expiredRequests + again.rejectedRequests).toBe(0);
  });
});
