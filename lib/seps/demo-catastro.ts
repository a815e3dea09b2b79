import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { sepsRoleAssignments, sepsUsers } from "@/lib/db/schema";
import { findOrganizationByRuc, upsertOrganizations } from "./catastro";
import type { CatastroRow } from "./catastro-csv";
import { findRole } from "./roles";

// A realistic demo catastro (invented organizations with valid RUCs and cédulas), both sectors.

export const DEMO_ORGANIZATIONS: readonly CatastroRow[] = [
  // Sector financiero
  { ruc: "1799326066001", razonSocial: "Cooperativa de Ahorro y Crédito Andina Ltda.", sector: "financiera", segmentoNivel: "Segmento 1", email: "cumplimiento@coopandina.ec", legalRepCedula: "1728868686", legalRepName: "María Fernanda Salazar Ortiz", legalRepEmail: "gerencia@coopandina.ec" },
  { ruc: "0995838087001", razonSocial: "Cooperativa de Ahorro y Crédito Puerto Lindo Ltda.", sector: "financiera", segmentoNivel: "Segmento 2", email: "info@puertolindo.fin.ec", legalRepCedula: "0948240205", legalRepName: "Carlos Andrés Mendoza Villacís", legalRepEmail: "gerente@puertolindo.fin.ec" },
  { ruc: "0192479363001", razonSocial: "Cooperativa de Ahorro y Crédito Río Tomebamba Ltda.", sector: "financiera", segmentoNivel: "Segmento 3", email: "secretaria@riotomebamba.coop", legalRepCedula: "0104206685", legalRepName: "Luis Alberto Cárdenas Peña", legalRepEmail: "lcardenas@riotomebamba.coop" },
  { ruc: "1896383368001", razonSocial: "Cooperativa de Ahorro y Crédito Tungurahua Solidaria", sector: "financiera", segmentoNivel: "Segmento 4", email: "coop@tungurahuasolidaria.ec", legalRepCedula: "1706620620", legalRepName: "Rosa Elena Quishpe Chango", legalRepEmail: "rquishpe@tungurahuasolidaria.ec" },
  { ruc: "1191324168001", razonSocial: "Caja de Ahorro y Crédito Vilcabamba", sector: "financiera", segmentoNivel: "Segmento 5", email: "caja@vilcabamba.ec", legalRepCedula: "0124846486", legalRepName: "Jorge Patricio Jaramillo Ruiz", legalRepEmail: "jjaramillo@vilcabamba.ec" },
  { ruc: "1792647045001", razonSocial: "Asociación Mutualista de Ahorro y Crédito para la Vivienda Pichincha Sur", sector: "financiera", segmentoNivel: "Mutualista", email: "atencion@mutualistasur.ec", legalRepCedula: "1702644889", legalRepName: "Ana Lucía Benítez Rosero", legalRepEmail: "abenitez@mutualistasur.ec" },
  // Sector no financiero
  { ruc: "1395214086001", razonSocial: "Asociación de Producción Pesquera Manta Unida", sector: "no_financiera", segmentoNivel: "Nivel 1", email: "pesqueramanta@asociacion.ec", legalRepCedula: "0928644442", legalRepName: "Pedro José Zambrano Loor", legalRepEmail: "pzambrano@asociacion.ec" },
  { ruc: "0798661760001", razonSocial: "Cooperativa de Transporte Orenses del Pacífico", sector: "no_financiera", segmentoNivel: "Nivel 2", email: "transporte@orenses.ec", legalRepCedula: "0728660648", legalRepName: "Juan Carlos Pérez Aguilar", legalRepEmail: "jperez@orenses.ec" },
  { ruc: "1095975689001", razonSocial: "Asociación Agroartesanal Imbabura Textil", sector: "no_financiera", segmentoNivel: "Nivel 1", email: "textil@imbaburatextil.ec", legalRepCedula: "1726660200", legalRepName: "Luz María Cacuango Farinango", legalRepEmail: "lcacuango@imbaburatextil.ec" },
  { ruc: "0698590084001", razonSocial: "Cooperativa de Producción Agrícola Chimborazo Verde", sector: "no_financiera", segmentoNivel: "Nivel 3", email: "contacto@chimborazoverde.ec", legalRepCedula: "0144402005", legalRepName: "Segundo Manuel Guamán Yupa", legalRepEmail: "sguaman@chimborazoverde.ec" },
  { ruc: "0591169289001", razonSocial: "Asociación de Servicios de Limpieza Cotopaxi Limpio", sector: "no_financiera", segmentoNivel: "Nivel 1", email: "cotopaxilimpio@gmail.com", legalRepCedula: "0126882240", legalRepName: "Gladys Marlene Toapanta Chicaiza", legalRepEmail: "gtoapanta@gmail.com" },
  { ruc: "1298909444001", razonSocial: "Cooperativa de Vivienda Los Ríos Progresista", sector: "no_financiera", segmentoNivel: "Nivel 2", email: "vivienda@losriosprogresista.ec", legalRepCedula: "0140466269", legalRepName: "Héctor Fabián Moreira Bajaña", legalRepEmail: "hmoreira@losriosprogresista.ec" },
];

/** The organization whose non-financial legal-representative role is already held (demo of "Usuario a desactivar"). */
export const DEMO_FULL_ROLE = {
  ruc: "0798661760001",
  roleCode: "NF_REPRESENTANTE_LEGAL",
  holder: { cedula: "0902020866", fullName: "Julio Ernesto Palacios Romero", email: "jpalacios@orenses.ec" },
} as const;

/** Idempotent: upserts the demo catastro and the holder of the demo's full role. */
export async function seedDemoCatastro() {
  await db.transaction(async (tx) => {
    await upsertOrganizations(tx, DEMO_ORGANIZATIONS);
    const organization = await findOrganizationByRuc(DEMO_FULL_ROLE.ruc, tx);
    const role = findRole(DEMO_FULL_ROLE.roleCode)!;
    const [user] = await tx
      .insert(sepsUsers)
      .values({ ...DEMO_FULL_ROLE.holder, status: "activo" })
      .onConflictDoUpdate({ target: sepsUsers.cedula, set: { fullName: DEMO_FULL_ROLE.holder.fullName } })
      .returning();
    const [existing] = await tx
      .select({ id: sepsRoleAssignments.id })
      .from(sepsRoleAssignments)
      .where(
        and(
          eq(sepsRoleAssignments.organizationId, organization!.id),
          eq(sepsRoleAssignments.roleCode, role.code),
          eq(sepsRoleAssignments.status, "activa"),
        ),
      )
      .limit(1);
    if (!existing) {
      await tx.insert(sepsRoleAssignments).values({
        userId: user!.id,
        organizationId: organization!.id,
        roleCode: role.code,
        slot: 1,
        maxPerOrganization: role.maxPerOrganization,
      });
    }
  });
}
