import { mkdirSync } from "node:fs";
import { DEMO_REPRESENTATIVES } from "@/lib/ecuapass/demo-accounts";
import { randomRuc } from "@/lib/ecuapass/test-data";
import { randomCedula } from "@/test/factories";
import { expect, test } from "./support/fixtures";
import { TypeRegistrationPage, newPerson } from "./pages/ecuapass-tipo-registro";

// The six registration types that need an approval, filed in Chromium: each lands signed in on
// «Mi página» (its request's status); a wrong RUC or a missing document keeps what was typed and
// says what is wrong next to the field. Every page is checked by axe (support/fixtures).

test.describe.configure({ timeout: 150_000 });

const company = () => ({ ruc: randomRuc("sociedad_privada"), razonSocial: "Comercial Los Andes S.A.", address: "Av. de los Shyris N35-17, Quito", phone: "022456789" });
const entity = () => ({ ruc: randomRuc("entidad_publica"), razonSocial: "Instituto Nacional de Pesca", address: "Letamendi 102 y La Ría, Guayaquil", phone: "042401773" });
const demoOrg = (i: 0 | 2) => {
  const { ruc, razonSocial, address, phone } = DEMO_REPRESENTATIVES[i].org;
  return { ruc, razonSocial, address, phone };
};

test("Representante de Comercio Exterior: a wrong RUC and a missing document keep the typed values; corrected, it lands on Mi página", async ({ page, request }) => {
  const form = new TypeRegistrationPage(page, request);
  const person = newPerson();
  const org = company();
  await form.openType("Representante de Comercio Exterior", "Solicitud de registro de usuario de Representante de Comercio Exterior");
  await form.fillOrganization({ ...org, ruc: `${org.ruc.slice(0, 12)}0` });
  await form.fillUserAndCode(person);
  await form.register();

  await expect(form.errorSummary()).toBeVisible();
  await expect(page.locator("#orgRuc-error")).toHaveText(/^Error: El número de establecimiento del RUC no puede ser cero\.$/);
  await expect(page.locator("#respaldo-error")).toHaveText("Error: Adjunte el documento de respaldo en PDF.");
  await expect(form.field("Razón social")).toHaveValue(org.razonSocial);
  await expect(form.field("ID.usuario")).toHaveValue(person.userId);
  await expect(form.field("Ingrese código de seguridad")).not.toHaveValue("");
  mkdirSync("test-results/pantallas", { recursive: true });
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/pantallas/tipo-error-${width}.png`, fullPage: true });
  }

  // A PDF by content only: a renamed HTML file is refused, and the chosen file survives the failed submit.
  await form.field("RUC de la empresa").fill(org.ruc);
  await form.attachRespaldo("nombramiento.pdf", Buffer.from("<html>no soy un PDF</html>"));
  await form.field("Contraseña").fill(person.password);
  await form.field("Confirmación de contraseña").fill(person.password);
  await form.register();
  await expect(page.locator("#respaldo-error")).toHaveText("Error: El archivo no es un PDF. Adjunte el documento de respaldo en formato PDF.");
  await expect(page.locator("#orgRuc-error")).toHaveText("");

  await form.attachRespaldo("nombramiento-gerente.pdf");
  await form.field("Contraseña").fill(person.password);
  await form.field("Confirmación de contraseña").fill(person.password);
  await form.register();
  await form.expectPendingOnMiPagina();
});

test("Empleado: refused for a company without a representative; accepted for the demo company", async ({ page, request }) => {
  const form = new TypeRegistrationPage(page, request);
  const person = newPerson();
  await form.openType("Empleado", "Solicitud de registro de usuario de Empleado");
  await form.fillOrganization({ ...company(), position: "Asistente de importaciones" });
  await form.fillUserAndCode(person);
  await form.register();
  await expect(page.locator("#orgRuc-error")).toContainText("no tiene un representante de comercio exterior registrado y aprobado");

  await form.field("RUC de la empresa").fill(demoOrg(0).ruc);
  await form.field("Contraseña").fill(person.password);
  await form.field("Confirmación de contraseña").fill(person.password);
  await form.register();
  await form.expectPendingOnMiPagina();
});

test("Representantes de Entidades Públicas: a delegate names the authority and attaches the delegation", async ({ page, request }) => {
  const form = new TypeRegistrationPage(page, request);
  await form.openType("Representantes de Entidades Públicas", "Solicitud de registro de usuario para Representantes de Entidades Públicas");
  await form.fillOrganization({ ...entity(), ruc: randomRuc("sociedad_privada") }, "entidad", "Cargo en la entidad");
  await page.getByRole("radio", { name: "Funcionario delegado por la máxima autoridad" }).check();
  await form.fillPerson("de la máxima autoridad", { fullName: "Jorge Luis Cedeño Mora", docNumber: randomCedula(), position: "Director ejecutivo" });
  await expect(page.getByText("Adjunte: Oficio de delegación de la máxima autoridad.")).toBeVisible();
  await form.attachRespaldo("oficio-delegacion.pdf");
  const person = newPerson();
  await form.fillUserAndCode(person);
  await form.register();
  await expect(page.locator("#orgRuc-error")).toHaveText("Error: Este tipo de registro no admite un RUC de ese tipo. Admite el RUC de: entidad pública.");
  await expect(form.field("Nombres y apellidos de la máxima autoridad")).toHaveValue("Jorge Luis Cedeño Mora");

  await form.field("RUC de la entidad").fill(entity().ruc);
  await form.field("Contraseña").fill(person.password);
  await form.field("Confirmación de contraseña").fill(person.password);
  await form.register();
  await form.expectPendingOnMiPagina();
});

test("Funcionarios de Entidades Públicas: an official of the demo entity with an acción de personal", async ({ page, request }) => {
  const form = new TypeRegistrationPage(page, request);
  await form.openType("Funcionarios de Entidades Públicas", "Solicitud de registro de usuario para Funcionarios de Entidades Públicas");
  await form.fillOrganization({ ...demoOrg(2), position: "Analista de certificación" }, "entidad", "Cargo en la entidad");
  await form.field("Tipo de documento de respaldo").selectOption({ label: "Acción de personal" });
  await form.attachRespaldo("accion-personal.pdf");
  await form.fillUserAndCode(newPerson());
  await form.register();
  await form.expectPendingOnMiPagina();
});

test("Organismos Internacionales: the organization's representative with a passport, and the credential", async ({ page, request }) => {
  const form = new TypeRegistrationPage(page, request);
  await form.openType("Organismos Internacionales", "Solicitud de registro de usuario para Organismos Internacionales");
  await form.fillOrganization({ ...company(), razonSocial: "Organización Panamericana de la Salud" }, "organismo", "Cargo en el organismo");
  await form.fillPerson("del representante del organismo", { fullName: "Pierre Dubois", docType: "Pasaporte", docNumber: "18AV12345", position: "Representante en Ecuador" });
  await form.field("Tipo de documento de respaldo").selectOption({ label: "Credencial o acreditación del organismo internacional" });
  await form.attachRespaldo("credencial.pdf");
  await form.fillUserAndCode(newPerson());
  await form.register();
  await form.expectPendingOnMiPagina();
});

test("Persona con Discapacidad: cédula only, type and percentage as on the cédula, with the legal representative acting", async ({ page, request }) => {
  const form = new TypeRegistrationPage(page, request);
  await form.openType("Persona con Discapacidad", "Registro de Usuario Persona con Discapacidad");
  await expect(page.getByLabel("Tipo de documento de identificación").locator("option")).toHaveText(["Cédula de Identidad"]);
  await form.field("Tipo de discapacidad").selectOption({ label: "Visual" });
  await form.field("Porcentaje de discapacidad (%)").fill("20");
  await page.getByRole("radio", { name: "Sí, actúa su representante legal" }).check();
  await form.fillPerson("del representante legal", { fullName: "Rosa Elena Vélez Andrade", docNumber: randomCedula() });
  await form.field("Calidad del representante legal").selectOption({ label: "Padre o madre" });
  await expect(page.getByText(/Adjunte: Cédula de la persona con discapacidad y documento que acredita/)).toBeVisible();
  await form.attachRespaldo("cedula-y-representacion.pdf");
  const person = newPerson();
  await form.fillUserAndCode(person);
  await form.register();
  await expect(page.locator("#disabilityPercent-error")).toContainText("de 30 a 100");
  await expect(form.field("Nombres y apellidos del representante legal")).toHaveValue("Rosa Elena Vélez Andrade");

  await form.field("Porcentaje de discapacidad (%)").fill("45");
  await form.field("Contraseña").fill(person.password);
  await form.field("Confirmación de contraseña").fill(person.password);
  await form.register();
  await form.expectPendingOnMiPagina();
});
