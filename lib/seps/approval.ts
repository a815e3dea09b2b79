import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { createElement } from "react";
import { bumpSessionVersion } from "@/lib/auth/session-version";
import { now } from "@/lib/clock";
import { db, uniqueViolation, type Tx } from "@/lib/db";
import {
  linkTokens,
  organizations,
  sepsRequestRoles,
  sepsRequests,
  sepsRoleAssignments,
  sepsUsers,
  type SepsRequest,
  type SepsUser,
} from "@/lib/db/schema";
import { sendMail } from "@/lib/mail/send";
import SepsAccesoOtorgadoEmail from "@/lib/mail/templates/seps-acceso-otorgado";
import SepsAprobadaRepresentanteEmail from "@/lib/mail/templates/seps-aprobada-representante";
import SepsCorreoActualizadoEmail from "@/lib/mail/templates/seps-correo-actualizado";
import SepsRolDesactivadoEmail from "@/lib/mail/templates/seps-rol-desactivado";
import { recordAudit } from "@/lib/security/audit";
import { issueLinkToken } from "@/lib/security/link-tokens";
import { ACTIVATION_TTL_MS, afterCommit, sepsUrl, type Defer } from "./accounts";
import { alreadyDecidedMessage, type StaffActor } from "./review";
import { findRole, maskEmail } from "./roles";

/** Thrown inside the approval transaction to roll all of it back with a reason for the reviewer. */
class ApprovalRefused extends Error {}

export type ApprovalResult =
  | { ok: true; userId: string | null; userCreated: boolean; activationSent: boolean; granted: string[]; deactivated: string[] }
  | { ok: false; message: string };

type Granted = { roleCode: string; slot: number };
type Deactivated = { roleCode: string; userId: string; cedula: string; fullName: string; email: string };

/**
 * "Aprobar": one transaction that decides the request (only from en_revision, only once),
 * deactivates the holders the request asked to deactivate (ending their sessions) and, when it
 * asks for access, creates or reuses the SEPS user (username = cédula; the request's email, which
 * the organization vouched for, replaces an older one), assigns each requested role in a free slot
 * of "# Usuarios por entidad" — the partial unique index on slots is the arbiter under concurrency —
 * and, for a user without a password, issues the 72-hour activation link. A request that only
 * deactivates touches no account of its named person. Any refusal rolls back everything.
 * After the commit: "Acceso otorgado" to the user, a notice to the old address when the email
 * changed, "Rol desactivado" to each person who lost a role, and the approval to the legal
 * representative.
 */
