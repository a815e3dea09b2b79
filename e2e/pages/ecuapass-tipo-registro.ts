import { expect, type Page, type APIRequestContext } from "@playwright/test";
import { EcuapassRegistrationPage, newPerson, type Person } from "./ecuapass-registro";
import { minimalPdf } from "@/lib/ecuapass/test-data";

export type Organization = { ruc: string; razonSocial: string; address: string; phone: string; position?: string };

/** The form of a type that needs an approval (/ecuapass/registro/<slug>): the general user's blocks plus the type's own. */
export class TypeRegistrationPage extends EcuapassRegistrationPage {
  constructor(page: Page, request: APIRequestContext) {
    super(page, request);
  }

  async openType(linkName: string, title: string) {
    await this.page.goto("/ecuapass/registro");
    await this.page.getByRole("link", { name: `Iniciar la solicitud: ${linkName}`, exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  }

  async fillOrganization(org: Organization, noun = "empresa", positionLabel = "Cargo en la empresa") {
    await this.field(`RUC de la ${noun}`).fill(org.ruc);
    await this.field("Razón social").fill(org.razonSocial);
    await this.field(`Dirección de la ${noun}`).fill(org.address);
    await this.field(`Teléfono de la ${noun}`).fill(org.phone);
    await this.field(positionLabel).fill(org.position ?? "Jefe de comercio exterior");
  }

  /** A person sub-section (máxima autoridad, representante del organismo, representante legal). */
  async fillPerson(who: string, person: { fullName: string; docType?: "Cédula" | "Pasaporte"; docNumber: string; position?: string }) {
    await this.field(`Nombres y apellidos ${who}`).fill(person.fullName);
    if (person.docType) await this.page.getByLabel(`Tipo de documento ${who}`).selectOption({ label: person.docType });
    await this.field(`Documento ${who}`).fill(person.docNumber);
    if (person.position) await this.field(`Cargo ${who}`).fill(person.position);
  }

  async attachRespaldo(name = "nombramiento.pdf", content: Buffer = minimalPdf()) {
    await this.page.getByLabel(/Documento de respaldo \(PDF\)/).setInputFiles({ name, mimeType: "application/pdf", buffer: content });
  }

  /** The general user's blocks, the email checked and the code from the dev outbox typed in. */
  async fillUserAndCode(person: Person) {
    await this.fillPersonalData(person);
    await this.fillEmail(person);
    await this.checkEmail();
    await this.field("Ingrese código de seguridad").fill(await this.requestCode(person.email));
  }

  /** SENAE's types render the «Solicitud de uso» PDF with the account: under load the answer takes seconds. */
  async expectPendingOnMiPagina() {
    await expect(this.page).toHaveURL(/\/ecuapass\/mi-pagina$/, { timeout: 45_000 });
    await expect(this.page.getByRole("heading", { level: 2, name: "Estado de su solicitud" })).toBeVisible();
    await expect(this.page.getByText("Pendiente de aprobación").first()).toBeVisible();
  }
}

export { newPerson };
