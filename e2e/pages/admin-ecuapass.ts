import { expect, type APIRequestContext } from "@playwright/test";
import { randomRuc } from "@/lib/seps/testing";
import { uniqueEmail, uniqueSuffix } from "@/test/factories";

export type SeededEcuapassRequest = { id: string; accountId: string; userId: string; docNumber: string; orgRuc: string; fullName: string; email: string };

/**
 * An Ecuapass registration request «Pendiente de aprobación» with its generated and signed
 * «Solicitud de uso», through the test hook (the applicant's side has its own tests; these start
 * where SENAE's reviewer does).
 */
export async function seedEcuapassRequest(
  request: APIRequestContext,
  options: { type?: "representante_comercio_exterior" | "organismo_internacional"; signature?: "valida" | "invalida" | null } = {},
): Promise<SeededEcuapassRequest> {
  const suffix = uniqueSuffix();
  const body = {
    action: "crear",
    type: options.type ?? "representante_comercio_exterior",
    orgRuc: randomRuc(),
    orgRazonSocial: `Exportadora E2E ${suffix} S.A.`,
    fullName: `Gabriela Estefanía Moreira ${suffix}`,
    email: uniqueEmail("ecuapass-rep"),
    signature: options.signature === undefined ? "valida" : options.signature,
  };
  const response = await request.post("/api/test/ecuapass/revision", { data: body });
  expect(response.ok(), await response.text()).toBe(true);
  const created = (await response.json()) as { id: string; accountId: string; userId: string; docNumber: string };
  return { ...created, orgRuc: body.orgRuc, fullName: body.fullName, email: body.email };
}

/** The applicant sends the request back after a correction (the hook calls the resubmission). */
export async function resubmitEcuapassRequest(request: APIRequestContext, requestId: string) {
  const response = await request.post("/api/test/ecuapass/revision", { data: { action: "reenviar", requestId } });
  expect(response.ok(), await response.text()).toBe(true);
}
