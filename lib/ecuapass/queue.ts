import "server-only";
import { and, asc, count, desc, eq, inArray, isNotNull, not, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { ecuapassRegistrationRequests, ecuapassUsers } from "@/lib/db/schema";
import { stripSeparators } from "@/lib/security/normalize";
import { REGISTRATION_TYPE_INFO, REQUEST_STATUSES, type RegistrationType, type RequestStatus } from "./registration-types";
import { userIdKey } from "./rules";
import { activeRepresentativeExists, REPRESENTATIVE_TYPE_FOR, type RepresentedType } from "./representatives";

// SENAE's part of the /admin queue (issue 19): the Ecuapass registration requests SENAE decides —
// the types it approves, and an employee's or an official's request while its organization has no
// active representative (the last-representative fallback of lib/ecuapass/representatives.ts, as
// SQL) or once SENAE decided it. lib/review/queue.ts lists them together with the SEPS requests.

export const ECUAPASS_QUEUE_PAGE_SIZE = 20;

const firstValue = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** Every type that goes through an approval (all but Usuario General). */
export const APPROVAL_TYPES = (Object.keys(REGISTRATION_TYPE_INFO) as RegistrationType[]).filter(
  (t) => REGISTRATION_TYPE_INFO[t].approver !== "ninguno",
) as [Exclude<RegistrationType, "usuario_general">, ...Exclude<RegistrationType, "usuario_general">[]];
const SENAE_TYPES = APPROVAL_TYPES.filter((t) => REGISTRATION_TYPE_INFO[t].approver === "senae");
const REPRESENTED_TYPES = Object.keys(REPRESENTATIVE_TYPE_FOR) as RepresentedType[];

/**
 * SQL: SENAE decides (or decided) this request. Its type is approved by SENAE; or it is an
 * employee's or official's request and either no active representative of its organization is left
 * (the same rule as senaeDecides) or SENAE already decided it (its history stays in SENAE's queue).
 */
export function senaeDecidesCondition(): SQL {
  const r = ecuapassRegistrationRequests;
  return or(
    inArray(r.type, SENAE_TYPES),
    ...REPRESENTED_TYPES.map((type) =>
      and(eq(r.type, type), or(not(activeRepresentativeExists(r.orgRuc, REPRESENTATIVE_TYPE_FOR[type])), isNotNull(r.decidedBy))),
    ),
  )!;
}

export const ecuapassQueueFiltersSchema = z.object({
  estado: z.preprocess(firstValue, z.enum([...REQUEST_STATUSES, "todas"]).catch("pendiente_aprobacion")).default("pendiente_aprobacion"),
  tipo: z.preprocess(firstValue, z.enum([...APPROVAL_TYPES, "todos"]).catch("todos")).default("todos"),
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

/** Searches the organization's RUC, the applicant's document number or ID.usuario. */
export function ecuapassSearchCondition(q: string): SQL | undefined {
  const text = q.trim();
  if (!text) return undefined;
  const digits = stripSeparators(text);
  return or(
    eq(ecuapassRegistrationRequests.orgRuc, digits),
    eq(ecuapassUsers.docNumber, digits.toUpperCase()),
    eq(ecuapassUsers.userIdKey, userIdKey(text)),
  );
}

/** The WHERE of SENAE's Ecuapass queue (the request joined with its account). */
export function ecuapassQueueConditions(filters: { estado: RequestStatus | "todas"; tipo: RegistrationType | "todos"; q: string }): SQL | undefined {
  return and(
    senaeDecidesCondition(),
    filters.estado === "todas" ? undefined : eq(ecuapassRegistrationRequests.status, filters.estado),
    filters.tipo === "todos" ? undefined : eq(ecuapassRegistrationRequests.type, filters.tipo),
    ecuapassSearchCondition(filters.q),
  );
}

/** One page of SENAE's Ecuapass requests, oldest first by default. */
export async function listEcuapassQueue(filters: EcuapassQueueFilters, pageSize = ECUAPASS_QUEUE_PAGE_SIZE) {
  const where = ecuapassQueueConditions(filters);
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
