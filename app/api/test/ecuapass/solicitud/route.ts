import { z } from "zod";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { ecuapassRegistrationRequests, ecuapassUsers } from "@/lib/db/schema";
import { parseRequestDetails } from "@/lib/ecuapass/request-details";
import { senaeEmailFor, userIdKey } from "@/lib/ecuapass/rules";
import { hashPassword } from "@/lib/security/passwords";
import { testHookInput } from "@/lib/security/test-hooks";

// End-to-end tests of a representative's approvals (ENABLE_TEST_HOOKS only): an employee's or an
// official's account "pendiente de aprobación" with its request, as the registration form leaves
// them, so the representative's tests do not depend on the form. `approved` (Persona con
// Discapacidad only): the account as SENAE's approval leaves it, for "Mi página"'s 420 entry.

export const dynamic = "force-dynamic";

const bodySchema = z
  .object({
    type: z.enum(["empleado", "funcionario_entidad_publica", "persona_discapacidad"]),
    orgRuc: z.string().regex(/^\d{13}$/).optional(),
    orgRazonSocial: z.string().min(3).max(200).optional(),
    approved: z.boolean().optional(),
    userId: z.string().regex(/^[a-z][a-z0-9._-]{3,19}$/),
    password: z.string().min(8).max(128),
    fullName: z.string().min(3).max(150),
    cedula: z.string().regex(/^\d{10}$/),
    email: z.email(),
  })
  .strict();

export async function POST(request: Request) {
  const parsed = await testHookInput(request, bodySchema);
  if (!parsed.ok) return parsed.response;
  const input = parsed.data;
  const disability = input.type === "persona_discapacidad";
  if (disability !== Boolean(input.approved) || disability === Boolean(input.orgRuc && input.orgRazonSocial)) {
    return Response.json({ error: "approved solo con persona_discapacidad, y organización solo sin ella" }, { status: 400 });
  }
  const details = parseRequestDetails(
    input.type,
    input.type === "empleado"
      ? { position: "Asistente de comercio exterior" }
      : disability
        ? { cedula: input.cedula, disabilityType: "fisica", disabilityPercent: 45, legalRepresentative: null, relation: null, respaldoKind: "cedula" }
        : { position: "Analista técnico", respaldoKind: "accion_personal" },
  );
  if (!details.ok) return Response.json({ error: "detalles" }, { status: 500 });
  const passwordHash = await hashPassword(input.password);
  const created = await db.transaction(async (tx) => {
    const at = now();
    const [account] = await tx
      .insert(ecuapassUsers)
      .values({
        userId: input.userId,
        userIdKey: userIdKey(input.userId),
        docType: "cedula",
        docNumber: input.cedula,
        fullName: input.fullName,
        passwordHash,
        countryCode: "EC",
        provinceCode: "17",
        cantonCode: "1701",
        address: "Av. Amazonas N34-451 y Atahualpa",
        phone1: "022345678",
        mobileOperator: "CLARO",
        mobile: "0991234567",
        email: input.email,
        emailKey: input.email.toLowerCase(),
        senaeEmail: senaeEmailFor(input.userId),
        status: disability ? "activo" : "pendiente_aprobacion",
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: ecuapassUsers.id });
    const [row] = await tx
      .insert(ecuapassRegistrationRequests)
      .values({
        type: input.type,
        status: disability ? "aprobada" : "pendiente_aprobacion",
        accountId: account!.id,
        ...(disability
          ? { decidedAt: at }
          : {
              orgRuc: input.orgRuc,
              orgRucKind: input.type === "empleado" ? ("sociedad_privada" as const) : ("entidad_publica" as const),
              orgRazonSocial: input.orgRazonSocial,
              orgAddress: "Av. 9 de Octubre 100, Guayaquil",
              orgPhone: "042345678",
            }),
        details: details.details,
        submittedAt: at,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: ecuapassRegistrationRequests.id });
    return { accountId: account!.id, requestId: row!.id };
  });
  return Response.json(created);
}
