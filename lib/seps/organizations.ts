import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { organizations, sepsRequests, type Organization } from "@/lib/db/schema";
import { recordAudit, type AuditActor } from "@/lib/security/audit";
import { roleOccupancy, type RoleHolder } from "./catastro";
import type { OrganizationContactInput } from "./organization-schema";
import { SEPS_ROLES } from "./roles";

export type OrganizationRoleRow = { roleCode: string; name: string; max: number; holders: RoleHolder[] };

export type OrganizationDetail = {
  organization: Organization;
  roles: OrganizationRoleRow[];
  requests: { id: string; number: string; status: string; userName: string; userCedula: string; createdAt: Date }[];
};

/** One organization for /admin/catastro/ID: its data, every role of its sector with the holders, its requests. */
export async function getOrganizationDetail(id: string): Promise<OrganizationDetail | null> {
  const [organization] = await db.select().from(organizations).where(eq(organizations.id, id)).limit(1);
  if (!organization) return null;
  const [occupancy, requests] = await Promise.all([
    roleOccupancy(id),
    db
      .select({
        id: sepsRequests.id,
        number: sepsRequests.number,
        status: sepsRequests.status,
        userName: sepsRequests.userName,
        userCedula: sepsRequests.userCedula,
        createdAt: sepsRequests.createdAt,
      })
      .from(sepsRequests)
      .where(eq(sepsRequests.organizationId, id))
      .orderBy(desc(sepsRequests.createdAt))
      .limit(200),
  ]);
  const roles = SEPS_ROLES.filter((r) => r.sector === organization.sector).map((role) => ({
    roleCode: role.code,
    name: role.name,
    max: role.maxPerOrganization,
    holders: occupancy.get(role.code)?.holders ?? [],
  }));
  return { organization, roles, requests };
}

const CONTACT_FIELDS = ["email", "legalRepCedula", "legalRepName", "legalRepEmail"] as const;

/** Edits the contact data; the audit keeps each changed field's old and new value. */
export async function updateOrganizationContact(input: OrganizationContactInput, actor: AuditActor): Promise<{ ok: true; changed: number } | { ok: false; message: string }> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(organizations).where(eq(organizations.id, input.organizationId)).for("update");
    if (!current) return { ok: false as const, message: "La organización no existe." };
    const changes = Object.fromEntries(
      CONTACT_FIELDS.filter((f) => current[f] !== input[f]).map((f) => [f, { antes: current[f], despues: input[f] }]),
    );
    const changed = Object.keys(changes).length;
    if (changed === 0) return { ok: true as const, changed };
    await tx
      .update(organizations)
      .set({ email: input.email, legalRepCedula: input.legalRepCedula, legalRepName: input.legalRepName, legalRepEmail: input.legalRepEmail, updatedAt: now() })
      .where(and(eq(organizations.id, input.organizationId)));
    await recordAudit({ actor, action: "catastro.organizacion_editada", subjectType: "organization", subjectId: current.id, details: { ruc: current.ruc, cambios: changes } }, tx);
    return { ok: true as const, changed };
  });
}
