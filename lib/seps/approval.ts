import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { createElement } from "react";
import { bumpSessionVersion } from "@/lib/auth/session-version";
import { now } from "@/lib/clock";
import { db, uniqueViolation, type Tx } from "@/lib/db";
import {
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
import { recordAudit } from "@/lib/security/audit";
import { issueLinkToken } from "@/lib/security/link-tokens";
import { ACTIVATION_TTL_MS, sepsUrl, type Defer } from "./accounts";
import { alreadyDecidedMessage, type StaffActor } from "./review";
import { findRole } from "./roles";

/** Thrown inside the approval transaction to roll all of it back with a reason for the reviewer. */
class ApprovalRefused extends Error {}

export type ApprovalResult =
  | { ok: true; userId: string; userCreated: boolean; activationSent: boolean; granted: string[]; deactivated: string[] }
  | { ok: false; message: string };

type Granted = { roleCode: string; slot: number };
type Deactivated = { roleCode: string; userId: string; cedula: string };

/**
 * "Aprobar": one transaction that decides the request (only from en_revision, only once),
 * creates or reuses the SEPS user (username = cédula), deactivates the holders the request asked
 * to deactivate (ending their sessions), assigns each requested role in a free slot of "# Usuarios
 * por entidad" — the partial unique index on slots is the arbiter under concurrency — and, for a
 * user without a password, issues the 72-hour activation link. Any refusal rolls back everything.
 * The "Acceso otorgado" email goes out after the commit.
 */
export async function approveRequest(requestId: string, staff: StaffActor, defer: Defer = (task) => void task()): Promise<ApprovalResult> {
  let outcome: {
    request: SepsRequest;
    user: SepsUser;
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
      const { user, created } = await findOrCreateUser(tx, request);

      const deactivated: Deactivated[] = [];
      for (const row of rows.filter((r) => r.requestDeactivation)) {
        const cedula = row.deactivateCedula ?? request.userCedula;
        const holders = await tx
          .select({ id: sepsRoleAssignments.id, userId: sepsUsers.id })
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
          deactivated.push({ roleCode: row.roleCode, userId: holder.userId, cedula });
        }
      }

      const granted: Granted[] = [];
      for (const row of rows.filter((r) => r.requestAccess)) {
        const slot = await assignRole(tx, request, user.id, row.roleCode);
        if (slot !== null) granted.push({ roleCode: row.roleCode, slot });
      }

      const token = user.passwordHash ? null : await issueLinkToken(tx, "seps_activation", user.id, ACTIVATION_TTL_MS);
      await recordAudit(
        {
          actor: { kind: "staff", id: staff.id, label: staff.label },
          action: "seps.solicitud.aprobada",
          subjectType: "seps_request",
          subjectId: request.id,
          details: {
            numero: request.number,
            usuario: user.cedula,
            usuarioCreado: created,
            rolesAsignados: granted.map((g) => g.roleCode),
            desactivados: deactivated.map((d) => ({ rol: d.roleCode, cedula: d.cedula })),
            enlaceActivacion: token !== null,
          },
        },
        tx,
      );
      return { request, user, userCreated: created, token, granted, deactivated };
    });
  } catch (error) {
    if (error instanceof ApprovalRefused) return { ok: false, message: error.message };
    const constraint = uniqueViolation(error);
    if (constraint === "seps_role_assignments_slot_uq" || constraint === "seps_role_assignments_holder_uq") {
      return { ok: false, message: SLOT_TAKEN_MESSAGE };
    }
    throw error;
  }

  const { request, user, token, granted } = outcome;
  if (granted.length > 0 || token) {
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
  return {
    ok: true,
    userId: user.id,
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

/** The user whose username is the request's cédula; created on their first approval. */
async function findOrCreateUser(tx: Tx, request: SepsRequest): Promise<{ user: SepsUser; created: boolean }> {
  const [inserted] = await tx
    .insert(sepsUsers)
    .values({ cedula: request.userCedula, fullName: request.userName, email: request.userEmail })
    .onConflictDoNothing({ target: sepsUsers.cedula })
    .returning();
  if (inserted) return { user: inserted, created: true };
  const [existing] = await tx.select().from(sepsUsers).where(eq(sepsUsers.cedula, request.userCedula)).limit(1);
  if (!existing) throw new ApprovalRefused("No se pudo registrar al usuario. Intente nuevamente.");
  if (existing.status === "desactivado") {
    // A deactivated account comes back with this approval; without a password it needs activating.
    const [revived] = await tx
      .update(sepsUsers)
      .set({ status: existing.passwordHash ? "activo" : "pendiente_activacion", updatedAt: now() })
      .where(eq(sepsUsers.id, existing.id))
      .returning();
    return { user: revived!, created: false };
  }
  return { user: existing, created: false };
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
