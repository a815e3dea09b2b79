import type { Browser, BrowserContext, Page } from "@playwright/test";
import { DEMO_ADMIN, DEMO_REVIEWER } from "../lib/auth/demo-staff";
import { expect, test } from "./support/fixtures";
import { AdminReviewPage } from "./pages/admin-review";
import { outboxHeaders } from "./support/outbox";
import { totpNow } from "./support/totp";
import { linkIn, waitForMail } from "./support/mail";
import { randomRuc } from "@/lib/seps/testing";
import { randomCedula } from "@/test/factories";
import { waitForHydration } from "./support/hydration";

async function signInStaff(page: Page, who: { email: string; password: string; totpSecret: string }) {
  await new AdminReviewPage(page).signIn(who);
  await expect(page).toHaveURL(/\/admin$/);
}

async function staffContext(browser: Browser, who: typeof DEMO_ADMIN | typeof DEMO_REVIEWER): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInStaff(page, who);
  return [context, page];
}

test.describe("security headers", () => {
  test("pages: nonce CSP with strict-dynamic, nosniff, referrer and permissions policies, no X-Powered-By, no HSTS on http", async ({ request }) => {
    const response = await request.get("/");
    const h = response.headers();
    const csp = h["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
    expect(h["x-powered-by"]).toBeUndefined();
    expect(h["strict-transport-security"]).toBeUndefined(); // http://localhost: HSTS only with an https APP_URL
    // A fresh nonce per request.
    const again = (await request.get("/")).headers()["content-security-policy"];
    expect(again).not.toBe(csp);
  });

  test("the nonce is on the page's scripts", async ({ page }) => {
    const response = await page.goto("/");
    const nonce = /'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"] ?? "")![1];
    const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    for (const n of scripts) expect(n).toBe(nonce);
  });

  test("sign-in and account pages are never cached; token pages send no referrer to other sites", async ({ request }) => {
    for (const path of ["/admin/ingresar", "/seps/ingresar", "/ecuapass/ingresar"]) {
      expect((await request.get(path)).headers()["cache-control"], path).toContain("no-store");
    }
    const token = (await request.get("/admin/activar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).headers();
    expect(token["referrer-policy"]).toBe("same-origin");
    expect(token["cache-control"]).toContain("no-store");
  });

  test("API answers carry a deny-all CSP and nosniff", async ({ request }) => {
    const h = (await request.get("/api/dev/outbox?to=nadie@example.com", { headers: outboxHeaders })).headers();
    expect(h["content-security-policy"]).toContain("default-src 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["x-powered-by"]).toBeUndefined();
  });

  test("session cookie: HttpOnly, SameSite=Lax, path /", async ({ browser }) => {
    const [context] = await staffContext(browser, DEMO_REVIEWER);
    const session = (await context.cookies()).find((c) => /ventanilla\.session/.test(c.name));
    expect(session).toBeDefined();
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    await context.close();
  });
});

test.describe("access", () => {
  test("a reviewer gets 403 on admin-only pages", async ({ browser }) => {
    const [context, page] = await staffContext(browser, DEMO_REVIEWER);
    for (const path of ["/admin/personal", "/admin/auditoria"]) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: "Acceso no permitido" })).toBeVisible();
    }
    await context.close();
  });

  test("a staff session does not open applicant areas, and staff credentials do not sign in there", async ({ browser }) => {
    const [context, page] = await staffContext(browser, DEMO_ADMIN);
    await page.goto("/seps/casillero");
    await expect(page).toHaveURL(/\/seps\/ingresar/);
    await page.goto("/ecuapass/mi-pagina");
    await expect(page).toHaveURL(/\/ecuapass\/ingresar/);
    await page.goto("/seps/ingresar");
    await page.getByLabel(/Usuario/).fill(DEMO_ADMIN.email);
    await page.getByLabel("Contraseña").fill(DEMO_ADMIN.password);
    await page.getByRole("button", { name: "Ingresar" }).click();
    await expect(page.getByText("Usuario o contraseña incorrectos").first()).toBeVisible();
    await context.close();
  });

  test("without a session, /admin pages send to the staff sign-in", async ({ page }) => {
    await page.goto("/admin/personal");
    await expect(page).toHaveURL(/\/admin\/ingresar/);
  });
});

