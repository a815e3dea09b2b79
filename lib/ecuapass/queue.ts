import "server-only";
import { and, asc, count, desc, eq, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { ecuapassRegistrationRequests, ecuapassUsers } from "@/lib/db/schema";
import { stripSeparators } from "@/lib/security/normalize";
import { REGISTRATION_TYPE_INFO, REGISTRATION_TYPES, REQUEST_STATUSES, type RegistrationType, type RequestStatus } from "./registration-types";

// SENAE's part of the /admin queue (issue 19): Ecuapass registration requests of the types SENAE
// approves, filtered by type and state. The page and its guard (staff, reviewer) are not built yet;
// this is the query they will call, next to lib/seps/queue.ts's listQueue.

export const ECUAPASS_QUEUE_PAGE_SIZE = 20;

const firstValue = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const SENAE_TYPES = REGISTRATION_TYPES.filter((t) => REGISTRATION_TYPE_INFO[t].approver === "senae") as [RegistrationType, ...RegistrationType[]];

export const ecuapassQueueFiltersSchema = z.object({
  estado: z.preprocess(firstValue, z.enum([...REQUEST_STATUSES, "todas"]).catch("pendiente_aprobacion")).default("pendiente_aprobacion"),
  tipo: z.preprocess(firstValue, z.enum([...SENAE_TYPES, "todos"]).catch("todos")).default("todos"),
  q: z.preprocess(firstValue, z.string().trim().max(40).catch("")).default(""),
  orden: z.preprocess(firstValue, z.enum(["antiguas", "recientes"]).catch("antiguas")).default("antiguas"),
  pagina: z.preprocess(firstValue, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});
export type EcuapassQueueFilters = z.infer<typeof ecuapassQueueFiltersSchema>;

export type EcuapassQueueRow = {
  id: string;
  type: RegistrationType;
  status: RequestStatus;
  orgRuc: string | null;
  orgRazonSocial: string | null;
  applicantName: string;
  applicantUserId: string;
  submittedAt: Date;
  decidedAt: Date | null;
};

function conditions(filters: EcuapassQueueFilters): SQL | undefined {
  const digits = stripSeparators(filters.q);
  const search = filters.q ? or(eq(ecuapassRegistrationRequests.orgRuc, digits), eq(ecuapassUsers.docNumber, digits.toUpperCase())) : undefined;
  return and(
    filters.estado === "todas" ? undefined : eq(ecuapassRegistrationRequests.status, filters.estado),
    filters.tipo === "todos"
      ? or(...SENAE_TYPES.map((t) => eq(ecuapassRegistrationRequests.type, t)))
      : eq(ecuapassRegistrationRequests.type, filters.tipo),
    search,
  );
}

/** One page of SENAE's Ecuapass requests, oldest first by default. */
export async function listEcuapassQueue(filters: EcuapassQueueFilters, pageSize = ECUAPASS_QUEUE_PAGE_SIZE) {
  const where = conditions(filters);
  const [totals] = await db
    .select({ n: count() })
    .from(ecuapassRegistrationRequests)
    .innerJoin(ecuapassUsers, eq(ecuapassUsers.id, ecuapassRegistrationRequests.accountId))
    .where(where);
  const total = totals?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(filters.pagina, pageCount);
  const order =
    filters.orden === "recientes"
      ? [desc(ecuapassRegistrationRequests.submittedAt), desc(ecuapassRegistrationRequests.id)]
      : [asc(ecuapassRegistrationRequests.submittedAt), asc(ecuapassRegistrationRequests.id)];
  const rows: EcuapassQueueRow[] = await db
    .select({
      id: ecuapassRegistrationRequests.id,
      type: ecuapassRegistrationRequests.type,
      status: ecuapassRegistrationRequests.status,
      orgRuc: ecuapassRegistrationRequests.orgRuc,
      orgRazonSocial: ecuapassRegistrationRequests.orgRazonSocial,
      applicantName: ecuapassUsers.fullName,
      applicantUserId: ecuapassUsers.userId,
      submittedAt: ecuapassRegistrationRequests.submittedAt,
      decidedAt: ecuapassRegistrationRequests.decidedAt,
    })
    .from(ecuapassRegistrationRequests)
    .innerJoin(ecuapassUsers, eq(ecuapassUsers.id, ecuapassRegistrationRequests.accountId))
    .where(where)
    .orderBy(...order)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total, page, pageCount };
}
