import { expect, type Locator, type Page } from "@playwright/test";
import { randomCedula, uniqueEmail } from "@/test/factories";

/** Demo catastro (scripts/lib/demo-data.ts): a non-financial organization with free roles, and one whose legal-representative role is held. */
export const DEMO_NF_RUC = "1395214086001";
export const DEMO_NF_RAZON_SOCIAL = "Asociación de Producción Pesquera Manta Unida";
export const DEMO_FULL_ROLE_RUC = "0798661760001";

export type Applicant = { cedula: string; name: string; email: string; position: string };

export function newApplicant(): Applicant {
  return { cedula: randomCedula(), name: "Ana María Torres Vega", email: uniqueEmail("usuario"), position: "Contadora general" };
}

/** The "Formulario Solicitud Claves", driven by labels and roles as a person (or a screen reader) sees it. */
export class SepsRequestFormPage {
  constructor(readonly page: Page) {}

  section(name: string): Locator {
    return this.page.getByRole("group", { name, exact: true });
  }

  async open(sector: "Financieras" | "No Financieras") {
    await this.page.goto("/seps/solicitud");
    await this.page.getByRole("link", { name: `Solicitud Organizaciones ${sector}` }).click();
    await expect(this.page.getByRole("heading", { name: "Formulario Solicitud Claves" })).toBeVisible();
  }

  async addRole(name: string) {
    const roles = this.section("Sistemas Disponibles");
    await roles.getByLabel("Sistema / rol").selectOption({ label: name });
    await roles.getByRole("button", { name: "+ Agregar Rol de Usuario" }).click();
    await expect(roles.getByRole("checkbox", { name: `¿Solicita acceso? ${name}` })).toBeChecked();
  }

  async fillUser(applicant: Applicant) {
    const user = this.section("Datos Personales del Usuario");
    await user.getByLabel("Cédula de Ciudadanía / Identidad").fill(applicant.cedula);
    await user.getByLabel("Nombres Completos").fill(applicant.name);
    await user.getByLabel("Correo electrónico").fill(applicant.email);
    await user.getByRole("group", { name: "¿Es empleado de la organización?" }).getByLabel("Sí").check();
    await user.getByLabel("Función o cargo que desempeña").fill(applicant.position);
  }

  async lookUpRuc(ruc: string) {
    const org = this.section("Datos de la Organización");
    await org.getByLabel("RUC").fill(ruc);
    await org.getByRole("button", { name: "Buscar RUC" }).click();
  }

  async waitForCaptcha() {
    await expect(this.section("Captcha").getByRole("status")).toContainText("Verificación completada", { timeout: 30_000 });
  }

  async continue() {
    await this.page.getByRole("button", { name: "Continuar" }).click();
  }

  errorSummary(): Locator {
    return this.page.getByRole("alert").filter({ hasText: "Hay un problema" });
  }

  async save() {
    await this.page.getByLabel("He leído la información sobre el tratamiento").check();
    await this.page.getByRole("button", { name: "Guardar" }).click();
    await expect(this.page.getByRole("heading", { name: "Su solicitud fue guardada" })).toBeVisible({ timeout: 30_000 });
  }

  /** The whole form for a free role of a demo organization, up to the saved request's page. */
  async fileRequest(options: { sector?: "Financieras" | "No Financieras"; role?: string; ruc?: string; applicant?: Applicant } = {}) {
    const applicant = options.applicant ?? newApplicant();
    await this.open(options.sector ?? "No Financieras");
    await this.addRole(options.role ?? "Rol de Acopio de Información");
    await this.fillUser(applicant);
    await this.lookUpRuc(options.ruc ?? DEMO_NF_RUC);
    await expect(this.section("Datos de la Organización").getByLabel("Razón Social")).not.toHaveValue("");
    await this.waitForCaptcha();
    await this.continue();
    await expect(this.page.getByRole("heading", { name: "Revise su solicitud" })).toBeVisible();
    await this.save();
    return { applicant, url: this.page.url() };
  }
}

/** /seps/solicitud/s/TOKEN: downloads, signed uploads and "Remitir". */
export class SepsRequestPage {
  constructor(readonly page: Page) {}

  document(title: string): Locator {
    return this.page.getByRole("region", { name: title, exact: true });
  }

  async download(title: string): Promise<Buffer> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.document(title).getByRole("link", { name: `Descargar PDF de ${title}` }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async upload(title: string, file: { name: string; mimeType: string; buffer: Buffer }) {
    const card = this.document(title);
    await card.getByLabel(/Copia firmada de|Reemplazar la copia firmada de/).setInputFiles(file);
    await card.getByRole("button", { name: new RegExp(`(Subir|Reemplazar) copia firmada de ${title}`) }).click();
  }
}