export async function approveRequest(requestId: string, staff: StaffActor, defer: Defer = afterCommit): Promise<ApprovalResult> {
  let outcome: {
    request: SepsRequest;
    user: SepsUser | null;
    previousEmail: string | null;
    userCreated: boolean;
    token: string | null;
    granted: Granted[];
    deactivated: Deactivated[];
  };
  try {
    outcome = await db.transaction(async (tx) => {
      const at = now();
      const [request] = await tx
        .update(sepsRequests)
        .set({ status: "aprobada", decidedAt: at, decidedBy: staff.id, decisionReason: null, updatedAt: at })
        .where(and(eq(sepsRequests.id, requestId), eq(sepsRequests.status, "en_revision")))
        .returning();
      if (!request) throw new ApprovalRefused(await notDecidableMessage(tx, requestId));

      const rows = await tx.select().from(sepsRequestRoles).where(eq(sepsRequestRoles.requestId, requestId));
      // Approvals touching the same organization and role queue up here (in code order, so two
      // requests cannot deadlock), and each then sees the slots the previous one took. The
      // partial unique index on slots stays the arbiter should anything bypass this lock.
      for (const roleCode of [...new Set(rows.map((r) => r.roleCode))].sort()) {
        await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`seps-role:${request.organizationId}:${roleCode}`}, 0))`);
      }
      const grantsAccess = rows.some((r) => r.requestAccess);

      const deactivated: Deactivated[] = [];
      for (const row of rows.filter((r) => r.requestDeactivation)) {
        const cedula = row.deactivateCedula ?? request.userCedula;
        const holders = await tx
          .select({ id: sepsRoleAssignments.id, userId: sepsUsers.id, fullName: sepsUsers.fullName, email: sepsUsers.email })
          .from(sepsRoleAssignments)
          .innerJoin(sepsUsers, eq(sepsUsers.id, sepsRoleAssignments.userId))
          .where(
            and(
              eq(sepsRoleAssignments.organizationId, request.organizationId),
              eq(sepsRoleAssignments.roleCode, row.roleCode),
              eq(sepsRoleAssignments.status, "activa"),
              eq(sepsUsers.cedula, cedula),
            ),
          );
        for (const holder of holders) {
          await tx
            .update(sepsRoleAssignments)
            .set({ status: "desactivada", deactivatedAt: at, deactivatedByRequestId: request.id })
            .where(and(eq(sepsRoleAssignments.id, holder.id), eq(sepsRoleAssignments.status, "activa")));
          // The role leaves the holder's access at once: their live sessions end at the next request.
          await bumpSessionVersion("seps", holder.userId, tx);
          deactivated.push({ roleCode: row.roleCode, userId: holder.userId, cedula, fullName: holder.fullName, email: holder.email });
        }
      }

      const granted: Granted[] = [];
      let user: SepsUser | null = null;
      let previousEmail: string | null = null;
      let created = false;
      let token: string | null = null;
      if (grantsAccess) {
        ({ user, created, previousEmail } = await findOrCreateUser(tx, request));
        for (const row of rows.filter((r) => r.requestAccess)) {
          const slot = await assignRole(tx, request, user.id, row.roleCode);
          if (slot !== null) granted.push({ roleCode: row.roleCode, slot });
        }
        token = user.passwordHash ? null : await issueLinkToken(tx, "seps_activation", user.id, ACTIVATION_TTL_MS);
      }
      await recordAudit(
        {
          actor: { kind: "staff", id: staff.id, label: staff.label },
          action: "seps.solicitud.aprobada",
          subjectType: "seps_request",
          subjectId: request.id,
          details: {
            numero: request.number,
            usuario: user?.cedula ?? null,
            usuarioCreado: created,
            correoActualizado: previousEmail !== null,
            rolesAsignados: granted.map((g) => g.roleCode),
            desactivados: deactivated.map((d) => ({ rol: d.roleCode, cedula: d.cedula })),
            enlaceActivacion: token !== null,
          },
        },
        tx,
      );
      return { request, user, previousEmail, userCreated: created, token, granted, deactivated };
    });
  } catch (error) {
    if (error instanceof ApprovalRefused) return { ok: false, message: error.message };
    const constraint = uniqueViolation(error);
    if (constraint === "seps_role_assignments_slot_uq" || constraint === "seps_role_assignments_holder_uq") {
      return { ok: false, message: SLOT_TAKEN_MESSAGE };
    }
    throw error;
  }

  const { request, user, token, granted, previousEmail, deactivated } = outcome;
  const roleName = (code: string) => findRole(code)?.name ?? code;
  if (user && (granted.length > 0 || token)) {
    const roles = granted.map(({ roleCode: code }) => {
      const role = findRole(code);
      return { name: role?.name ?? code, systems: role?.description ?? "" };
    });
    defer(() =>
      sendMail({
        to: user.email,
        subject: `Acceso otorgado — Solicitud ${request.number}`,
        react: createElement(SepsAccesoOtorgadoEmail, {
          fullName: user.fullName,
          requestNumber: request.number,
          organization: request.orgRazonSocial,
          roles,
          activationUrl: token ? sepsUrl(`/seps/activar/${token}`) : undefined,
          validHours: ACTIVATION_TTL_MS / 3_600_000,
          signInUrl: sepsUrl("/seps/ingresar"),
        }),
        idempotencyKey: `seps-acceso-otorgado:${request.id}`,
      }),
    );
  }
  if (user && previousEmail) {
    defer(() =>
      sendMail({
        to: previousEmail,
        subject: "Su correo registrado en la SEPS cambió",
        react: createElement(SepsCorreoActualizadoEmail, {
          fullName: user.fullName,
          requestNumber: request.number,
          organization: request.orgRazonSocial,
          maskedNewEmail: maskEmail(user.email),
        }),
        idempotencyKey: `seps-correo-actualizado:${request.id}`,
      }),
    );
  }
  // One notice per person who lost a role, unless the same approval gave it back to them.
  const losers = new Map<string, Deactivated[]>();
  for (const d of deactivated) {
    if (user && d.userId === user.id && granted.some((g) => g.roleCode === d.roleCode)) continue;
    losers.set(d.userId, [...(losers.get(d.userId) ?? []), d]);
  }
  for (const [userId, lost] of losers) {
    defer(() =>
      sendMail({
        to: lost[0]!.email,
        subject: `Rol desactivado — ${request.orgRazonSocial}`,
        react: createElement(SepsRolDesactivadoEmail, {
          fullName: lost[0]!.fullName,
          requestNumber: request.number,
          organization: request.orgRazonSocial,
          roles: lost.map((d) => roleName(d.roleCode)),
        }),
        idempotencyKey: `seps-rol-desactivado:${request.id}:${userId}`,
      }),
    );
  }
  if (!user || request.legalRepEmail.toLowerCase() !== user.email.toLowerCase()) {
    defer(() =>
      sendMail({
        to: request.legalRepEmail,
        subject: `Solicitud ${request.number} aprobada`,
        react: createElement(SepsAprobadaRepresentanteEmail, {
          fullName: request.legalRepName,
          requestNumber: request.number,
          organization: request.orgRazonSocial,
          userName: request.userName,
          granted: granted.map((g) => roleName(g.roleCode)),
          deactivated: deactivated.map((d) => `${roleName(d.roleCode)} — ${d.fullName}`),
        }),
        idempotencyKey: `seps-aprobada-representante:${request.id}`,
      }),
    );
  }
  return {
    ok: true,
    userId: user?.id ?? null,
    userCreated: outcome.userCreated,
    activationSent: token !== null,
    granted: granted.map((g) => g.roleCode),
    deactivated: outcome.deactivated.map((d) => d.userId),
  };
}

export const SLOT_TAKEN_MESSAGE =
  "No se pudo aprobar: otro usuario ocupó el cupo del rol en esta organización mientras se aprobaba. No se realizó ningún cambio; revise los titulares actuales.";

async function notDecidableMessage(tx: Tx, requestId: string): Promise<string> {
  const [current] = await tx.select({ status: sepsRequests.status }).from(sepsRequests).where(eq(sepsRequests.id, requestId));
  if (!current) return "La solicitud no existe.";
  return alreadyDecidedMessage(current.status);
}

/**
 * The user whose username is the request's cédula; created on their first approval. An existing
 * user takes the request's email (the address the organization vouched for); the old one is returned
 * so that it can be told.
 */
async function findOrCreateUser(tx: Tx, request: SepsRequest): Promise<{ user: SepsUser; created: boolean; previousEmail: string | null }> {
  const [inserted] = await tx
    .insert(sepsUsers)
    .values({ cedula: request.userCedula, fullName: request.userName, email: request.userEmail })
    .onConflictDoNothing({ target: sepsUsers.cedula })
    .returning();
  if (inserted) return { user: inserted, created: true, previousEmail: null };
  const [existing] = await tx.select().from(sepsUsers).where(eq(sepsUsers.cedula, request.userCedula)).for("update").limit(1);
  if (!existing) throw new ApprovalRefused("No se pudo registrar al usuario. Intente nuevamente.");
  const emailChanged = existing.email.toLowerCase() !== request.userEmail.toLowerCase();
  if (existing.status !== "desactivado" && !emailChanged) return { user: existing, created: false, previousEmail: null };
  const [updated] = await tx
    .update(sepsUsers)
    .set({
      email: request.userEmail,
      // A deactivated account comes back with this approval; without a password it needs activating.
      ...(existing.status === "desactivado" ? { status: existing.passwordHash ? ("activo" as const) : ("pendiente_activacion" as const) } : {}),
      updatedAt: now(),
    })
    .where(eq(sepsUsers.id, existing.id))
    .returning();
  if (emailChanged) {
    // A reset link mailed to the old address must not outlive the change.
    await tx
      .update(linkTokens)
      .set({ revokedAt: now() })
      .where(and(eq(linkTokens.purpose, "seps_reset"), eq(linkTokens.subjectId, existing.id), isNull(linkTokens.usedAt), isNull(linkTokens.revokedAt)));
  }
  return { user: updated!, created: false, previousEmail: emailChanged ? existing.email : null };
}

/**
 * Takes the lowest free slot 1..max of the role in the organization. Returns null when the user
 * already holds the role there. No free slot → refusal; a slot taken by a concurrent approval
 * surfaces as a unique violation of seps_role_assignments_slot_uq (mapped by the caller).
 */
async function assignRole(tx: Tx, request: SepsRequest, userId: string, roleCode: string): Promise<number | null> {
  const role = findRole(roleCode);
  if (!role || role.sector !== request.sector) {
    throw new ApprovalRefused(`No se pudo aprobar: el rol «${roleCode}» no existe para el sector de la solicitud.`);
  }
  const active = await tx
    .select({ userId: sepsRoleAssignments.userId, slot: sepsRoleAssignments.slot })
    .from(sepsRoleAssignments)
    .where(
      and(
        eq(sepsRoleAssignments.organizationId, request.organizationId),
        eq(sepsRoleAssignments.roleCode, roleCode),
        eq(sepsRoleAssignments.status, "activa"),
      ),
    );
  if (active.some((a) => a.userId === userId)) return null;
  const taken = new Set(active.map((a) => a.slot));
  let slot = 0;
  for (let candidate = 1; candidate <= role.maxPerOrganization; candidate++) {
    if (!taken.has(candidate)) {
      slot = candidate;
      break;
    }
  }
  if (slot === 0) {
    const [org] = await tx.select({ name: organizations.razonSocial }).from(organizations).where(eq(organizations.id, request.organizationId));
    throw new ApprovalRefused(
      `No se pudo aprobar: el ${role.name} de ${org?.name ?? "la organización"} ya tiene ${active.length} ${
        active.length === 1 ? "usuario activo" : "usuarios activos"
      } (máximo ${role.maxPerOrganization} por entidad) y la solicitud no desactiva a ninguno. No se realizó ningún cambio.`,
    );
  }
  await tx.insert(sepsRoleAssignments).values({
    userId,
    organizationId: request.organizationId,
    roleCode,
    slot,
    maxPerOrganization: role.maxPerOrganization,
    requestId: request.id,
  });
  return slot;
}
