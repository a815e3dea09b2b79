import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_REVIEWER } from "@/lib/auth/demo-staff";
import { randomRuc } from "@/lib/seps/testing";
import { randomCedula, uniqueEmail, uniqueSuffix } from "@/test/factories";
import { restoreStaffSession, saveStaffSession } from "../support/staff-session";
import { withFreshTotp } from "../support/totp";

export type SeededRequest = {
  id: string;
  number: string;
  userCedula: string;
  userName: string;
  userEmail: string;
  legalRepEmail: string;
  razonSocial: string;
};

/**
 * A request already "En revisión" in a fresh organization of its own, through the test hook (the
 * applicant's side files requests through the form; these tests start where the reviewer does).
 */
export async function seedRequestInReview(
  request: APIRequestContext,
  options: { sector?: "financiera" | "no_financiera"; roleCode?: string } = {},
): Promise<SeededRequest> {
  const sector = options.sector ?? "no_financiera";
  const suffix = uniqueSuffix();
  const body = {
    organization: {
      ruc: randomRuc(),
      razonSocial: `Asociación de Producción E2E ${suffix}`,
      sector,
      legalRepCedula: randomCedula(),
      legalRepName: "Rosa Elena Chango Pilco",
      legalRepEmail: uniqueEmail("representante"),
    },
    userCedula: randomCedula(),
    userName: `Marco Antonio Yépez ${suffix}`,
    userEmail: uniqueEmail("usuario"),
    roles: [{ roleCode: options.roleCode ?? (sector === "financiera" ? "F_ACOPIO_INFORMACION" : "NF_ACOPIO_INFORMACION") }],
  };
  const response = await request.post("/api/test/seps/solicitud", { data: body });
  expect(response.ok(), await response.text()).toBe(true);
  const created = (await response.json()) as { id: string; number: string };
  return {
    ...created,
    userCedula: body.userCedula,
    userName: body.userName,
    userEmail: body.userEmail,
    legalRepEmail: body.organization.legalRepEmail,
    razonSocial: body.organization.razonSocial,
  };
}

/** The reviewers' side: sign-in with TOTP, the queue, one request and its decisions. */
export class AdminReviewPage {
  constructor(private readonly page: Page) {}

  async signIn(account: { email: string; password: string; totpSecret: string } = DEMO_REVIEWER) {
    const inbox = this.page.getByRole("heading", { level: 1, name: "Bandeja de solicitudes" });
    if (await restoreStaffSession(this.page.context(), account.email)) {
      await this.page.goto("/admin");
      // A session ended by a sign-out or the idle limit lands on the sign-in page instead.
      if (await inbox.isVisible()) return;
    }
    await this.page.goto("/admin/ingresar");
    await this.page.getByLabel("Correo electrónico").fill(account.email);
    await this.page.getByLabel("Contraseña").fill(account.password);
    await withFreshTotp(account.totpSecret, async (otp) => {
      await this.page.getByLabel("Código de verificación").fill(otp);
      await this.page.getByRole("button", { name: "Ingresar" }).click();
      await expect(inbox).toBeVisible();
    });
    await saveStaffSession(this.page.context(), account.email);
  }

  /** Finds the request in the queue by its number, RUC or cédula and opens it. */
  async openFromQueue(search: string) {
    await this.page.getByLabel("Buscar").fill(search);
    await this.page.getByRole("button", { name: "Filtrar" }).click();
    await expect(this.page).toHaveURL(new RegExp(`q=${search}`));
    await this.page.getByRole("row", { name: new RegExp(search) }).getByRole("link", { name: /^SEPS-/ }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText("Solicitud SEPS-");
  }

  /** Finds an Ecuapass registration request in the queue by the applicant's ID.usuario and opens it. */
  async openEcuapassFromQueue(userId: string) {
    await this.page.getByLabel("Buscar").fill(userId);
    await this.page.getByRole("button", { name: "Filtrar" }).click();
    await expect(this.page).toHaveURL(new RegExp(`q=${userId}`));
    await this.page.getByRole("row", { name: new RegExp(userId) }).getByRole("link", { name: userId }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText(`Solicitud de registro de ${userId}`);
  }

  async approve() {
    await this.page.getByRole("button", { name: "Aprobar" }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText("Aprobada");
  }

  private reasonForm(title: string) {
    return this.page.locator("form", { has: this.page.getByRole("heading", { name: title }) });
  }

  async reject(reason: string) {
    const form = this.reasonForm("Rechazar");
    await form.getByLabel("Motivo").fill(reason);
    await form.getByRole("button", { name: "Rechazar" }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText("Rechazada");
  }

  async submitEmptyRejection() {
    const form = this.reasonForm("Rechazar");
    await form.getByRole("button", { name: "Rechazar" }).click();
    await expect(form.getByRole("alert")).toContainText("Escriba el motivo");
  }
}