test.describe("sessions", () => {
  test("an old session cookie is refused after sign-out @exclusivo", async ({ browser }) => {
    const [contextA, pageA] = await staffContext(browser, DEMO_REVIEWER);
    const contextB = await browser.newContext();
    await contextB.addCookies(await contextA.cookies());
    const pageB = await contextB.newPage();
    await pageB.goto("/admin");
    await expect(pageB).toHaveURL(/\/admin$/);
    await pageA.getByRole("button", { name: "Cerrar sesión" }).click();
    await expect(pageA).toHaveURL(/\/admin\/ingresar/);
    await pageB.goto("/admin");
    await expect(pageB).toHaveURL(/\/admin\/ingresar/);
    await contextA.close();
    await contextB.close();
  });

  test("a session ends after 30 minutes idle (server clock moved) @exclusivo", async ({ browser, request }) => {
    const [context, page] = await staffContext(browser, DEMO_REVIEWER);
    try {
      expect((await request.post("/api/test/clock", { data: { advanceMs: 31 * 60_000 } })).ok()).toBe(true);
      await page.goto("/admin");
      await expect(page).toHaveURL(/\/admin\/ingresar/);
    } finally {
      await request.post("/api/test/clock", { data: { reset: true } });
      await context.close();
    }
  });

  test("sign-in is locked after 5 failures with a message saying how long", async ({ page }) => {
    const cedula = `17${String(Date.now()).slice(-8)}`;
    await page.goto("/seps/ingresar");
    for (let i = 0; i < 5; i++) {
      await page.getByLabel(/Usuario/).fill(cedula);
      await page.locator("#password").fill(`mala-${i}`);
      const answered = page.waitForResponse((r) => r.request().method() === "POST");
      await page.getByRole("button", { name: "Ingresar" }).click();
      await answered;
      // React resets the form once the action's state is applied; filling before that would be wiped.
      await expect(page.locator("#password")).toHaveValue("");
      await expect(page.locator(".error-summary")).toContainText("Usuario o contraseña incorrectos");
    }
    await expect(page.locator(".error-summary")).toContainText(/Demasiados intentos, espere \d+ segundos/);
  });
});

