import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ecuapassUsers } from "@/lib/db/schema";
import { randomCedula, uniqueEmail, uniqueSuffix } from "@/test/factories";
import { organizationSchema, RUC_KINDS_FOR } from "./organization-schema";
import { ecuapassQueueFiltersSchema, listEcuapassQueue } from "./queue";
import { insertRegistrationRequest } from "./registration-requests";
import { validForm } from "./test-data";

async function request(type: "representante_comercio_exterior" | "persona_discapacidad", ruc: string) {
  const suffix = uniqueSuffix();
  const email = uniqueEmail("cola");
  const organization = organizationSchema(RUC_KINDS_FOR.representante_comercio_exterior).parse({
    orgRuc: ruc,
    orgRazonSocial: "Exportadora del Pacífico S.A.",
    orgAddress: "Av. 9 de Octubre 100, Guayaquil",
    orgPhone: "042345678",
  });
  return db.transaction(async (tx) => {
    const [account] = await tx
      .insert(ecuapassUsers)
      .values({
        userId: `c${suffix}`,
        userIdKey: `c${suffix}`,
        docType: "cedula",
        docNumber: randomCedula(),
        fullName: "Ana Lucía Torres",
        passwordHash: "x",
        countryCode: "EC",
        address: "Av. 9 de Octubre 100",
        phone1: "042345678",
        mobileOperator: "CNT",
        mobile: "0981234567",
        email,
        emailKey: email,
        senaeEmail: `c${suffix}@correo.aduana.gob.ec`,
        status: "pendiente_aprobacion",
      })
      .returning();
    return insertRegistrationRequest(tx, { accountId: account!.id, accountLabel: account!.userId, type, organization });
  });
}

describe("SENAE's Ecuapass queue", () => {
  it("filters by type and state and finds a request by the organization's RUC", async () => {
    const ruc = "1790011674001";
    const rep = await request("representante_comercio_exterior", ruc);
    const filters = (q: Record<string, string>) => ecuapassQueueFiltersSchema.parse(q);

    const byRuc = await listEcuapassQueue(filters({ q: "179-001-1674-001", tipo: "representante_comercio_exterior" }), 1000);
    expect(byRuc.rows.map((r) => r.id)).toContain(rep.id);
    const otherType = await listEcuapassQueue(filters({ q: ruc, tipo: "persona_discapacidad" }), 1000);
    expect(otherType.rows.map((r) => r.id)).not.toContain(rep.id);
    const approved = await listEcuapassQueue(filters({ q: ruc, estado: "aprobada" }), 1000);
    expect(approved.rows.map((r) => r.id)).not.toContain(rep.id);
  });

  it("odd query strings fall back to the defaults; every type with an approval is a filter (employees reach SENAE without a representative)", () => {
    expect(ecuapassQueueFiltersSchema.parse({ estado: "x", tipo: "usuario_general", pagina: "-3" })).toMatchObject({
      estado: "pendiente_aprobacion",
      tipo: "todos",
      pagina: 1,
    });
    expect(ecuapassQueueFiltersSchema.parse({ tipo: "empleado" }).tipo).toBe("empleado");
  });
});
