import { DEMO_ADMIN, DEMO_REVIEWER } from "@/lib/auth/demo-staff";
import { expect, test } from "./support/fixtures";
import { linkIn, waitForMail } from "./support/mail";
import { AdminReviewPage, seedRequestInReview } from "./pages/admin-review";
import { SepsAccountPage } from "./pages/admin-seps-account";

const PASSWORD = "Cosecha-Solidaria-73";

test("an admin finds a SEPS account, resends its activation link, suspends it (ending the live session), reactivates it and revokes its role", async ({
  page,
  browser,
  request,
}) => {
  const seeded = await seedRequestInReview(request);
  const admin = new AdminReviewPage(page);
  await admin.signIn(DEMO_ADMIN);
  await admin.openFromQueue(seeded.number);
  await admin.approve();
  await waitForMail(request, seeded.userEmail, { subject: /Acceso otorgado/ });

  await page.getByRole("navigation", { name: "Personal" }).getByRole("link", { name: "Usuarios" }).click();
  await page.getByRole("searchbox", { name: "Buscar" }).fill(seeded.userCedula);
  await page.getByRole("button", { name: "Buscar" }).click();
  await expect(page.getByRole("status")).toHaveText("1 cuenta encontrada.");
  await page.getByRole("link", { name: seeded.userName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(seeded.userName);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Pendiente de activación");
  await expect(page.getByRole("row", { name: new RegExp(seeded.razonSocial) })).toContainText("Activa");

  const resentAt = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: "Reenviar enlace" }).click();
  await expect(page.getByRole("status").filter({ hasText: "nuevo enlace" })).toBeVisible();
  const resent = await waitForMail(request, seeded.userEmail, { subject: /Nuevo enlace/, after: resentAt });

  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  const user = new SepsAccountPage(userPage);
  await userPage.goto(linkIn(resent, "/seps/activar/"));
  await user.setPassword(seeded.userCedula, PASSWORD);
  await user.signIn(seeded.userCedula, PASSWORD);

  // Suspension: the reason is required; then the live session ends at its next request.
  await page.reload();
  const suspend = page.locator("form", { has: page.getByRole("heading", { name: "Suspender la cuenta" }) });
  await suspend.getByRole("button", { name: "Suspender" }).click();
  await expect(suspend.getByRole("alert")).toContainText("Escriba el motivo");
  await suspend.getByLabel("Motivo").fill("Uso de la cuenta por otra persona.");
  await suspend.getByRole("button", { name: "Suspender" }).click();
  await expect(page.getByRole("status").filter({ hasText: "fue suspendida" })).toBeVisible();
  await waitForMail(request, seeded.userEmail, { subject: /suspendida/ });
  await userPage.reload();
  await expect(userPage).toHaveURL(/\/seps\/ingresar/);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Suspendida");
  const reactivate = page.locator("form", { has: page.getByRole("heading", { name: "Reactivar la cuenta" }) });
  await reactivate.getByLabel("Motivo").fill("Identidad verificada en persona.");
  await reactivate.getByRole("button", { name: "Reactivar" }).click();
  await expect(page.getByRole("status").filter({ hasText: "reactivada" })).toBeVisible();
  await user.signIn(seeded.userCedula, PASSWORD);

  await page.reload();
  const revoke = page.locator("form", { has: page.getByRole("heading", { name: "Revocar un rol" }) });
  await revoke.getByLabel("Motivo").fill("La persona dejó la organización.");
  await revoke.getByRole("button", { name: "Revocar el rol" }).click();
  await expect(page.getByRole("status").filter({ hasText: "el cupo quedó libre" })).toBeVisible();
  await waitForMail(request, seeded.userEmail, { subject: /fue revocado/ });
  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(seeded.razonSocial) })).toContainText("Desactivada");
  await userContext.close();
});

test("a reviewer can look an account up but is refused the admin-only pages and sees no account actions", async ({ page, request }) => {
  const seeded = await seedRequestInReview(request);
  const reviewer = new AdminReviewPage(page);
  await reviewer.signIn(DEMO_REVIEWER);
  await reviewer.openFromQueue(seeded.number);
  await reviewer.approve();
  await page.goto(`/admin/usuarios?q=${seeded.userCedula}`);
  await page.getByRole("link", { name: seeded.userName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(seeded.userName);
  await expect(page.getByRole("button", { name: "Suspender" })).toHaveCount(0);
  await expect(page.getByText("Solo la administración puede suspender cuentas")).toBeVisible();
  const response = await page.goto("/admin/catastro");
  expect(response?.status()).toBe(403);
});

test("an admin sees a sign-in lock on the account's page and lifts it", async ({ page, browser, request }) => {
  const seeded = await seedRequestInReview(request);
  const admin = new AdminReviewPage(page);
  await admin.signIn(DEMO_ADMIN);
  await admin.openFromQueue(seeded.number);
  await admin.approve();

  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  for (let i = 0; i < 5; i++) {
    await userPage.goto("/seps/ingresar");
    await userPage.getByLabel("Usuario (Cédula de Identidad)").fill(seeded.userCedula);
    await userPage.getByLabel("Contraseña").fill(`Incorrecta-${i}-2026`);
    await userPage.getByRole("button", { name: "Ingresar" }).click();
    await expect(userPage.getByRole("alert").first()).toContainText("Usuario o contraseña incorrectos");
  }
  await expect(userPage.getByRole("alert").first()).toContainText("espere");
  await userContext.close();

  await page.goto(`/admin/usuarios?q=${seeded.userCedula}`);
  await page.getByRole("link", { name: seeded.userName }).click();
  const history = page.getByRole("region", { name: "Historial de ingreso" });
  await expect(history).toContainText("Bloqueada");
  await expect(history.getByRole("definition").nth(1)).toHaveText("5");
  await page.getByRole("button", { name: "Desbloquear" }).click();
  await expect(page.getByRole("status").filter({ hasText: "fue desbloqueada" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Historial de ingreso" })).toContainText("No está bloqueada");
});
