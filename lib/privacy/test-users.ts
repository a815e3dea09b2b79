// Test helpers (Vitest only): accounts inserted directly.
import { db } from "@/lib/db";
import { ecuapassUsers } from "@/lib/db/schema";
import { randomCedula, uniqueEmail, uniqueSuffix } from "@/test/factories";

export async function insertEcuapassUser(overrides: Partial<typeof ecuapassUsers.$inferInsert> = {}) {
  const userId = `u${uniqueSuffix()}`;
  const email = uniqueEmail("ecuapass");
  const [user] = await db
    .insert(ecuapassUsers)
    .values({
      userId,
      userIdKey: userId,
      docType: "cedula",
      docNumber: randomCedula(),
      fullName: "María José Pérez Andrade",
      passwordHash: "x",
      countryCode: "EC",
      provinceCode: "17",
      cantonCode: "1701",
      address: "Av. Amazonas N34-451",
      phone1: "022345678",
      mobileOperator: "CLARO",
      mobile: "0991234567",
      email,
      emailKey: email,
      senaeEmail: `${userId}@senae.gob.ec`,
      ...overrides,
    })
    .returning();
  return user!;
}
