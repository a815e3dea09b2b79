import { expect, test } from "./support/fixtures";
import { linkIn, waitForMail } from "./support/mail";
import { AdminReviewPage, seedRequestInReview } from "./pages/admin-review";
import { SepsAccountPage } from "./pages/admin-seps-account";
import { randomCedula } from "@/test/factories";

const PASSWORD = "Cosecha-Solidaria-73";

test("an expired activation link leads to Restablecer contraseña, whose emailed link sets the password", async ({
  page,
  browser,
  request,
}) => {
  const seeded = await seedRequestInReview(request);
  const admin = new AdminReviewPage(page);
  await admin.signIn();
  await admin.openFromQueue(seeded.number);
  await admin.approve();
  const activation = linkIn(await waitForMail(request, seeded.userEmail, { subject: /Acceso otorgado/ }), "/seps/activar/");

  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  const user = new SepsAccountPage(userPage);
  // The user lets the 72 hours pass. (The server's clock is shared by every test running in
  // parallel, so this hook lapses only this user's link; Vitest moves the clock across 72 hours.)
  const lapsed = await request.post("/api/test/seps/vencer-enlaces", { data: { cedula: seeded.userCedula } });
  expect(await lapsed.json()).toEqual({ lapsed: 1 });
  await userPage.goto(activation);
  await expect(userPage.getByRole("heading", { level: 1, name: "El enlace venció" })).toBeVisible();

  await userPage.getByRole("link", { name: "Restablecer contraseña" }).click();
  await expect(userPage).toHaveURL(/\/seps\/restablecer$/);
  const requestedAt = new Date(Date.now() - 1000);
  await user.requestReset(seeded.userCedula);
  const resetMail = await waitForMail(request, seeded.userEmail, { subject: /Restablecer contraseña/, after: requestedAt });
  expect(resetMail.text).toContain("1 hora");
  await userPage.goto(linkIn(resetMail, "/seps/restablecer/"));
  await expect(userPage.getByRole("heading", { level: 1, name: "Restablecer contraseña" })).toBeVisible();
  await user.setPassword(seeded.userCedula, PASSWORD);
  await waitForMail(request, seeded.userEmail, { subject: /fue cambiada/ });

  await user.signIn(seeded.userCedula, PASSWORD);
  await expect(userPage.getByRole("rowheader", { name: "Rol de Acopio de Información" })).toBeVisible();
  await userContext.close();
});

test("Restablecer contraseña answers the same for an unknown user", async ({ page }) => {
  await page.goto("/seps/ingresar");
  await page.getByRole("link", { name: "Restablecer contraseña" }).click();
  await new SepsAccountPage(page).requestReset(randomCedula());
});
