import "server-only";
import { and, asc, count, desc, eq, ilike, notInArray, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { sepsRequests } from "@/lib/db/schema";
import { stripSeparators } from "@/lib/security/normalize";
import { serviceTime, type ServiceTime } from "./business-days";
import { CLOSED_STATUSES, QUEUE_STATUSES, type RequestStatus } from "./status";

export const QUEUE_PAGE_SIZE = 20;

const firstValue = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** The queue's query string (?estado=&sector=&q=&orden=&pagina=); anything odd falls back to the default. */
export const queueFiltersSchema = z.object({
  estado: z.preprocess(firstValue, z.enum([...QUEUE_STATUSES, "todas"]).catch("en_revision")).default("en_revision"),
  sector: z.preprocess(firstValue, z.enum(["financiera", "no_financiera", "todos"]).catch("todos")).default("todos"),
  q: z.preprocess(firstValue, z.string().trim().max(40).catch("")).default(""),
  orden: z.preprocess(firstValue, z.enum(["antiguas", "recientes"]).catch("antiguas")).default("antiguas"),
  pagina: z.preprocess(firstValue, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});
export type QueueFilters = z.infer<typeof queueFiltersSchema>;

export function parseQueueFilters(searchParams: Record<string, string | string[] | undefined>): QueueFilters {
  return queueFiltersSchema.parse(searchParams);
}

export type QueueRow = {
  id: string;
  number: string;
  status: RequestStatus;
  sector: "financiera" | "no_financiera";
  orgRuc: string;
  orgRazonSocial: string;
  userName: string;
  userCedula: string;
  createdAt: Date;
  submittedAt: Date | null;
  decidedAt: Date | null;
  /** For requests en revisión: business days since they were sent, due date, overdue. */
  service: ServiceTime | null;
};

export type QueuePage = { rows: QueueRow[]; total: number; page: number; pageCount: number; overdue: number };

/** Searches the request number (part of it), the organization's RUC, or the user's, legal representative's or proxy's cédula. */
function searchCondition(q: string): SQL | undefined {
  const number = q.trim().toUpperCase();
  // Document numbers are compared without the spaces and dashes people type in them.
  const digits = stripSeparators(q);
  if (!number) return undefined;
  const escaped = number.replace(/[\\%_]/g, (c) => `\\${c}`);
  return or(
    ilike(sepsRequests.number, `%${escaped}%`),
    eq(sepsRequests.orgRuc, digits),
    eq(sepsRequests.userCedula, digits),
    eq(sepsRequests.legalRepCedula, digits),
    eq(sepsRequests.proxyCedula, digits),
  );
}

/** The WHERE of the queue's filters (shared by the page and the CSV export). */
export function queueConditions(filters: Pick<QueueFilters, "estado" | "sector" | "q">): SQL | undefined {
  return and(
    // Withdrawn and expired requests never reach a reviewer.
    filters.estado === "todas" ? notInArray(sepsRequests.status, [...CLOSED_STATUSES]) : eq(sepsRequests.status, filters.estado),
    filters.sector === "todos" ? undefined : eq(sepsRequests.sector, filters.sector),
    searchCondition(filters.q),
  );
}

/** The reviewers' queue: filtered, searched, oldest first by default, one page at a time. */
export async function listQueue(filters: QueueFilters, pageSize = QUEUE_PAGE_SIZE): Promise<QueuePage> {
  const where = queueConditions(filters);
  // Waiting time runs from "Remitir" (submittedAt); a request not sent yet sorts by its creation.
  const waitingSince = sql`coalesce(${sepsRequests.submittedAt}, ${sepsRequests.createdAt})`;
  const order = filters.orden === "recientes" ? [desc(waitingSince), desc(sepsRequests.number)] : [asc(waitingSince), asc(sepsRequests.number)];
  const [[totals], overdueCount] = await Promise.all([
    db.select({ n: count() }).from(sepsRequests).where(where),
    countOverdue(),
  ]);
  const total = totals?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(filters.pagina, pageCount);
  const rows = await db
    .select({
      id: sepsRequests.id,
      number: sepsRequests.number,
      status: sepsRequests.status,
      sector: sepsRequests.sector,
      orgRuc: sepsRequests.orgRuc,
      orgRazonSocial: sepsRequests.orgRazonSocial,
      userName: sepsRequests.userName,
      userCedula: sepsRequests.userCedula,
      createdAt: sepsRequests.createdAt,
      submittedAt: sepsRequests.submittedAt,
      decidedAt: sepsRequests.decidedAt,
    })
    .from(sepsRequests)
    .where(where)
    .orderBy(...order)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const at = now();
  return {
    rows: rows.map((row) => ({
      ...row,
      service: row.status === "en_revision" ? serviceTime(row.submittedAt ?? row.createdAt, at) : null,
    })),
    total,
    page,
    pageCount,
    overdue: overdueCount,
  };
}

/** How many requests en revisión are past the service time (for the queue's headline). */
async function countOverdue(): Promise<number> {
  const waiting = await db
    .select({ submittedAt: sepsRequests.submittedAt, createdAt: sepsRequests.createdAt })
    .from(sepsRequests)
    .where(eq(sepsRequests.status, "en_revision"));
  const at = now();
  return waiting.filter((r) => serviceTime(r.submittedAt ?? r.createdAt, at).overdue).length;
}
