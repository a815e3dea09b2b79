import { expect, test, type Page, type Request } from "@playwright/test";
import { DEMO_REVIEWER } from "@/lib/auth/demo-staff";
import { EcuapassRegistrationPage, newPerson } from "./pages/ecuapass-registro";

// Before hydration (a slow phone, a password manager's autofill + Enter) a form is plain HTML:
// every form that carries a secret must POST to its server action, never GET the same URL with the
// secret in the query string (history, logs, Referer). These tests run with JavaScript disabled.
test.use({ javaScriptEnabled: false });

/** Every URL the page requested while `run` ran: none may carry the secrets. */
async function urlsDuring(page: Page, run: () => Promise<void>) {
  const requests: Request[] = [];
  const listener = (request: Request) => void requests.push(request);
  page.on("request", listener);
  await run();
  page.off("request", listener);
  return requests;
}

function expectNoSecretIn(requests: Request[], page: Page, secrets: string[]) {
  const urls = [...requests.map((r) => r.url()), page.url()];
  for (const secret of secrets) {
    for (const url of urls) {
      expect(decodeURIComponent(url), `a secret in ${url}`).not.toContain(secret);
      expect(url).not.toContain(encodeURIComponent(secret));
    }
  }
}

/**
 * The page's own HTML carries the notice inside <noscript> (Playwright's text queries skip
 * <noscript>, so the markup is read), and the box is drawn: with scripting off it is real content.
 */
async function expectNoscriptNotice(page: Page, path: string, text: RegExp) {
  const html = await (await page.request.get(path)).text();
  const notices = [...html.matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)].map((m) => m[1]);
  expect(notices.some((n) => text.test(n ?? "")), "a <noscript> notice").toBe(true);
  const box = await page.locator("noscript .notice").first().boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(0);
}

const FORM_PAGES = [
  "/ecuapass/registro/usuario-general",
  "/ecuapass/ingresar",
  "/seps/ingresar",
  "/seps/restablecer",
  "/admin/ingresar",
  "/seps/solicitud/no-financieras",
];

test("every form that sends data declares POST in the HTML itself", async ({ page }) => {
  for (const path of FORM_PAGES) {
    await page.goto(path);
    const forms = page.locator("form:not([role=search])");
    const count = await forms.count();
    expect(count, path).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await expect(forms.nth(i), `${path}, form ${i + 1}`).toHaveAttribute("method", /^post$/i);
    }
  }
});

test("Ecuapass registration without JavaScript: a POST, the password in no URL, the typed values kept", async ({ page, request }) => {
  const form = new EcuapassRegistrationPage(page, request);
  // Provincia and Ciudad follow País with JavaScript; without it, a person abroad fills the form.
  const person = { ...newPerson(), country: "Colombia", province: undefined, city: undefined };
  await page.goto("/ecuapass/registro/usuario-general");
  await expectNoscriptNotice(page, "/ecuapass/registro/usuario-general", /este formulario necesita JavaScript/);
  await form.fillPersonalData(person);
  await form.fillEmail(person);
  await form.field("Ingrese código de seguridad").fill("ABC123");
  const requests = await urlsDuring(page, async () => {
    await form.register();
    await expect(page.getByRole("alert").filter({ hasText: "Hay un problema" })).toBeVisible();
  });
  const navigation = requests.find((r) => r.isNavigationRequest());
  expect(navigation?.method()).toBe("POST");
  expectNoSecretIn(requests, page, [person.password, "ABC123"]);
  // The server's answer is the page again: the error, and what was typed (never the passwords).
  await expect(page.getByText("Debe solicitar el código de seguridad antes de registrar.").first()).toBeVisible();
  await expect(form.field("ID.usuario")).toHaveValue(person.userId);
  await expect(form.field("Contraseña")).toHaveValue("");
});

test("the three sign-in forms without JavaScript: a POST, the password in no URL", async ({ page }) => {
  const cases: { path: string; user: [string, string]; password: string; otp?: string }[] = [
    { path: "/ecuapass/ingresar", user: ["ID.usuario", "mpnadie"], password: "Clave sin JS 123" },
    { path: "/seps/ingresar", user: ["Usuario (Cédula de Identidad)", "1710034065"], password: "Clave sin JS 456" },
    { path: "/admin/ingresar", user: ["Correo electrónico", DEMO_REVIEWER.email], password: "Clave sin JS 789", otp: "123456" },
  ];
  for (const c of cases) {
    await page.goto(c.path);
    await page.getByLabel(c.user[0]).fill(c.user[1]);
    await page.getByLabel("Contraseña").fill(c.password);
    if (c.otp) await page.getByLabel("Código de verificación").fill(c.otp);
    const requests = await urlsDuring(page, async () => {
      await page.getByRole("button", { name: "Ingresar" }).click();
      await page.waitForLoadState("load");
    });
    expect(requests.find((r) => r.isNavigationRequest())?.method(), c.path).toBe("POST");
    expectNoSecretIn(requests, page, [c.password, ...(c.otp ? [c.otp] : [])]);
  }
});

test("the SEPS request form says it needs JavaScript instead of misbehaving", async ({ page }) => {
  await page.goto("/seps/solicitud/no-financieras");
  await expectNoscriptNotice(page, "/seps/solicitud/no-financieras", /Este formulario necesita JavaScript/);
});
