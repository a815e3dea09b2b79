import "server-only";
import { db } from "@/lib/db";
import { staffUsers } from "@/lib/db/schema";
import { randomRuc } from "@/lib/seps/testing";
import { uniqueEmail, uniqueSuffix } from "@/test/factories";
import { createSecurityCode } from "./codes";
import { organizationSchema, RUC_KINDS_FOR } from "./organization-schema";
import { registerEcuapassUser, type ApprovalRequest } from "./register";
import { registrationSchema } from "./schema";
import { randomIp, validForm } from "./test-data";

// Test helpers (Vitest and the ENABLE_TEST_HOOKS route of the e2e tests; never the app): an
// applicant registered through the real path (security code, registerEcuapassUser with its type).

export function testOrganization(overrides: { ruc?: string; razonSocial?: string } = {}) {
  return organizationSchema(RUC_KINDS_FOR.representante_comercio_exterior).parse({
    orgRuc: overrides.ruc ?? randomRuc(),
    orgRazonSocial: overrides.razonSocial ?? "Importadora Andina S.A.",
    orgAddress: "Av. Amazonas N34-451 y Atahualpa, Quito",
    orgPhone: "022345678",
  });
}

export async function registerTestApplicant(
  options: { form?: Record<string, string>; approval?: Partial<ApprovalRequest> } = {},
) {
  const form = validForm(options.form);
  const created = await createSecurityCode(form.email!, randomIp());
  if (!created.ok) throw new Error(created.message);
  const input = registrationSchema.parse({ ...form, securityCode: created.code });
  const approval: ApprovalRequest = {
    type: "representante_comercio_exterior",
    organization: testOrganization(),
    details: { position: "Gerente general", respaldoKind: "nombramiento" },
    ...options.approval,
  } as ApprovalRequest;
  const result = await registerEcuapassUser(input, randomIp(), null, approval);
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return { ...result, requestId: result.requestId!, input };
}

export async function createTestReviewer() {
  const [staff] = await db
    .insert(staffUsers)
    .values({ email: uniqueEmail("revisor"), fullName: `Revisor ${uniqueSuffix()}`, role: "reviewer", status: "activo" })
    .returning();
  return { id: staff!.id, label: staff!.email };
}