test.describe("staff accounts and cross-site requests", () => {
  test("an admin imports the catastro CSV: a file with a rejected row can't be applied and says why; a valid one imports", async ({ browser }) => {
    const [context, page] = await staffContext(browser, DEMO_ADMIN);
    const header = "ruc,razon_social,sector,segmento_nivel,correo,cedula_representante,nombres_representante,correo_representante";
    const ruc = randomRuc();
    const good = `${ruc},Cooperativa de Prueba Catastro,no_financiera,Nivel 2,coop@catastro.example,${randomCedula()},Ana Lucía Mora Vera,ana@catastro.example`;
    const bad = `${randomRuc()},Otra Organización,no_financiera,Segmento 9,otra@catastro.example,${randomCedula()},Luis Pérez,luis@catastro.example`;
    const preview = async (rows: string[]) => {
      await page.getByLabel("Archivo CSV (UTF-8)").setInputFiles({ name: "catastro.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...rows].join("\n")) });
      await page.getByRole("button", { name: "Revisar el archivo" }).click();
    };
    await page.goto("/admin/catastro");
    await preview([good, bad]);
    const report = page.getByRole("table", { name: /Filas con errores/ });
    await expect(report).toBeVisible();
    await expect(report).toContainText("Segmento / Nivel: para el sector no financiero");
    await expect(page.getByRole("button", { name: "Aplicar los cambios" })).toHaveCount(0);
    await page.goto(`/admin/catastro?q=${ruc}`);
    await expect(page.getByRole("cell", { name: "Cooperativa de Prueba Catastro" })).toHaveCount(0);

    await preview([good]);
    await page.getByRole("button", { name: "Aplicar los cambios" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Catastro actualizado: 1 nueva(s)" })).toBeVisible();
    await page.goto(`/admin/catastro?q=${ruc}`);
    await expect(page.getByRole("cell", { name: "Cooperativa de Prueba Catastro" })).toBeVisible();
    await context.close();
  });

  test("admin invites, the link activates with TOTP and recovery codes; forged posts change nothing", async ({ browser, request }) => {
    const [context, page] = await staffContext(browser, DEMO_ADMIN);
    const email = `personal.${Date.now()}@example.com`;

    // Capture the browser's real server-action request for the invitation, then replay it
    // cross-site, without Origin and with Origin: null.
    await page.goto("/admin/personal");
    await page.getByLabel("Nombres y apellidos").fill("Persona Forjada");
    await page.getByLabel("Correo electrónico").fill(`forjado.${email}`);
    let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
    await page.route("**/admin/personal", async (route) => {
      const req = route.request();
      if (req.method() === "POST" && req.headers()["next-action"]) {
        captured = { url: req.url(), headers: req.headers(), body: req.postDataBuffer()! };
        await route.abort();
      } else await route.continue();
    });
    const invite = page.getByRole("button", { name: "Invitar" });
    await waitForHydration(invite);
    await invite.click();
    await expect.poll(() => Boolean(captured)).toBe(true);
    await page.unroute("**/admin/personal");
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const base = { "next-action": captured!.headers["next-action"]!, "content-type": captured!.headers["content-type"]!, cookie, accept: "text/x-component" };
    const forged: Record<string, string>[] = [{ origin: "https://atacante.example", "sec-fetch-site": "cross-site" }, {}, { origin: "null" }];
    for (const extra of forged) {
      const response = await request.fetch(captured!.url, { method: "POST", headers: { ...base, ...extra }, data: captured!.body, maxRedirects: 0 });
      expect(response.status()).toBeLessThan(600);
    }
    await page.goto("/admin/personal");
    await expect(page.getByText(`forjado.${email}`)).toHaveCount(0);

    // The real invitation.
    await page.getByLabel("Nombres y apellidos").fill("Persona Nueva");
    await page.getByLabel("Correo electrónico").fill(email);
    await page.getByLabel("Rol").selectOption("reviewer");
    await page.getByRole("button", { name: "Invitar" }).click();
    await expect(page.getByText("Invitación creada")).toBeVisible();
    const message = await waitForMail(request, email, { subject: /Active su cuenta/ });
    const link = linkIn(message, "/admin/activar/");
    await context.close();

    const fresh = await browser.newContext();
    const newcomer = await fresh.newPage();
    await newcomer.goto(link);
    await expect(newcomer.getByRole("heading", { name: "Activar cuenta del personal" })).toBeVisible();
    await newcomer.goto(link); // opening it again (a mail scanner) uses nothing
    await newcomer.getByRole("button", { name: "Continuar" }).click();
    await expect(newcomer.getByRole("img", { name: /Código QR/ })).toBeVisible();
    const secret = ((await newcomer.locator("code.secret-key").textContent()) ?? "").replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const password = "Tranvía azul 2026 norte";
    await newcomer.locator("#password").fill(password);
    await newcomer.locator("#passwordConfirm").fill(password);
    await newcomer.getByLabel("Código de verificación").fill(totpNow(secret));
    await newcomer.getByRole("button", { name: "Activar cuenta" }).click();
    await expect(newcomer.getByRole("heading", { name: "Códigos de recuperación" })).toBeVisible();
    await expect(newcomer.locator("ol.recovery-codes li")).toHaveCount(10);
    const recovery = ((await newcomer.locator("ol.recovery-codes li").first().textContent()) ?? "").trim();

    // The link is used up; the account signs in with a recovery code.
    await newcomer.goto(link);
    await expect(newcomer.getByText(/ya fue utilizado/)).toBeVisible();
    await newcomer.goto("/admin/ingresar");
    await newcomer.getByLabel("Correo electrónico").fill(email);
    await newcomer.locator("#password").fill(password);
    await newcomer.getByLabel("Código de verificación").fill(recovery);
    await newcomer.getByRole("button", { name: "Ingresar" }).click();
    await expect(newcomer).toHaveURL(/\/admin$/);
    await fresh.close();

    // The admin sees it in the audit log.
    const [adminContext, adminPage] = await staffContext(browser, DEMO_ADMIN);
    await adminPage.goto(`/admin/auditoria?accion=personal.&actor=`);
    await expect(adminPage.getByRole("cell", { name: "personal.activado" }).first()).toBeVisible();
    await adminContext.close();
  });
});
