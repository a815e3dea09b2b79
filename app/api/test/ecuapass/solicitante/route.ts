import { z } from "zod";
import { decideRegistrationRequest } from "@/lib/ecuapass/registration-requests";
import { organizationSchema, RUC_KINDS_FOR } from "@/lib/ecuapass/organization-schema";
import { minimalPdf, randomRuc } from "@/lib/ecuapass/test-data";
import { createTestReviewer, registerTestApplicant } from "@/lib/ecuapass/testing";
import { testHookInput } from "@/lib/security/test-hooks";

// End-to-end tests of the applicant's side only (ENABLE_TEST_HOOKS): a Representante de Comercio
// Exterior registered through the real path (security code, registerEcuapassUser: account pending,
// request, Solicitud de uso), optionally already asked for a correction or rejected by SENAE; with
// `entity`, a Representante de Entidad Pública acting as the entity's highest authority instead.

export const dynamic = "force-dynamic";

const bodySchema = z
  .object({
    docNumber: z.string().regex(/^\d{10}$/),
    fullName: z.string().min(3).max(120),
    email: z.email(),
    password: z.string().min(12).max(100),
    entity: z.boolean().optional(),
    decision: z
      .discriminatedUnion("action", [
        z.object({ action: z.literal("solicitar_correccion"), reason: z.string().min(10), sections: z.array(z.string()).max(4) }),
        z.object({ action: z.literal("rechazar"), reason: z.string().min(10) }),
      ])
      .optional(),
  })
  .strict();

export async function POST(request: Request) {
  const parsed = await testHookInput(request, bodySchema);
  if (!parsed.ok) return parsed.response;
  const input = parsed.data;
  const applicant = await registerTestApplicant({
    form: { docNumber: input.docNumber, fullName: input.fullName, email: input.email, emailConfirmation: input.email, password: input.password, passwordConfirmation: input.password },
    ...(input.entity
      ? {
          approval: {
            type: "representante_entidad_publica" as const,
            organization: organizationSchema(RUC_KINDS_FOR.representante_entidad_publica).parse({
              orgRuc: randomRuc("entidad_publica"),
              orgRazonSocial: "Ministerio de Producción",
              orgAddress: "Av. Amazonas N34-451, Quito",
              orgPhone: "022345678",
            }),
            details: { position: "Ministro", capacity: "maxima_autoridad", authority: null, respaldoKind: "nombramiento_autoridad" },
            respaldo: { fileName: "nombramiento.pdf", bytes: minimalPdf("nombramiento") },
          },
        }
      : {}),
  });
  if (input.decision) {
    const decision = input.decision;
    const decided = await decideRegistrationRequest(
      applicant.requestId,
      decision.action,
      await createTestReviewer(),
      { reason: decision.reason, ...(decision.action === "solicitar_correccion" ? { correctionFields: decision.sections } : {}) },
    );
    if (!decided.ok) return Response.json({ error: decided.message }, { status: 409 });
  }
  return Response.json({ userId: applicant.input.userId, requestId: applicant.requestId });
}
