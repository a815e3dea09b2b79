import "server-only";
import { formatDate } from "@/lib/format/dates";
import { and, eq, inArray, isNotNull, isNull, lte } from "drizzle-orm";
import { createElement } from "react";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { sepsRequests, type SepsRequest } from "@/lib/db/schema";
import { checkCedula } from "@/lib/identity/documents";
import { sendMail } from "@/lib/mail/send";
import SepsCaducidadAvisoEmail from "@/lib/mail/templates/seps-caducidad-aviso";
import SepsEnlaceSolicitudEmail from "@/lib/mail/templates/seps-enlace-solicitud";
import SepsSolicitudCerradaEmail from "@/lib/mail/templates/seps-solicitud-cerrada";
import { recordAudit } from "@/lib/security/audit";
import { consumeLimit, tooManyAttemptsMessage } from "@/lib/security/rate-limit";
import { hashToken, isLinkTokenShape, newLinkToken } from "@/lib/security/tokens";
import { sepsUrl } from "./accounts";
import { requestLink } from "./requests";
import { maskEmail } from "./roles";
import { STATUS_LABEL, type RequestStatus } from "./status";

// A request's life outside the reviewers' decisions: the applicant withdraws it, it expires after
// 30 days without documents, and whoever lost its private link finds it again by number and cédula.

const DAY_MS = 24 * 3_600_000;
/** "pendiente de documentos" for this long → caducada. */
export const EXPIRY_DAYS = 30;
/** The warning goes out this long before. */
export const EXPIRY_WARNING_DAYS = 7;

/** Not decided yet: the applicant may still withdraw it. */
export const WITHDRAWABLE: readonly RequestStatus[] = ["pendiente_documentos", "correccion_solicitada", "en_revision"];

type Recipient = { to: string; fullName: string };

/** The user of the key and the legal representative, once each. */
function applicantRecipients(request: SepsRequest): Recipient[] {
  const all = [
    { to: request.userEmail, fullName: request.userName },
    { to: request.legalRepEmail, fullName: request.legalRepName },
  ];
  return all.filter((r, i) => all.findIndex((o) => o.to.toLowerCase() === r.to.toLowerCase()) === i);
}

async function mailClosed(request: SepsRequest, reason: "retirada" | "caducada") {
  for (const r of applicantRecipients(request)) {
    try {
      await sendMail({
        to: r.to,
        subject: `Solicitud ${request.number} ${reason}`,
        react: createElement(SepsSolicitudCerradaEmail, {
          fullName: r.fullName,
          requestNumber: request.number,
          organization: request.orgRazonSocial,
          reason,
          newRequestUrl: sepsUrl("/seps/solicitud"),
        }),
        idempotencyKey: `seps-solicitud-${reason}:${request.id}:${r.to.toLowerCase()}`,
      });
    } catch (error) {
      console.error("[seps] could not queue the closing email", error);
    }
  }
}

// ------------------------------------------------------------------ withdrawal

export type WithdrawResult = { ok: true; number: string } | { ok: false; message: string; notFound?: boolean };

/**
 * "Retirar la solicitud", by whoever holds the private link, while no decision exists. One
 * conditional UPDATE: a reviewer deciding at the same moment and the withdrawal cannot both win.
 */
export async function withdrawSepsRequest(input: { token: string; ip: string }): Promise<WithdrawResult> {
  if (!isLinkTokenShape(input.token)) return { ok: false, message: "Solicitud no encontrada.", notFound: true };
  const result = await db.transaction(async (tx) => {
    const at = now();
    const [request] = await tx
      .update(sepsRequests)
      .set({ status: "retirada", closedAt: at, updatedAt: at })
      .where(and(eq(sepsRequests.accessTokenHash, hashToken(input.token)), inArray(sepsRequests.status, [...WITHDRAWABLE])))
      .returning();
    if (!request) {
      const [current] = await tx
        .select({ status: sepsRequests.status })
        .from(sepsRequests)
        .where(eq(sepsRequests.accessTokenHash, hashToken(input.token)))
        .limit(1);
      if (!current) return { ok: false as const, message: "Solicitud no encontrada.", notFound: true };
      return {
        ok: false as const,
        message: `La solicitud está «${STATUS_LABEL[current.status]}»: ya no se puede retirar.`,
      };
    }
    await recordAudit(
      {
        actor: { kind: "anonimo", label: request.userCedula },
        action: "seps.solicitud.retirada",
        subjectType: "seps_request",
        subjectId: request.id,
        details: { numero: request.number, ip: input.ip },
      },
      tx,
    );
    return { ok: true as const, request };
  });
  if (!result.ok) return result;
  await mailClosed(result.request, "retirada");
  return { ok: true, number: result.request.number };
}

