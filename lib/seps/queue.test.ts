import { describe, expect, it } from "vitest";
import { advanceClock } from "@/lib/clock";
import { listQueue, parseQueueFilters } from "./queue";
import { createOrganization, createRequestInReview } from "./review.fixtures";

const DAY = 24 * 3_600_000;

describe("review queue", () => {
  it("finds a request by its number (with dashes), the RUC or the user's cédula, in the chosen sector", async () => {
    const org = await createOrganization("financiera");
    const request = await createRequestInReview({ organization: org, roles: [{ roleCode: "F_ACOPIO_INFORMACION" }] });

    for (const q of [request.number, request.number.toLowerCase().slice(5), org.ruc, request.userCedula, ` ${request.userCedula.slice(0, 4)} ${request.userCedula.slice(4)} `]) {
      const page = await listQueue(parseQueueFilters({ q }));
      expect(page.rows.map((r) => r.id), q).toContain(request.id);
    }
    expect((await listQueue(parseQueueFilters({ q: request.number, sector: "no_financiera" }))).rows).toHaveLength(0);
    expect((await listQueue(parseQueueFilters({ q: request.number, estado: "aprobada" }))).rows).toHaveLength(0);
    expect((await listQueue(parseQueueFilters({ q: request.number, estado: "todas" }))).rows).toHaveLength(1);
  });

  it("lists the oldest first by default, flags the ones past 4 business days, and pages", async () => {
    const org = await createOrganization("no_financiera");
    const sentAt = Date.now();
    const old = await createRequestInReview({ organization: org, roles: [{ roleCode: "NF_LIQUIDADOR" }], submittedAt: new Date(sentAt - 14 * DAY) });
    const recent = await createRequestInReview({ organization: org, roles: [{ roleCode: "NF_LIQUIDADOR" }], submittedAt: new Date(sentAt) });

    const page = await listQueue(parseQueueFilters({ q: org.ruc }));
    expect(page.rows.map((r) => r.id)).toEqual([old.id, recent.id]);
    expect(page.rows[0]!.service).toMatchObject({ overdue: true });
    expect(page.rows[1]!.service).toMatchObject({ elapsed: 0, overdue: false });
    expect(page.overdue).toBeGreaterThanOrEqual(1);

    const newestFirst = await listQueue(parseQueueFilters({ q: org.ruc, orden: "recientes" }));
    expect(newestFirst.rows.map((r) => r.id)).toEqual([recent.id, old.id]);

    const paged = await listQueue(parseQueueFilters({ q: org.ruc, pagina: "2" }), 1);
    expect(paged).toMatchObject({ total: 2, page: 2, pageCount: 2 });
    expect(paged.rows.map((r) => r.id)).toEqual([recent.id]);

    // Time passes: the recent one goes overdue after more than 4 business days (two weeks hold at least 7 even with holidays).
    advanceClock(14 * DAY);
    const later = await listQueue(parseQueueFilters({ q: org.ruc }));
    expect(later.rows.every((r) => r.service?.overdue)).toBe(true);
  });

  it("falls back to the defaults on odd query strings", () => {
    expect(parseQueueFilters({ estado: "'; drop table", sector: ["financiera", "x"], pagina: "-3", orden: "<b>" })).toEqual({
      estado: "en_revision",
      sector: "financiera",
      q: "",
      orden: "antiguas",
      pagina: 1,
    });
  });
});
