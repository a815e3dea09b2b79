import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { advanceClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { auditEvents, mailOutbox, sepsRequests, staffUsers } from "@/lib/db/schema";
import { hashToken, newLinkToken } from "@/lib/security/tokens";
import { uniqueEmail, uniqueSuffix } from "@/test/factories";
import { approveRequest } from "./approval";
import { LOOKUP_MISS, expiresAt, lookupRequestStatus, resendRequestLink, runRequestExpiry, withdrawSepsRequest } from "./lifecycle";
import { listQueue, parseQueueFilters } from "./queue";
import { findRequestByToken } from "./requests";
import { createOrganization, createRequestInReview } from "./review.fixtures";

const DAY = 24 * 3_600_000;

async function requestWithLink(status: (typeof sepsRequests.$inferInsert)["status"]) {
  const org = await createOrganization("no_financiera");
  const request = await createRequestInReview({ organization: org, status, roles: [{ roleCode: "NF_ACOPIO_INFORMACION" }] });
  const token = newLinkToken();
  // A number in the real shape (the fixture's has lower-case letters, which /seps/consulta upper-cases).
  const number = `SEPS-2099-${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
  await db.update(sepsRequests).set({ accessTokenHash: hashToken(token), number }).where(eq(sepsRequests.id, request.id));
  return { request: { ...request, number }, token, org };
}

async function statusOf(id: string) {
  const [row] = await db.select().from(sepsRequests).where(eq(sepsRequests.id, id));
  return row!;
}

async function mailsTo(to: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.to, to.toLowerCase())).orderBy(desc(mailOutbox.createdAt));
}

async function reviewer() {
  const [staff] = await db
    .insert(staffUsers)
    .values({ email: uniqueEmail("revisor"), fullName: `Revisor ${uniqueSuffix()}`, role: "reviewer", status: "activo" })
    .returning();
  return { id: staff!.id, label: staff!.email };
}

describe("withdrawal", () => {
  it("withdraws a request not yet decided, tells the user and the legal representative, and a reviewer can no longer approve it", async () => {
    const { request, token, org } = await requestWithLink("en_revision");

    expect(await withdrawSepsRequest({ token, ip: "127.0.0.1" })).toEqual({ ok: true, number: request.number });

    const row = await statusOf(request.id);
    expect(row.status).toBe("retirada");
    expect(row.closedAt).not.toBeNull();
    expect((await mailsTo(request.userEmail))[0]!.subject).toContain("retirada");
    expect((await mailsTo(org.legalRepEmail))[0]!.subject).toContain("retirada");
    const approval = await approveRequest(request.id, await reviewer());
    expect(approval.ok).toBe(false);
    const events = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, request.id)).orderBy(auditEvents.id);
    expect(events.map((e) => e.action)).toContain("seps.solicitud.retirada");
    // Gone from the reviewers' queue, even under «Todos los estados».
    expect((await listQueue(parseQueueFilters({ q: request.number, estado: "todas" }))).rows).toHaveLength(0);
  });

  it("refuses a decided request and an unknown link", async () => {
    const { request, token } = await requestWithLink("aprobada");
    const refused = await withdrawSepsRequest({ token, ip: "127.0.0.1" });
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("ya no se puede retirar") });
    expect((await statusOf(request.id)).status).toBe("aprobada");
    expect(await withdrawSepsRequest({ token: newLinkToken(), ip: "127.0.0.1" })).toMatchObject({ ok: false, notFound: true });
  });
});

describe("expiry", () => {
  it("warns at 23 days, expires at 30 (only after the warning), emails both, and ignores requests already sent", async () => {
    const { request, org } = await requestWithLink("pendiente_documentos");
    const sent = await requestWithLink("en_revision");

    expect(expiresAt(await statusOf(request.id)).getTime()).toBe(request.createdAt.getTime() + 30 * DAY);
    advanceClock(22 * DAY);
    await runRequestExpiry();
    expect((await statusOf(request.id)).expiryWarnedAt).toBeNull();

    advanceClock(1 * DAY + 60_000);
    await runRequestExpiry();
    const warned = await statusOf(request.id);
    expect(warned.expiryWarnedAt).not.toBeNull();
    expect(warned.status).toBe("pendiente_documentos");
    const [warning] = await mailsTo(request.userEmail);
    expect(warning!.subject).toMatch(/caduca el/);
    expect(warning!.text).toContain("/seps/consulta");
    expect((await mailsTo(org.legalRepEmail))[0]!.subject).toMatch(/caduca el/);
    // Warned once only.
    await runRequestExpiry();
    expect((await mailsTo(request.userEmail)).filter((m) => /caduca el/.test(m.subject))).toHaveLength(1);

    advanceClock(7 * DAY);
    await runRequestExpiry();
    const expired = await statusOf(request.id);
    expect(expired.status).toBe("caducada");
    expect((await mailsTo(request.userEmail))[0]!.subject).toContain("caducada");
    expect((await statusOf(sent.request.id)).status).toBe("en_revision");
    expect((await listQueue(parseQueueFilters({ q: request.number, estado: "todas" }))).rows).toHaveLength(0);
  });

  it("never expires a request without a week's warning, even when the job did not run for weeks", async () => {
    const { request } = await requestWithLink("pendiente_documentos");
    advanceClock(45 * DAY);
    await runRequestExpiry();
    expect((await statusOf(request.id)).status).toBe("pendiente_documentos");
    advanceClock(7 * DAY);
    await runRequestExpiry();
    expect((await statusOf(request.id)).status).toBe("caducada");
  });
});

describe("status lookup without the link", () => {
  it("answers by number and the user's cédula; a wrong number or a wrong cédula get the same answer", async () => {
    const { request } = await requestWithLink("en_revision");
    const ip = `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

    const found = await lookupRequestStatus({ number: ` ${request.number.toLowerCase()} `, cedula: request.userCedula, ip });
    expect(found).toMatchObject({ ok: true, request: { number: request.number, status: "en_revision" } });
    expect(found.ok && found.request.maskedEmail).toMatch(/^u\*\*\*@example\.com$/);

    const wrongCedula = await lookupRequestStatus({ number: request.number, cedula: "1710034065", ip });
    const wrongNumber = await lookupRequestStatus({ number: "SEPS-2026-999999", cedula: request.userCedula, ip });
    const malformed = await lookupRequestStatus({ number: "x", cedula: "abc", ip });
    expect(wrongCedula).toEqual({ ok: false, message: LOOKUP_MISS });
    expect(wrongNumber).toEqual(wrongCedula);
    expect(malformed).toEqual(wrongCedula);
  });

  it("takes about as long for a wrong cédula as for an unknown number (nothing to learn from the timing)", async () => {
    const { request } = await requestWithLink("en_revision");
    const ipFor = (i: number) => `10.4.${Math.floor(Math.random() * 250)}.${i}`;
    const time = async (number: string, cedula: string, i: number) => {
      const started = performance.now();
      await lookupRequestStatus({ number, cedula, ip: ipFor(i) });
      return performance.now() - started;
    };
    const wrongCedula: number[] = [];
    const unknownNumber: number[] = [];
    for (let i = 0; i < 15; i++) {
      wrongCedula.push(await time(request.number, "1710034065", i));
      unknownNumber.push(await time("SEPS-2020-999999", request.userCedula, i));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    expect(Math.abs(median(wrongCedula) - median(unknownNumber))).toBeLessThan(Math.max(5, 0.5 * median(unknownNumber)));
  });

  it("is rate limited per client address", async () => {
    const ip = `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await lookupRequestStatus({ number: "SEPS-2026-000001", cedula: "1710034065", ip }));
    expect(answers.slice(0, 10).every((a) => !a.ok && a.message === LOOKUP_MISS)).toBe(true);
    expect(answers[10]).toMatchObject({ ok: false, limited: true });
  });

  it("emails a new private link to the request's email only; the old link stops working", async () => {
    const { request, token, org } = await requestWithLink("pendiente_documentos");
    const ip = `10.3.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

    const result = await resendRequestLink({ number: request.number, cedula: request.userCedula, ip });

    expect(result).toMatchObject({ ok: true });
    expect(await findRequestByToken(token)).toBeNull();
    const [message] = await mailsTo(request.userEmail);
    expect(message!.subject).toContain("Nuevo enlace");
    const link = message!.text!.match(/\/seps\/solicitud\/s\/([A-Za-z0-9_-]{43})/)![1]!;
    expect((await findRequestByToken(link))!.id).toBe(request.id);
    expect((await mailsTo(org.legalRepEmail)).filter((m) => m.subject.includes("Nuevo enlace"))).toHaveLength(0);
    expect(await resendRequestLink({ number: request.number, cedula: "1710034065", ip })).toEqual({ ok: false, message: LOOKUP_MISS });
  });
});
