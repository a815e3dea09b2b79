import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ecuapassRegistrationRequests, ecuapassUsers } from "@/lib/db/schema";
import { activeRepresentativeExists, hasActiveRepresentative, senaeDecides } from "./representatives";
import { uniqueUserId } from "./test-data";

async function account(status: "activo" | "pendiente_aprobacion" | "suspendido") {
  const userId = uniqueUserId();
  const doc = String(Math.floor(Math.random() * 1e9)).padStart(10, "0");
  const [row] = await db
    .insert(ecuapassUsers)
    .values({
      userId,
      userIdKey: userId.toLowerCase(),
      docType: "pasaporte",
      docNumber: `P${doc}`,
      fullName: "Persona de Prueba",
      passwordHash: "x",
      countryCode: "EC",
      address: "Av. Amazonas N1-1",
      phone1: "022000000",
      mobileOperator: "CLARO",
      mobile: "0991234567",
      email: `${userId}@example.com`,
      emailKey: `${userId}@example.com`.toLowerCase(),
      senaeEmail: `${userId}@correo.aduana.gob.ec`,
      status,
    })
    .returning();
  return row!;
}

async function request(accountId: string, type: "representante_comercio_exterior" | "empleado", orgRuc: string, status: "aprobada" | "pendiente_aprobacion") {
  const [row] = await db
    .insert(ecuapassRegistrationRequests)
    .values({
      type,
      status,
      accountId,
      orgRuc,
      orgRucKind: "sociedad_privada",
      orgRazonSocial: "Empresa de Prueba S.A.",
      orgAddress: "Av. 9 de Octubre 100",
      orgPhone: "042000000",
      submittedAt: new Date(),
    })
    .returning();
  return row!;
}

const randomRuc = () => `17${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}001`;

describe("active representatives", () => {
  it("an employee's request goes to SENAE only while its company has no active representative", async () => {
    const ruc = randomRuc();
    const employee = await request((await account("pendiente_aprobacion")).id, "empleado", ruc, "pendiente_aprobacion");
    expect(await hasActiveRepresentative(ruc, "empleado")).toBe(false);
    expect(await senaeDecides(employee)).toBe(true);

    const rep = await account("activo");
    await request(rep.id, "representante_comercio_exterior", ruc, "aprobada");
    expect(await hasActiveRepresentative(ruc, "empleado")).toBe(true);
    expect(await senaeDecides(employee)).toBe(false);
    // Another company's representative does not count.
    expect(await hasActiveRepresentative(randomRuc(), "empleado")).toBe(false);

    // The last representative is suspended: back to SENAE.
    await db.update(ecuapassUsers).set({ status: "suspendido" }).where(eq(ecuapassUsers.id, rep.id));
    expect(await senaeDecides(employee)).toBe(true);

    const pending = await db
      .select({ id: ecuapassRegistrationRequests.id })
      .from(ecuapassRegistrationRequests)
      .where(activeRepresentativeExists(ecuapassRegistrationRequests.orgRuc, "representante_comercio_exterior"));
    expect(pending.map((r) => r.id)).not.toContain(employee.id);
  });

  it("a pending representative is not an active one", async () => {
    const ruc = randomRuc();
    await request((await account("pendiente_aprobacion")).id, "representante_comercio_exterior", ruc, "pendiente_aprobacion");
    expect(await hasActiveRepresentative(ruc, "empleado")).toBe(false);
    expect(await senaeDecides({ type: "representante_comercio_exterior", orgRuc: ruc })).toBe(true);
  });
});
