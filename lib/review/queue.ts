import "server-only";
import { and, count, eq, sql, type SQL } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import { z } from "zod";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { ecuapassRegistrationRequests, ecuapassUsers, sepsRequests } from "@/lib/db/schema";
import { APPROVAL_TYPES, ecuapassQueueConditions } from "@/lib/ecuapass/queue";
import { SENAE_SERVICE_BUSINESS_DAYS, type RegistrationType, type RequestStatus as EcuapassStatus } from "@/lib/ecuapass/registration-types";
import { serviceTime, type ServiceTime } from "@/lib/seps/business-days";
import { queueConditions } from "@/lib/seps/queue";
import { QUEUE_STATUSES, type RequestStatus as SepsStatus } from "@/lib/seps/status";

// The staff's one queue (/admin): SEPS requests and the Ecuapass registration requests SENAE
// decides, in one list, one page at a time, filtered by portal, type, state and a search. The SEPS
// side keeps lib/seps/queue.ts's filters (its query string, its CSV export); "En revisión" means
// "waiting for a decision" on both sides (an Ecuapass request's «Pendiente de aprobación»).

export const REVIEW_QUEUE_PAGE_SIZE = 20;

const firstValue = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const PORTALS = ["todos", "seps", "ecuapass"] as const;
export type Portal = (typeof PORTALS)[number];
/** "seps": a SEPS request; the others: an Ecuapass registration type. */
export const QUEUE_TYPES = ["seps", ...APPROVAL_TYPES] as const;
export type QueueType = (typeof QUEUE_TYPES)[number];

