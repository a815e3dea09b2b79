import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { waitForMail, type OutboxMessage } from "../support/mail";
import { randomCedula } from "@/test/factories";

export type Person = {
  userId: string;
  docType: "RUC" | "Cédula de Identidad" | "Pasaporte";
  docNumber: string;
  fullName: string;
  password: string;
  country: string;
  province?: string;
  city?: string;
  address: string;
  phone1: string;
  operator: string;
  mobile: string;
  email: string;
  emailConfirmation?: string;
};

let counter = 0;

export function newPerson(): Person {
  const suffix = `${Date.now().toString(36)}${(counter++).toString(36)}${Math.floor(Math.random() * 1e4)}`;
  return {
    userId: `mp${suffix}`.slice(0, 20),
    docType: "Cédula de Identidad",
    docNumber: randomCedula(),
    fullName: "María Paz Andrade",
    password: "Colibrí del Cajas 27",
    country: "Ecuador",
    province: "Pichincha",
    city: "Quito",
    address: "Av. Amazonas N34-451 y Atahualpa",
    phone1: "02 234 5678",
    operator: "Movistar",
    mobile: "099 123 4567",
    email: `maria.${suffix}@example.com`,
  };
}

/** "Solicitud de registro para Usuario General", used the way a person does: labels and buttons. */
export class EcuapassRegistrationPage {
  constructor(
    readonly page: Page,
    readonly request: APIRequestContext,
  ) {}

  /** A field by its whole visible label (the red * of required fields is announced as "(obligatorio)"). */
  field(label: string, required = true): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return this.page.getByLabel(new RegExp(`^\\*?\\s*${escaped}${required ? "\\s*\\(obligatorio\\)" : ""}$`));
  }

  button(name: string): Locator {
    return this.page.getByRole("button", { name, exact: true });
  }

  async open() {
    await this.page.goto("/ecuapass/registro");
    await expect(this.page.getByRole("heading", { level: 1, name: "Registro de usuario" })).toBeVisible();
    await this.page.getByRole("link", { name: "Iniciar la solicitud: Usuario General" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Solicitud de registro para Usuario General" })).toBeVisible();
  }

  async fillPersonalData(person: Person) {
    await this.field("ID.usuario").fill(person.userId);
    await this.page.getByLabel("Tipo de documento de identificación").selectOption({ label: person.docType });
    await this.field("Doc. Identificación").fill(person.docNumber);
    await this.field("Nombre Usuario").fill(person.fullName);
    await this.field("Contraseña").fill(person.password);
    await this.field("Confirmación de contraseña").fill(person.password);
    await this.field("País").selectOption({ label: person.country });
    if (person.province) await this.field("Provincia", false).selectOption({ label: person.province });
    if (person.city) await this.field("Ciudad", false).selectOption({ label: person.city });
    await this.field("Dirección").fill(person.address);
    await this.field("Teléfono1").fill(person.phone1);
    await this.page.getByLabel("Operadora del celular").selectOption({ label: person.operator });
    await this.field("Número de celular").fill(person.mobile);
  }

  async fillEmail(person: Person) {
    await this.field("Correo electrónico").fill(person.email);
    await this.field("Confirmación de correo electrónico").fill(person.emailConfirmation ?? person.email);
  }

  async checkUserId() {
    await this.button("Comprobar disponibilidad del ID.usuario").click();
    await expect(this.page.locator("#userId-availability")).toHaveText("El ID.usuario está disponible.");
  }

  async checkDocument() {
    await this.button("Comprobar disponibilidad del documento").click();
    await expect(this.page.locator("#docNumber-availability")).toHaveText("El documento de identificación está disponible.");
  }

  async checkEmail() {
    await this.button("Comprobar disponibilidad del correo electrónico").click();
    await expect(this.page.locator("#email-availability")).toHaveText("El correo electrónico está disponible.");
    await expect(this.field("Correo electrónico")).toHaveAttribute("readonly", "");
    await expect(this.field("Confirmación de correo electrónico")).toHaveAttribute("readonly", "");
  }

  /** Asks for the code and reads it from the dev outbox. */
  async requestCode(email: string): Promise<string> {
    const after = new Date(Date.now() - 2_000);
    await this.button("Solicitar código de seguridad").click();
    await expect(this.page.locator("#code-status")).toContainText("Se envió el código de seguridad");
    const message = await waitForMail(this.request, email, { subject: /ACTIVACIÓN DE CORREO ELECTRÓNICO/, after });
    return codeIn(message);
  }

  async register() {
    await this.button("Registrar").click();
  }

  errorSummary(): Locator {
    return this.page.getByRole("alert").filter({ hasText: "Hay un problema" });
  }
}

export function codeIn(message: OutboxMessage): string {
  const line = message.text
    .split("\n")
    .map((l) => l.trim())
    .find((l) => /^[0-9A-HJKMNP-TV-Z]{6}$/.test(l));
  if (!line) throw new Error(`No hay código en: ${message.text}`);
  return line;
}
