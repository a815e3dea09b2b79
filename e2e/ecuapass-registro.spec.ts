import { expect, test } from "./support/fixtures";
import { EcuapassRegistrationPage, newPerson } from "./pages/ecuapass-registro";
import { waitForMail } from "./support/mail";

// The clock hook moves the whole server's time: these tests run one after another.
test.describe.configure({ mode: "serial" });

test.afterEach(async ({ request }) => {
  await request.post("/api/test/clock", { data: { reset: true } });
});

test("registro: the seven types, each with its form and who approves it", async ({ page }) => {
  await page.goto("/ecuapass/registro");
  // The general user's registration (active at once) comes first, under its own heading; the six that need an approval follow.
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(["Registro inmediato", "Registro con aprobación"]);
  await expect(page.getByRole("heading", { level: 3 })).toHaveCount(7);
  await expect(page.getByRole("heading", { level: 3 }).first()).toHaveText("Solicitud de registro para Usuario General");
  await expect(page.getByText("No disponible en línea todavía")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Iniciar la solicitud/ })).toHaveCount(7);
  await expect(page.getByRole("link", { name: "Iniciar la solicitud: Usuario General" })).toHaveAttribute("href", "/ecuapass/registro/usuario-general");
  await expect(page.getByRole("link", { name: "Iniciar la solicitud: Empleado" })).toHaveAttribute("href", "/ecuapass/registro/empleado");
  await expect(page.getByText("Aprueba: El representante de comercio exterior de la empresa")).toHaveCount(1);
});

test("a person registers, lands on Mi página, signs out and signs in again", async ({ page, request }) => {
  const form = new EcuapassRegistrationPage(page, request);
  const person = newPerson();
  await form.open();
  await form.fillPersonalData(person);
  await expect(form.page.getByLabel("SENAE Correo Electrónico")).toHaveValue(`${person.userId}@correo.aduana.gob.ec`);
  await form.checkUserId();
  await form.checkDocument();
  await expect(form.button("Solicitar código de seguridad")).toBeDisabled();
  await form.fillEmail(person);
  await form.checkEmail();
  const code = await form.requestCode(person.email);
  await form.field("Ingrese código de seguridad").fill(code);
  await form.register();

  await expect(page).toHaveURL(/\/ecuapass\/mi-pagina$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mi página" })).toBeVisible();
  await expect(page.getByText(`${person.userId}@correo.aduana.gob.ec`).first()).toBeVisible();
  await expect(page.getByText("Consulta del Arancel")).toBeVisible();
  await expect(page.locator("main")).not.toContainText(person.password);
  // The welcome email, queued after the answer, names the ID.usuario and the SENAE address.
  const welcome = await waitForMail(request, person.email, { subject: /Registro de Usuario General en Ecuapass/ });
  expect(welcome.text).toContain(person.userId);
  expect(welcome.text).toContain(`${person.userId}@correo.aduana.gob.ec`);
  expect(welcome.text).not.toContain(person.password);

  await page.getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/\/ecuapass\/ingresar/);
  await page.goto("/ecuapass/mi-pagina");
  await expect(page).toHaveURL(/\/ecuapass\/ingresar/);

  await page.getByLabel("ID.usuario").fill(person.userId.toUpperCase());
  await page.getByLabel("Contraseña").fill(person.password);
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page).toHaveURL(/\/ecuapass\/mi-pagina$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mi página" })).toBeVisible();
});

test("Registrar without requesting a code: 'Debe solicitar el código de seguridad antes de registrar.'", async ({ page, request }) => {
  const form = new EcuapassRegistrationPage(page, request);
  const person = newPerson();
  await form.open();
  await form.fillPersonalData(person);
  await form.fillEmail(person);
  await form.register();
  await expect(form.errorSummary()).toContainText("Debe solicitar el código de seguridad antes de registrar.");
  await expect(page.locator("#securityCode-error")).toHaveText("Error: Debe solicitar el código de seguridad antes de registrar.");
  // Everything typed stays, except the passwords.
  await expect(form.field("ID.usuario")).toHaveValue(person.userId);
  await expect(form.field("Ciudad", false)).toHaveValue("1701");
  await expect(form.field("Contraseña")).toHaveValue("");
});

test("Registrar with an empty or wrong code: 'El código de seguridad ingresado es incorrecto.'", async ({ page, request }) => {
  const form = new EcuapassRegistrationPage(page, request);
  const person = newPerson();
  await form.open();
  await form.fillPersonalData(person);
  await form.fillEmail(person);
  await form.checkEmail();
  const code = await form.requestCode(person.email);
  await form.register();
  await expect(page.locator("#securityCode-error")).toHaveText("Error: El código de seguridad ingresado es incorrecto.");
  await form.field("Contraseña").fill(person.password);
  await form.field("Confirmación de contraseña").fill(person.password);
  await form.field("Ingrese código de seguridad").fill(code === "000000" ? "111111" : "000000");
  await form.register();
  await expect(form.errorSummary()).toContainText("El código de seguridad ingresado es incorrecto. Le quedan 4 intentos.");
  await expect(page).toHaveURL(/\/ecuapass\/registro\/usuario-general$/);
});

test("Registrar after 15 minutes: 'El código de seguridad ha expirado. Solicite un nuevo código.' @exclusivo", async ({ page, request }) => {
  const form = new EcuapassRegistrationPage(page, request);
  const person = newPerson();
  await form.open();
  await form.fillPersonalData(person);
  await form.fillEmail(person);
  await form.checkEmail();
  const code = await form.requestCode(person.email);
  await form.field("Ingrese código de seguridad").fill(code);
  const moved = await request.post("/api/test/clock", { data: { advanceMs: 15 * 60_000 + 1_000 } });
  expect(moved.ok()).toBe(true);
  await form.register();
  await expect(page.locator("#securityCode-error")).toHaveText(
    "Error: El código de seguridad ha expirado. Solicite un nuevo código.",
  );
});

test("email and confirmation differ: 'El correo electrónico y su confirmación no coinciden.'", async ({ page, request }) => {
  const form = new EcuapassRegistrationPage(page, request);
  const person = { ...newPerson(), emailConfirmation: `otra.${Date.now()}@example.com` };
  await form.open();
  await form.fillPersonalData(person);
  await form.fillEmail(person);
  await form.button("Comprobar disponibilidad del correo electrónico").click();
  await expect(page.locator("#emailConfirmation-error")).toHaveText("Error: El correo electrónico y su confirmación no coinciden.");
  await expect(form.field("Correo electrónico")).not.toHaveAttribute("readonly", "");
  await expect(form.button("Solicitar código de seguridad")).toBeDisabled();
  await form.register();
  await expect(form.errorSummary()).toContainText("El correo electrónico y su confirmación no coinciden.");
});

test("the form works at 360 px without horizontal scroll, and with the keyboard", async ({ page, request }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const form = new EcuapassRegistrationPage(page, request);
  await page.goto("/ecuapass/registro/usuario-general");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await form.field("ID.usuario").focus();
  await page.keyboard.type("ab");
  await page.keyboard.press("Tab");
  await expect(form.button("Comprobar disponibilidad del ID.usuario")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#userId-error")).toContainText("de 4 a 20 caracteres");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("End");
  await page.keyboard.type("cd");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator("#userId-availability")).toHaveText(/está disponible|no está disponible/);
});