export const reviewQueueFiltersSchema = z.object({
  portal: z.preprocess(firstValue, z.enum(PORTALS).catch("todos")).default("todos"),
  tipo: z.preprocess(firstValue, z.enum([...QUEUE_TYPES, "todos"]).catch("todos")).default("todos"),
  estado: z.preprocess(firstValue, z.enum([...QUEUE_STATUSES, "todas"]).catch("en_revision")).default("en_revision"),
  sector: z.preprocess(firstValue, z.enum(["financiera", "no_financiera", "todos"]).catch("todos")).default("todos"),
  q: z.preprocess(firstValue, z.string().trim().max(40).catch("")).default(""),
  orden: z.preprocess(firstValue, z.enum(["antiguas", "recientes"]).catch("antiguas")).default("antiguas"),
  pagina: z.preprocess(firstValue, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});
export type ReviewQueueFilters = z.infer<typeof reviewQueueFiltersSchema>;

export function parseReviewQueueFilters(searchParams: Record<string, string | string[] | undefined>): ReviewQueueFilters {
  return reviewQueueFiltersSchema.parse(searchParams);
}

type Common = {
  id: string;
  /** SEPS: the request number; Ecuapass: the applicant's ID.usuario. */
  reference: string;
  orgRuc: string | null;
  orgRazonSocial: string | null;
  applicantName: string;
  /** The applicant's cédula (SEPS) or document number (Ecuapass). */
  applicantDoc: string;
  submittedAt: Date | null;
  decidedAt: Date | null;
  /** Waiting for a decision: business days since it was sent, due date, overdue. */
  service: ServiceTime | null;
};
export type ReviewQueueRow =
  | (Common & { portal: "seps"; status: SepsStatus; sector: "financiera" | "no_financiera" })
  | (Common & { portal: "ecuapass"; status: EcuapassStatus; type: RegistrationType });

export type ReviewQueuePage = {
  rows: ReviewQueueRow[];
  total: number;
  page: number;
  pageCount: number;
  overdue: { seps: number; ecuapass: number };
};

/** Which sides a filter can match: SEPS-only filters (sector, «Pendiente de documentos») leave Ecuapass out. */
function sides(filters: ReviewQueueFilters) {
  const seps = filters.portal !== "ecuapass" && (filters.tipo === "todos" || filters.tipo === "seps");
  const ecuapass =
    filters.portal !== "seps" && filters.tipo !== "seps" && filters.sector === "todos" && filters.estado !== "pendiente_documentos";
  return { seps, ecuapass };
}

function ecuapassWhere(filters: ReviewQueueFilters): SQL | undefined {
  const estado = filters.estado === "en_revision" ? "pendiente_aprobacion" : filters.estado;
  return ecuapassQueueConditions({
    estado: estado as EcuapassStatus | "todas",
    tipo: filters.tipo as RegistrationType | "todos",
    q: filters.q,
  });
}

const text = (value: SQL) => sql<string>`${value}::text`;

function sepsSelect(filters: ReviewQueueFilters) {
  const r = sepsRequests;
  return db
    .select({
      portal: sql<"seps" | "ecuapass">`'seps'`.as("portal"),
      id: r.id,
      reference: sql<string>`${r.number}`.as("reference"),
      status: text(sql`${r.status}`).as("status"),
      kind: text(sql`${r.sector}`).as("kind"),
      orgRuc: sql<string | null>`${r.orgRuc}`.as("org_ruc"),
      orgRazonSocial: sql<string | null>`${r.orgRazonSocial}`.as("org_razon_social"),
      applicantName: sql<string>`${r.userName}`.as("applicant_name"),
      applicantDoc: sql<string>`${r.userCedula}`.as("applicant_doc"),
      waitingSince: sql<string>`coalesce(${r.submittedAt}, ${r.createdAt})`.as("waiting_since"),
      submittedAt: sql<string | null>`${r.submittedAt}`.as("submitted_at"),
      decidedAt: sql<string | null>`${r.decidedAt}`.as("decided_at"),
    })
    .from(r)
    .where(queueConditions(filters));
}

function ecuapassSelect(filters: ReviewQueueFilters) {
  const r = ecuapassRegistrationRequests;
  return db
    .select({
      portal: sql<"seps" | "ecuapass">`'ecuapass'`.as("portal"),
      id: r.id,
      reference: sql<string>`${ecuapassUsers.userId}`.as("reference"),
      status: text(sql`${r.status}`).as("status"),
      kind: text(sql`${r.type}`).as("kind"),
      orgRuc: sql<string | null>`${r.orgRuc}`.as("org_ruc"),
      orgRazonSocial: sql<string | null>`${r.orgRazonSocial}`.as("org_razon_social"),
      applicantName: sql<string>`${ecuapassUsers.fullName}`.as("applicant_name"),
      applicantDoc: sql<string>`${ecuapassUsers.docNumber}`.as("applicant_doc"),
      waitingSince: sql<string>`${r.submittedAt}`.as("waiting_since"),
      submittedAt: sql<string | null>`${r.submittedAt}`.as("submitted_at"),
      decidedAt: sql<string | null>`${r.decidedAt}`.as("decided_at"),
    })
    .from(r)
    .innerJoin(ecuapassUsers, eq(ecuapassUsers.id, r.accountId))
    .where(ecuapassWhere(filters));
}

/** PGlite hands timestamps back as Date, postgres.js (inside a union's sql) as text. */
function toDate(value: string | Date | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}

/** The staff's queue: both portals, filtered and searched, oldest first by default, one page at a time. */
export async function listReviewQueue(filters: ReviewQueueFilters, pageSize = REVIEW_QUEUE_PAGE_SIZE): Promise<ReviewQueuePage> {
  const { seps, ecuapass } = sides(filters);
  const overdue = await countOverdue();
  if (!seps && !ecuapass) return { rows: [], total: 0, page: 1, pageCount: 1, overdue };
  const union =
    seps && ecuapass ? unionAll(sepsSelect(filters), ecuapassSelect(filters)).as("queue") : (seps ? sepsSelect(filters) : ecuapassSelect(filters)).as("queue");
  const [totals] = await db.select({ n: count() }).from(union);
  const total = totals?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(filters.pagina, pageCount);
  const direction = filters.orden === "recientes" ? sql`desc` : sql`asc`;
  const raw = await db
    .select()
    .from(union)
    .orderBy(sql`${union.waitingSince} ${direction}`, sql`${union.reference} ${direction}`, sql`${union.id} ${direction}`)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const at = now();
  const rows = raw.map((row): ReviewQueueRow => {
    const waitingSince = toDate(row.waitingSince)!;
    const common = {
      id: row.id,
      reference: row.reference,
      orgRuc: row.orgRuc,
      orgRazonSocial: row.orgRazonSocial,
      applicantName: row.applicantName,
      applicantDoc: row.applicantDoc,
      submittedAt: toDate(row.submittedAt),
      decidedAt: toDate(row.decidedAt),
    };
    if (row.portal === "seps") {
      const status = row.status as SepsStatus;
      return { ...common, portal: "seps", status, sector: row.kind as "financiera" | "no_financiera", service: status === "en_revision" ? serviceTime(waitingSince, at) : null };
    }
    const status = row.status as EcuapassStatus;
    return {
      ...common,
      portal: "ecuapass",
      status,
      type: row.kind as RegistrationType,
      service: status === "pendiente_aprobacion" ? serviceTime(waitingSince, at, SENAE_SERVICE_BUSINESS_DAYS) : null,
    };
  });
  return { rows, total, page, pageCount, overdue };
}

/** How many requests waiting for a decision are past their service time (the queue's headline). */
async function countOverdue(): Promise<{ seps: number; ecuapass: number }> {
  const [sepsWaiting, ecuapassWaiting] = await Promise.all([
    db
      .select({ submittedAt: sepsRequests.submittedAt, createdAt: sepsRequests.createdAt })
      .from(sepsRequests)
      .where(eq(sepsRequests.status, "en_revision")),
    db
      .select({ submittedAt: ecuapassRegistrationRequests.submittedAt })
      .from(ecuapassRegistrationRequests)
      .innerJoin(ecuapassUsers, eq(ecuapassUsers.id, ecuapassRegistrationRequests.accountId))
      .where(and(ecuapassQueueConditions({ estado: "pendiente_aprobacion", tipo: "todos", q: "" }))),
  ]);
  const at = now();
  return {
    seps: sepsWaiting.filter((r) => serviceTime(r.submittedAt ?? r.createdAt, at).overdue).length,
    ecuapass: ecuapassWaiting.filter((r) => serviceTime(r.submittedAt, at, SENAE_SERVICE_BUSINESS_DAYS).overdue).length,
  };
}