// ------------------------------------------------------------------ expiry (cron)


/** When a request left in pendiente_documentos expires: 30 days after it was saved, and never less than a week after its warning. */
export function expiresAt(request: Pick<SepsRequest, "createdAt" | "expiryWarnedAt">): Date {
  const byAge = request.createdAt.getTime() + EXPIRY_DAYS * DAY_MS;
  const byWarning = request.expiryWarnedAt ? request.expiryWarnedAt.getTime() + EXPIRY_WARNING_DAYS * DAY_MS : 0;
  return new Date(Math.max(byAge, byWarning));
}

/**
 * The daily job (/api/cron/solicitudes): warns the requests 23 days in "pendiente de documentos"
 * (each once: the conditional UPDATE claims it), and closes as "caducada" those 30 days old whose
 * warning went out at least a week ago, so that nobody loses a request without a week's notice
 * even when the job did not run for a while. Emails after each commit.
 */
export async function runRequestExpiry(limit = 200): Promise<{ warned: number; expired: number }> {
  const at = now();
  const warnBefore = new Date(at.getTime() - (EXPIRY_DAYS - EXPIRY_WARNING_DAYS) * DAY_MS);
  const warned = await db
    .update(sepsRequests)
    .set({ expiryWarnedAt: at })
    .where(
      and(
        inArray(
          sepsRequests.id,
          db
            .select({ id: sepsRequests.id })
            .from(sepsRequests)
            .where(
              and(
                eq(sepsRequests.status, "pendiente_documentos"),
                isNull(sepsRequests.expiryWarnedAt),
                lte(sepsRequests.createdAt, warnBefore),
              ),
            )
            .limit(limit),
        ),
        isNull(sepsRequests.expiryWarnedAt),
      ),
    )
    .returning();
  for (const request of warned) {
    for (const r of applicantRecipients(request)) {
      try {
        await sendMail({
          to: r.to,
          subject: `Solicitud ${request.number}: caduca el ${formatDate(expiresAt(request))}`,
          react: createElement(SepsCaducidadAvisoEmail, {
            fullName: r.fullName,
            requestNumber: request.number,
            organization: request.orgRazonSocial,
            expiresOn: formatDate(expiresAt(request)),
            lookupUrl: sepsUrl("/seps/consulta"),
          }),
          idempotencyKey: `seps-caducidad-aviso:${request.id}:${r.to.toLowerCase()}`,
        });
      } catch (error) {
        console.error("[seps] could not queue the expiry warning", error);
      }
    }
  }

  const expireBefore = new Date(at.getTime() - EXPIRY_DAYS * DAY_MS);
  const warnedBefore = new Date(at.getTime() - EXPIRY_WARNING_DAYS * DAY_MS);
  const expired = await db.transaction(async (tx) => {
    const rows = await tx
      .update(sepsRequests)
      .set({ status: "caducada", closedAt: at, updatedAt: at })
      .where(
        and(
          inArray(
            sepsRequests.id,
            tx
              .select({ id: sepsRequests.id })
              .from(sepsRequests)
              .where(
                and(
                  eq(sepsRequests.status, "pendiente_documentos"),
                  lte(sepsRequests.createdAt, expireBefore),
                  isNotNull(sepsRequests.expiryWarnedAt),
                  lte(sepsRequests.expiryWarnedAt, warnedBefore),
                ),
              )
              .limit(limit),
          ),
          // Checked again on the row itself: a remission that commits first keeps its request.
          eq(sepsRequests.status, "pendiente_documentos"),
        ),
      )
      .returning();
    for (const request of rows) {
      await recordAudit(
        {
          actor: { kind: "sistema", label: "caducidad" },
          action: "seps.solicitud.caducada",
          subjectType: "seps_request",
          subjectId: request.id,
          details: { numero: request.number, dias: EXPIRY_DAYS },
        },
        tx,
      );
    }
    return rows;
  });
  for (const request of expired) await mailClosed(request, "caducada");
  return { warned: warned.length, expired: expired.length };
}

