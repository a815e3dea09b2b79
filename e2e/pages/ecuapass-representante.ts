import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_REPRESENTATIVES } from "@/lib/ecuapass/demo-accounts";
import { randomCedula, uniqueEmail, uniqueSuffix } from "@/test/factories";
import { signIn } from "./ecuapass-cuenta";

export const [COMPANY_A, COMPANY_B, ENTITY] = DEMO_REPRESENTATIVES;

export type PendingMember = { requestId: string; accountId: string; userId: string; password: string; fullName: string; email: string };

/** An employee's (or official's) account pending its representative's approval, through the test hook. */
export async function pendingMember(
  request: APIRequestContext,
  org: { ruc: string; razonSocial: string } | null,
  type: "empleado" | "funcionario_entidad_publica" | "persona_discapacidad" = "empleado",
): Promise<PendingMember> {
  const suffix = uniqueSuffix().replace(/[^a-z0-9]/gi, "").slice(-10).toLowerCase();
  const body = {
    type,
    ...(org ? { orgRuc: org.ruc, orgRazonSocial: org.razonSocial } : { approved: true }),
    userId: `emp${suffix}`,
    password: "Aduana-Empleado-2026",
    fullName: `Luis Alberto Cevallos ${suffix}`,
    cedula: randomCedula(),
    email: uniqueEmail("empleado"),
  };
  const response = await request.post("/api/test/ecuapass/solicitud", { data: body });
  expect(response.ok(), await response.text()).toBe(true);
  const created = (await response.json()) as { requestId: string; accountId: string };
  return { ...created, userId: body.userId, password: body.password, fullName: body.fullName, email: body.email };
}

/** A representative's "Mi página": its organization's requests and approved members. */
export class RepresentativePage {
  constructor(readonly page: Page) {}

  async signIn(rep: { userId: string; password: string }) {
    await signIn(this.page, rep.userId, rep.password);
    await expect(this.page).toHaveURL(/\/ecuapass\/mi-pagina$/);
  }

  pendingSection() {
    return this.page.getByRole("region", { name: /^Solicitudes de (empleados|funcionarios)$/ });
  }

  approvedSection() {
    return this.page.getByRole("region", { name: /^(Empleados|Funcionarios) aprobados$/ });
  }

  pendingRequest(fullName: string) {
    return this.pendingSection().getByRole("article", { name: fullName });
  }

  approvedMember(fullName: string) {
    return this.approvedSection().getByRole("article", { name: new RegExp(`^${fullName}`) });
  }

  async approve(fullName: string, functions: string[]) {
    const form = this.page.getByRole("form", { name: `Aprobar la solicitud de ${fullName}` });
    for (const name of functions) await form.getByRole("checkbox", { name: new RegExp(`^${escape(name)}`) }).check();
    await form.getByRole("button", { name: "Aprobar" }).click();
  }

  /** The request id the approval form of `fullName`'s request posts. */
  async requestIdOf(fullName: string): Promise<string> {
    const form = this.page.getByRole("form", { name: `Aprobar la solicitud de ${fullName}` });
    return form.locator('input[name="requestId"]').inputValue();
  }

  /** A forged approval: the form of `ownApplicant`'s request posting another request's id. */
  async approveAnother(ownApplicant: string, requestId: string, functions: string[]) {
    const form = this.page.getByRole("form", { name: `Aprobar la solicitud de ${ownApplicant}` });
    await form.locator('input[name="requestId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), requestId);
    for (const name of functions) await form.getByRole("checkbox", { name: new RegExp(`^${escape(name)}`) }).check();
    await form.getByRole("button", { name: "Aprobar" }).click();
    return form;
  }

  async reject(fullName: string, reason: string) {
    const form = this.page.getByRole("form", { name: `Rechazar la solicitud de ${fullName}` });
    await form.getByLabel(/Motivo del rechazo/).fill(reason);
    await form.getByRole("button", { name: "Rechazar" }).click();
  }
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
