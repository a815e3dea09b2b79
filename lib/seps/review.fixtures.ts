// Test data for the review side (Vitest, and the e2e hook /api/test/seps/solicitud): organizations
// and requests inserted directly, already "En revisión", so each test starts where the reviewer does.
import { eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/lib/db";
import { organizations, sepsRequestRoles, sepsRequests, sepsRoleAssignments, sepsUsers } from "@/lib/db/schema";
import { hashToken, newLinkToken } from "@/lib/security/tokens";
import { randomCedula, uniqueEmail, uniqueSuffix } from "@/test/factories";
import { findRole, type Sector } from "./roles";
import { randomRuc } from "./testing";

function randomDigits(n: number): string {
  return Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");
}

export async function createOrganization(sector: Sector = "no_financiera") {
  const [org] = await db
    .insert(organizations)
    .values({
      ruc: randomRuc(),
      razonSocial: `Asociación de Prueba ${uniqueSuffix()}`,
      sector,
      segmentoNivel: sector === "financiera" ? "Segmento 3" : "Nivel 1",
      email: uniqueEmail("org"),
      legalRepCedula: randomCedula(),
      legalRepName: "Representante de Prueba",
      legalRepEmail: uniqueEmail("rep"),
    })
    .returning();
  return org!;
}

type RoleRow = { roleCode: string; requestAccess?: boolean; requestDeactivation?: boolean; deactivateCedula?: string | null };

export async function createRequestInReview(options: {
  organization: Awaited<ReturnType<typeof createOrganization>>;
  roles: RoleRow[];
  userCedula?: string;
  userName?: string;
  userEmail?: string;
  status?: (typeof sepsRequests.$inferInsert)["status"];
  submittedAt?: Date | null;
  /** The private link's token, when the test needs to open it. */
  accessToken?: string;
}, executor: DbOrTx = db) {
  const org = options.organization;
  const [request] = await executor
    .insert(sepsRequests)
    .values({
      // The real shape (SEPS-YYYY-NNNNNN, /seps/consulta checks it); year 9xxx never meets the sequence's numbers.
      number: `SEPS-9${randomDigits(3)}-${randomDigits(6)}`,
      sector: org.sector,
      status: options.status ?? "en_revision",
      accessTokenHash: hashToken(options.accessToken ?? newLinkToken()),
      organizationId: org.id,
      userCedula: options.userCedula ?? randomCedula(),
      userName: options.userName ?? "Usuaria de Prueba",
      userEmail: options.userEmail ?? uniqueEmail("usuario"),
      userIsEmployee: true,
      userPosition: "Contadora",
      orgRuc: org.ruc,
      orgRazonSocial: org.razonSocial,
      orgEmail: org.email,
      orgSegmentoNivel: org.segmentoNivel,
      legalRepCedula: org.legalRepCedula,
      legalRepName: org.legalRepName,
      legalRepEmail: org.legalRepEmail,
      privacyNoticeVersion: "test",
      privacyNoticeHash: "0".repeat(64),
      submittedAt: options.submittedAt === undefined ? new Date() : options.submittedAt,
    })
    .returning();
  await executor.insert(sepsRequestRoles).values(
    options.roles.map((r) => ({
      requestId: request!.id,
      roleCode: r.roleCode,
      requestAccess: r.requestAccess ?? true,
      requestDeactivation: r.requestDeactivation ?? false,
      deactivateCedula: r.deactivateCedula ?? null,
    })),
  );
  return request!;
}

/** A user who already holds a role in the organization (active, with a password). */
export async function createHolder(organizationId: string, roleCode: string, slot = 1) {
  const [user] = await db
    .insert(sepsUsers)
    .values({ cedula: randomCedula(), fullName: "Titular Anterior", email: uniqueEmail("titular"), passwordHash: "x", status: "activo" })
    .returning();
  await db.insert(sepsRoleAssignments).values({
    userId: user!.id,
    organizationId,
    roleCode,
    slot,
    maxPerOrganization: findRole(roleCode)!.maxPerOrganization,
  });
  return user!;
}

export async function userByCedula(cedula: string) {
  const [user] = await db.select().from(sepsUsers).where(eq(sepsUsers.cedula, cedula));
  return user ?? null;
}
