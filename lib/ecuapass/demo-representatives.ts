import "server-only";
import { eq } from "drizzle-orm";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { ecuapassRegistrationRequests, ecuapassUsers } from "@/lib/db/schema";
import { hashPassword } from "@/lib/security/passwords";
import { DEMO_REPRESENTATIVES, type DemoRepresentative } from "./demo-accounts";
import { senaeEmailFor, userIdKey } from "./rules";

function detailsOf(rep: DemoRepresentative): Record<string, unknown> {
  return rep.type === "representante_comercio_exterior"
    ? { position: rep.position, respaldoKind: "nombramiento" }
    : { position: rep.position, capacity: "maxima_autoridad", authority: null, respaldoKind: "nombramiento_autoridad" };
}

/** Creates each demo representative (active, its request approved) once; an existing one is left as is. */
export async function seedDemoRepresentatives() {
  for (const rep of DEMO_REPRESENTATIVES as readonly DemoRepresentative[]) {
    const key = userIdKey(rep.userId);
    const [existing] = await db.select({ id: ecuapassUsers.id }).from(ecuapassUsers).where(eq(ecuapassUsers.userIdKey, key));
    if (existing) continue;
    const passwordHash = await hashPassword(rep.password);
    await db.transaction(async (tx) => {
      const at = now();
      const [account] = await tx
        .insert(ecuapassUsers)
        .values({
          userId: rep.userId,
          userIdKey: key,
          docType: "cedula",
          docNumber: rep.cedula,
          fullName: rep.fullName,
          passwordHash,
          countryCode: "EC",
          provinceCode: "17",
          cantonCode: "1701",
          address: rep.org.address,
          phone1: rep.org.phone,
          mobileOperator: "CLARO",
          mobile: "0991234567",
          email: rep.email,
          emailKey: rep.email,
          senaeEmail: senaeEmailFor(rep.userId),
          status: "activo",
          createdAt: at,
          updatedAt: at,
        })
        .onConflictDoNothing()
        .returning({ id: ecuapassUsers.id });
      if (!account) return;
      await tx.insert(ecuapassRegistrationRequests).values({
        type: rep.type,
        status: "aprobada",
        accountId: account.id,
        orgRuc: rep.org.ruc,
        orgRucKind: rep.org.kind,
        orgRazonSocial: rep.org.razonSocial,
        orgAddress: rep.org.address,
        orgPhone: rep.org.phone,
        details: detailsOf(rep),
        submittedAt: at,
        decidedAt: at,
        createdAt: at,
        updatedAt: at,
      });
    });
  }
}