// ------------------------------------------------------------------ /seps/consulta

export type StatusLookup = {
  number: string;
  status: RequestStatus;
  organization: string;
  createdAt: Date;
  submittedAt: Date | null;
  decidedAt: Date | null;
  closedAt: Date | null;
  /** Where the private link would go ("r***@dominio.ec"). */
  maskedEmail: string;
};

export type StatusLookupResult = { ok: true; request: StatusLookup } | { ok: false; message: string; limited?: boolean };

/** One answer for a wrong number, a wrong cédula or both: the form does not tell which exists. */
export const LOOKUP_MISS = "No encontramos una solicitud con ese número y esa cédula. Revise los datos e intente nuevamente.";

export function normalizeRequestNumber(raw: string): string {
  return raw.trim().toUpperCase().replace(/\s+/g, "");
}

async function findByNumberAndCedula(number: string, cedula: string): Promise<SepsRequest | null> {
  const checked = checkCedula(cedula);
  const [row] = await db
    .select()
    .from(sepsRequests)
    .where(
      and(
        eq(sepsRequests.number, normalizeRequestNumber(number)),
        // A malformed cédula still costs the same query, so a miss takes the same time either way.
        eq(sepsRequests.userCedula, checked.ok ? checked.value : "-"),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Status by request number and the key user's cédula; rate limited per client address. */
export async function lookupRequestStatus(input: { number: string; cedula: string; ip: string }): Promise<StatusLookupResult> {
  const limit = await consumeLimit("statusLookupPerIp", input.ip);
  if (!limit.ok) return { ok: false, limited: true, message: tooManyAttemptsMessage(limit.retryAfterSeconds) };
  const request = await findByNumberAndCedula(input.number, input.cedula);
  if (!request) return { ok: false, message: LOOKUP_MISS };
  return {
    ok: true,
    request: {
      number: request.number,
      status: request.status,
      organization: request.orgRazonSocial,
      createdAt: request.createdAt,
      submittedAt: request.submittedAt,
      decidedAt: request.decidedAt,
      closedAt: request.closedAt,
      maskedEmail: maskEmail(request.userEmail),
    },
  };
}

export type ResendResult = { ok: true; maskedEmail: string } | { ok: false; message: string };

/**
 * Emails the private link again, only to the request's user email, after checking the number and
 * cédula once more. The link token is rotated (the old link stops working): only its hash is
 * stored, so the old one cannot be resent, and a link someone else may hold is cut off.
 */
export async function resendRequestLink(input: { number: string; cedula: string; ip: string }): Promise<ResendResult> {
  const ipLimit = await consumeLimit("statusLookupPerIp", input.ip);
  if (!ipLimit.ok) return { ok: false, message: tooManyAttemptsMessage(ipLimit.retryAfterSeconds) };
  const found = await findByNumberAndCedula(input.number, input.cedula);
  if (!found) return { ok: false, message: LOOKUP_MISS };
  const perRequest = await consumeLimit("linkResendPerRequest", found.id);
  if (!perRequest.ok) return { ok: false, message: tooManyAttemptsMessage(perRequest.retryAfterSeconds) };
  const token = newLinkToken();
  const request = await db.transaction(async (tx) => {
    const at = now();
    const [row] = await tx
      .update(sepsRequests)
      .set({ accessTokenHash: hashToken(token), updatedAt: at })
      .where(eq(sepsRequests.id, found.id))
      .returning();
    await recordAudit(
      {
        actor: { kind: "anonimo", label: found.userCedula },
        action: "seps.solicitud.enlace_reenviado",
        subjectType: "seps_request",
        subjectId: found.id,
        details: { numero: found.number, ip: input.ip },
      },
      tx,
    );
    return row!;
  });
  await sendMail({
    to: request.userEmail,
    subject: `Nuevo enlace de la solicitud ${request.number}`,
    react: createElement(SepsEnlaceSolicitudEmail, {
      fullName: request.userName,
      requestNumber: request.number,
      organization: request.orgRazonSocial,
      link: requestLink(token),
    }),
  });
  return { ok: true, maskedEmail: maskEmail(request.userEmail) };
}
