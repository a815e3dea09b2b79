import { DEMO_REVIEWER } from "@/lib/auth/demo-staff";
import { expect, test } from "./support/fixtures";
import { waitForMail } from "./support/mail";
import { outboxHeaders } from "./support/outbox";
import { withFreshTotp } from "./support/totp";

test("the landing page presents both procedures and the sign-in links", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Ventanilla" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Registrarse en Ecuapass" })).toHaveAttribute("href", "/ecuapass/registro");
  await expect(page.getByRole("link", { name: "Solicitar usuario y clave" })).toHaveAttribute("href", "/seps/solicitud");
  await expect(page.getByRole("link", { name: "Usuarios de Ecuapass" })).toHaveAttribute("href", "/ecuapass/ingresar");
  await expect(page.getByRole("link", { name: "Personal de revisión de la SEPS" })).toHaveAttribute("href", "/admin/ingresar");
});

test("the skip link moves the keyboard to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Saltar al contenido principal" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#contenido")).toBeFocused();
});

test("the landing page has no horizontal scroll at 360 px", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("/admin is protected and the demo reviewer signs in with password and TOTP @exclusivo", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/ingresar/);

  await page.getByLabel("Correo electrónico").fill(DEMO_REVIEWER.email);
  await page.getByLabel("Contraseña").fill("contraseña-equivocada-1");
  await page.getByLabel("Código de verificación").fill("000000");
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page.getByRole("alert", { name: "Hay un problema" })).toContainText("Usuario o contraseña incorrectos");
  await expect(page.getByLabel("Correo electrónico")).toHaveValue(DEMO_REVIEWER.email);

  await page.getByLabel("Contraseña").fill(DEMO_REVIEWER.password);
  await withFreshTotp(DEMO_REVIEWER.totpSecret, async (otp) => {
    await page.getByLabel("Código de verificación").fill(otp);
    await page.getByRole("button", { name: "Ingresar" }).click();
    await expect(page).toHaveURL(/\/admin$/);
  });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/\/admin\/ingresar/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/ingresar/);
});

test("a message sent by the app lands in the dev outbox page and the JSON endpoint", async ({ page, request }) => {
  const to = `prueba.${Date.now()}@example.com`;
  const response = await request.post("/api/test/correo", { data: { to } });
  expect(response.ok()).toBe(true);
  const message = await waitForMail(request, to, { subject: /Mensaje de prueba/ });
  expect(message.text).toContain("La configuración de correo de Ventanilla funciona");
  expect(message.html).toContain("<html");

  expect((await request.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`)).status(), "sin la clave del buzón").toBe(404);
  expect((await page.goto("/dev/correo"))?.status(), "sin la clave del buzón").toBe(404);
  await page.setExtraHTTPHeaders(outboxHeaders);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/dev/correo?para=${encodeURIComponent(to)}`);
  await expect(page.getByRole("heading", { name: "Mensaje de prueba de Ventanilla" })).toBeVisible();
  await expect(page.getByText(`Para: ${to}`)).toBeVisible();
  await expect(page.getByText("?para=correo", { exact: true })).toBeVisible();
  // On a phone the message is shown whole: the frame is as tall as the message, no inner scroll.
  const frame = page.getByTitle("Mensaje: Mensaje de prueba de Ventanilla");
  await expect(page.frameLocator('iframe[title="Mensaje: Mensaje de prueba de Ventanilla"]').getByText("La configuración de correo de Ventanilla funciona")).toBeVisible();
  await expect
    .poll(() => frame.evaluate((el: HTMLIFrameElement) => el.contentDocument!.documentElement.scrollHeight - el.clientHeight))
    .toBeLessThanOrEqual(1);
});

test("every page names the service, shows the phase and links help, privacy, accessibility and terms", async ({ page }) => {
  await page.goto("/seps/ingresar");
  await expect(page.getByRole("banner")).toContainText("Registro de usuarios de SENAE Ecuapass y de la SEPS");
  await expect(page.getByRole("region", { name: "Fase del servicio" })).toContainText("Demostración");
  await expect(page.getByRole("main")).toContainText("Superintendencia de Economía Popular y Solidaria (SEPS)");
  const footer = page.getByRole("navigation", { name: "Información del sitio" });
  for (const [name, heading] of [
    ["Ayuda y contacto", "Ayuda y contacto"],
    ["Privacidad y datos personales", "Privacidad y datos personales"],
    ["Accesibilidad", "Declaración de accesibilidad"],
    ["Términos de uso", "Términos de uso"],
  ] as const) {
    await footer.getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  }
  // A short page keeps its footer at the bottom of the window.
  await page.setViewportSize({ width: 1280, height: 1200 });
  await page.goto("/seps/ingresar");
  const footerBox = await page.getByRole("contentinfo").boundingBox();
  expect(Math.round(footerBox!.y + footerBox!.height)).toBeGreaterThanOrEqual(1199);
});
