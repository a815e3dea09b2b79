import { readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { DEMO_REVIEWER } from "@/lib/auth/demo-staff";
import { minimalPdf, randomRuc } from "@/lib/ecuapass/test-data";
import { randomCedula } from "@/test/factories";
import { AdminReviewPage } from "./pages/admin-review";
import { signIn } from "./pages/ecuapass-cuenta";
import { ApplicantStatusPage } from "./pages/ecuapass-estado-solicitud";
import { COMPANY_A, COMPANY_B, ENTITY, RepresentativePage, pendingMember } from "./pages/ecuapass-representante";
import { TypeRegistrationPage, newPerson } from "./pages/ecuapass-tipo-registro";
import { axeViolations, expect, test } from "./support/fixtures";

// Issue 19 end to end: each of the six types that need an approval, driven in Chromium the way a
// person does — the form (security code from the dev outbox) lands the pending applicant on its
// status page; SENAE's types download, sign and upload the Solicitud de uso and a demo reviewer
// approves on /admin/solicitudes/ID; an employee or official is approved by its organization's demo
// representative (another company's representative is refused). The applicant then signs in again
// and sees what its type grants. The status page and the final Mi página are checked by axe.

// The demo reviewer's session and the demo representatives are shared: one test at a time.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const DAI = "Declaración Aduanera de Importación (DAI)";
const DAE = "Declaración Aduanera de Exportación (DAE)";
const VUE_REV = "Revisión de solicitudes de la VUE";

/** A person with a name of its own (the representatives find requests by name). */
function applicant() {
  const letters = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
  return { ...newPerson(), fullName: `María Paz ${letters[0]!.toUpperCase()}${letters.slice(1)}` };
}

async function expectAxeClean(page: Page, what: string) {
  expect(await axeViolations(page), `axe: ${what}`).toEqual([]);
}

/** The SENAE half: the applicant signs its Solicitud de uso; a demo reviewer approves on /admin/solicitudes/ID. */
async function signedAndApprovedBySenae(browser: Browser, page: Page, person: ReturnType<typeof applicant>, typeLabel: string) {
  const status = new ApplicantStatusPage(page);
  await status.expectPending(typeLabel, "Servicio Nacional de Aduana del Ecuador (SENAE)");
  await expect(status.missing()).toContainText("Subir la Solicitud de uso firmada electrónicamente.");
  await status.signAndUpload(person);
  await expectAxeClean(page, "página de estado");
  await status.signOut();

  const context = await browser.newContext();
  const admin = await context.newPage();
  const reviewer = new AdminReviewPage(admin);
  await reviewer.signIn(DEMO_REVIEWER);
  await reviewer.openEcuapassFromQueue(person.userId);
  await expect(admin).toHaveURL(/\/admin\/solicitudes\/[0-9a-f-]{36}$/);
  await expect(admin.getByRole("heading", { level: 1 })).toContainText("Pendiente de aprobación");
  await expect(admin.getByText(`Ecuapass · ${typeLabel}`)).toBeVisible();
  await expect(admin.getByRole("region", { name: "Solicitud de uso: firmada" })).toContainText("Firma electrónica válida");
  await reviewer.approve();
  await context.close();
}

/** The applicant signs in again: its registration is active. */
async function signedInAgain(page: Page, person: { userId: string; password: string }, typeLabel: string) {
  await signIn(page, person.userId, person.password);
  await expect(page).toHaveURL(/\/ecuapass\/mi-pagina$/);
  await expect(page.getByText(`Su registro como ${typeLabel} está activo.`)).toBeVisible();
  return page.getByRole("region", { name: `Lo que le permite su registro como ${typeLabel}` });
}

test("Representante de Comercio Exterior: form, signed Solicitud de uso, SENAE's approval, then the employees' approval powers", async ({ browser, page, request }) => {
  const label = "Representante de Comercio Exterior";
  const form = new TypeRegistrationPage(page, request);
  const person = applicant();
  await form.openType(label, `Solicitud de registro de usuario de ${label}`);
  await form.fillOrganization({ ruc: randomRuc("sociedad_privada"), razonSocial: "Comercial Los Andes S.A.", address: "Av. de los Shyris N35-17, Quito", phone: "022456789", position: "Gerente general" });
  await form.attachRespaldo("nombramiento-gerente.pdf");
  await form.fillUserAndCode(person);
  await form.register();
  await form.expectPendingOnMiPagina();
  await signedAndApprovedBySenae(browser, page, person, label);

  const grants = await signedInAgain(page, person, label);
  await expect(grants).toContainText("Aprobar o rechazar las solicitudes de los empleados de la empresa");
  await expect(page.getByRole("region", { name: "Solicitudes de empleados" })).toContainText("No hay solicitudes pendientes.");
  await expect(page.getByRole("region", { name: "Empleados aprobados" })).toBeVisible();
  await expectAxeClean(page, "Mi página");
});

test("Representantes de Entidades Públicas: a delegate of the highest authority, SENAE's approval, then the officials' approval powers", async ({ browser, page, request }) => {
  const label = "Representantes de Entidades Públicas";
  const form = new TypeRegistrationPage(page, request);
  const person = applicant();
  await form.openType(label, `Solicitud de registro de usuario para ${label}`);
  await form.fillOrganization(
    { ruc: randomRuc("entidad_publica"), razonSocial: "Instituto Nacional de Pesca", address: "Letamendi 102 y La Ría, Guayaquil", phone: "042401773", position: "Director ejecutivo" },
    "entidad",
    "Cargo en la entidad",
  );
  await page.getByRole("radio", { name: "Funcionario delegado por la máxima autoridad" }).check();
  await form.fillPerson("de la máxima autoridad", { fullName: "Jorge Luis Cedeño Mora", docNumber: randomCedula(), position: "Ministro" });
  await form.attachRespaldo("oficio-delegacion.pdf");
  await form.fillUserAndCode(person);
  await form.register();
  await form.expectPendingOnMiPagina();
  await signedAndApprovedBySenae(browser, page, person, label);

  const grants = await signedInAgain(page, person, label);
  await expect(grants).toContainText("Aprobar a los funcionarios de la entidad y asignarles opciones");
  await expect(page.getByRole("region", { name: "Solicitudes de funcionarios" })).toContainText("No hay solicitudes pendientes.");
  await expectAxeClean(page, "Mi página");
});

test("Organismos Internacionales: the organization's representative, SENAE's approval, then what the type grants", async ({ browser, page, request }) => {
  const label = "Organismos Internacionales";
  const form = new TypeRegistrationPage(page, request);
  const person = applicant();
  await form.openType(label, `Solicitud de registro de usuario para ${label}`);
  await form.fillOrganization(
    { ruc: randomRuc("sociedad_privada"), razonSocial: "Organización Panamericana de la Salud", address: "Av. Amazonas 2889 y La Granja, Quito", phone: "022460330" },
    "organismo",
    "Cargo en el organismo",
  );
  await form.fillPerson("del representante del organismo", { fullName: "Pierre Dubois", docType: "Pasaporte", docNumber: "18AV12345", position: "Representante en Ecuador" });
  await form.field("Tipo de documento de respaldo").selectOption({ label: "Credencial o acreditación del organismo internacional" });
  await form.attachRespaldo("credencial.pdf");
  await form.fillUserAndCode(person);
  await form.register();
  await form.expectPendingOnMiPagina();
  await signedAndApprovedBySenae(browser, page, person, label);

  const grants = await signedInAgain(page, person, label);
  await expect(grants).toContainText("Actuar ante el SENAE como máxima autoridad delegada del organismo");
  await expect(grants).toContainText("Organización Panamericana de la Salud");
  await expect(page.getByRole("region", { name: /^Solicitudes de/ })).toHaveCount(0);
  await expectAxeClean(page, "Mi página");
});

test("Persona con Discapacidad: its data, SENAE's approval, then the Certificado 420 entry", async ({ browser, page, request }) => {
  const label = "Persona con Discapacidad";
  const form = new TypeRegistrationPage(page, request);
  const person = applicant();
  await form.openType(label, "Registro de Usuario Persona con Discapacidad");
  await form.field("Tipo de discapacidad").selectOption({ label: "Física" });
  await form.field("Porcentaje de discapacidad (%)").fill("55");
  await page.getByRole("radio", { name: "No, la persona con discapacidad presenta la solicitud" }).check();
  await form.attachRespaldo("cedula.pdf");
  await form.fillUserAndCode(person);
  await form.register();
  await form.expectPendingOnMiPagina();
  await signedAndApprovedBySenae(browser, page, person, label);

  const grants = await signedInAgain(page, person, label);
  await expect(grants.getByRole("heading", { name: "Certificado 420 para la Importación de Bienes" })).toBeVisible();
  await expect(grants).toContainText("portal Ecuapass del SENAE");
  await expectAxeClean(page, "Mi página");
});

test("Empleado: the demo company's representative approves with two functions; another company's representative is refused", async ({ browser, page, request }) => {
  const label = "Empleado";
  const form = new TypeRegistrationPage(page, request);
  const person = applicant();
  await form.openType(label, `Solicitud de registro de usuario de ${label}`);
  const { ruc, razonSocial, address, phone } = COMPANY_A.org;
  await form.fillOrganization({ ruc, razonSocial, address, phone, position: "Asistente de importaciones" });
  await form.fillUserAndCode(person);
  await form.register();
  await form.expectPendingOnMiPagina();
  const status = new ApplicantStatusPage(page);
  await status.expectPending(label, "El representante de comercio exterior de la empresa");
  await expect(status.solicitudUso()).toHaveCount(0);
  await expectAxeClean(page, "página de estado");
  await status.signOut();

  // The company's representative sees the request.
  const aContext = await browser.newContext();
  const a = new RepresentativePage(await aContext.newPage());
  await a.signIn(COMPANY_A);
  await expect(a.pendingRequest(person.fullName)).toContainText(person.userId);
  const requestId = await a.requestIdOf(person.fullName);

  // Another company's representative: not listed, and its forged approval is refused.
  const other = await pendingMember(request, { ruc: COMPANY_B.org.ruc, razonSocial: COMPANY_B.org.razonSocial });
  const bContext = await browser.newContext();
  const b = new RepresentativePage(await bContext.newPage());
  await b.signIn(COMPANY_B);
  await expect(b.page.getByText(person.fullName)).toHaveCount(0);
  const forged = await b.approveAnother(other.fullName, requestId, [DAI]);
  await expect(forged.getByRole("alert")).toContainText("La solicitud no existe.");
  await bContext.close();

  await a.page.reload();
  await a.approve(person.fullName, [DAI, DAE]);
  await expect(a.page.getByRole("status").filter({ hasText: "La solicitud fue aprobada" })).toBeVisible();
  await expect(a.approvedMember(person.fullName).getByRole("listitem")).toHaveCount(2);
  await aContext.close();

  const grants = await signedInAgain(page, person, label);
  const mine = grants.getByRole("list", { name: "Mis funciones" });
  await expect(mine.getByRole("listitem")).toHaveCount(2);
  await expect(mine).toContainText(DAI);
  await expect(mine).toContainText(DAE);
  await expect(grants).toContainText(COMPANY_A.org.razonSocial);
  await expectAxeClean(page, "Mi página");
});

test("Funcionarios de Entidades Públicas: the demo entity's representative approves with a function", async ({ browser, page, request }) => {
  const label = "Funcionarios de Entidades Públicas";
  const form = new TypeRegistrationPage(page, request);
  const person = applicant();
  await form.openType(label, `Solicitud de registro de usuario para ${label}`);
  const { ruc, razonSocial, address, phone } = ENTITY.org;
  await form.fillOrganization({ ruc, razonSocial, address, phone, position: "Analista de certificación" }, "entidad", "Cargo en la entidad");
  await form.field("Tipo de documento de respaldo").selectOption({ label: "Acción de personal" });
  const accionPersonal = minimalPdf("accion-personal");
  await form.attachRespaldo("accion-personal.pdf", accionPersonal);
  await form.fillUserAndCode(person);
  await form.register();
  await form.expectPendingOnMiPagina();
  const status = new ApplicantStatusPage(page);
  await status.expectPending(label, "El representante (o delegado) de la entidad pública");
  await expectAxeClean(page, "página de estado");
  await status.signOut();

  const repContext = await browser.newContext();
  const rep = new RepresentativePage(await repContext.newPage());
  await rep.signIn(ENTITY);
  await expect(rep.pendingRequest(person.fullName)).toContainText("Analista de certificación");
  // The representative reads the supporting document before deciding: the applicant's file, byte for byte.
  const download = rep.page.waitForEvent("download");
  await rep.pendingRequest(person.fullName).getByRole("link", { name: `Descargar el documento de respaldo de ${person.fullName}` }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("accion-personal.pdf");
  expect(readFileSync((await file.path())!).equals(accionPersonal)).toBe(true);
  const link = await rep.pendingRequest(person.fullName).getByRole("link", { name: /Descargar el documento de respaldo/ }).getAttribute("href");
  await rep.approve(person.fullName, [VUE_REV]);
  // Decided, the document is no longer the representative's to read.
  expect((await rep.page.request.get(link!)).status()).toBe(404);
  await expect(rep.page.getByRole("status").filter({ hasText: "La solicitud fue aprobada" })).toBeVisible();
  await repContext.close();

  const grants = await signedInAgain(page, person, label);
  const mine = grants.getByRole("list", { name: "Mis funciones" });
  await expect(mine.getByRole("listitem")).toHaveCount(1);
  await expect(mine).toContainText(VUE_REV);
  await expectAxeClean(page, "Mi página");
});
