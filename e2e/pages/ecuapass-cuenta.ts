import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { waitForMail } from "../support/mail";
import { codeIn, EcuapassRegistrationPage, newPerson, type Person } from "./ecuapass-registro";

/** A person registered through the real form, signed in on `page` and landed on Mi página. */
export async function registerPerson(page: Page, request: APIRequestContext): Promise<Person> {
  const form = new EcuapassRegistrationPage(page, request);
  const person = newPerson();
  await form.open();
  await form.fillPersonalData(person);
  await form.fillEmail(person);
  await form.checkEmail();
  await form.field("Ingrese código de seguridad").fill(await form.requestCode(person.email));
  await form.register();
  await expect(page).toHaveURL(/\/ecuapass\/mi-pagina$/);
  return person;
}

export async function signIn(page: Page, userId: string, password: string) {
  await page.goto("/ecuapass/ingresar");
  await page.getByLabel("ID.usuario").fill(userId);
  await page.getByLabel("Contraseña").fill(password);
  await page.getByRole("button", { name: "Ingresar" }).click();
}

/** Another browser (its own cookies) signed in as the person: "sessions elsewhere". */
export async function otherSession(browser: Browser, baseURL: string, person: Person): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, person.userId, person.password);
  await expect(page).toHaveURL(/\/ecuapass\/mi-pagina$/);
  return page;
}

/** Presses "Solicitar código de seguridad" on a Mi página form and reads the code sent to `to`. */
export async function requestChangeCode(page: Page, request: APIRequestContext, to: string): Promise<string> {
  const after = new Date(Date.now() - 2_000);
  await page.getByRole("button", { name: "Solicitar código de seguridad" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Se envió un código de seguridad" })).toBeVisible();
  return codeIn(await waitForMail(request, to, { subject: /Código de seguridad — Ecuapass/, after }));
}

/** The field by its label, with or without the "(obligatorio)" of required fields. */
export function field(page: Page, label: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return page.getByLabel(new RegExp(`^\\*?\\s*${escaped}(\\s*\\(obligatorio\\))?$`));
}
