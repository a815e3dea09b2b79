import { DEMO_ADMIN } from "@/lib/auth/demo-staff";
import { expect, test } from "./support/fixtures";
import { linkIn, waitForMail } from "./support/mail";
import { AdminReviewPage, seedRequestInReview } from "./pages/admin-review";
import { SepsAccountPage } from "./pages/admin-seps-account";
import { registerPerson } from "./pages/ecuapass-cuenta";

const PASSWORD = "Cosecha-Solidaria-73";

test("an Ecuapass user sees and downloads their data, asks for deletion, and an admin's acceptance deletes the account", async ({ page, browser, request }) => {
  const person = await registerPerson(page, request);

  await page.getByRole("link", { name: /^Mis datos/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mis datos" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: person.email })).toContainText("Origen: Formulario «Registro de Usuario General»");
  await expect(page.getByRole("region", { name: "Consentimientos" })).toContainText("No hay consentimientos registrados");
  await expect(page.getByRole("region", { name: "Quién del personal consultó su ficha" })).toContainText("Nadie del personal");

  const json = await page.request.get("/ecuapass/mi-pagina/mis-datos/descargar?formato=json");
  expect(json.headers()["content-disposition"]).toMatch(/attachment; filename="mis-datos-/);
  const report = await json.json();
  expect(report.holder.username).toBe(person.userId);
  expect(JSON.stringify(report)).toContain(person.email);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Descargar en PDF" }).click()]);
  const pdf = await download.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

  const deletion = page.getByRole("form", { name: "Solicitar la eliminación de mis datos" });
  await deletion.getByRole("button", { name: "Solicitar la eliminación" }).click();
  await expect(deletion.getByRole("alert")).toContainText("Confirme que entiende");
  await deletion.getByLabel("Motivo (opcional)").fill("Ya no importo mercancías.");
  await deletion.getByLabel(/Entiendo que, si se acepta/).check();
  await deletion.getByRole("button", { name: "Solicitar la eliminación" }).click();
  await expect(page.getByRole("status").filter({ hasText: "pendiente de resolución" })).toBeVisible();

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await new AdminReviewPage(adminPage).signIn(DEMO_ADMIN);
  await adminPage.getByRole("navigation", { name: "Personal" }).getByRole("link", { name: "Eliminación de datos" }).click();
  const card = adminPage.getByRole("region", { name: new RegExp(person.userId) });
  await expect(card).toContainText("No hay impedimentos");
  await expect(card).toContainText("Ya no importo mercancías.");
  await card.getByRole("button", { name: "Aceptar y eliminar la cuenta" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "fueron eliminados" })).toBeVisible();
  await waitForMail(request, person.email, { subject: /Sus datos fueron eliminados/ });
  await adminContext.close();

  await page.reload();
  await expect(page).toHaveURL(/\/ecuapass\/ingresar/);
});

test("a SEPS user sees the staff member who viewed their record and their consent; deletion is refused while a role is active", async ({ page, browser, request }) => {
  const seeded = await seedRequestInReview(request);
  const admin = new AdminReviewPage(page);
  await admin.signIn(DEMO_ADMIN);
  await admin.openFromQueue(seeded.number);
  await admin.approve();
  const activation = linkIn(await waitForMail(request, seeded.userEmail, { subject: /Acceso otorgado/ }), "/seps/activar/");
  await page.goto(`/admin/usuarios?q=${seeded.userCedula}`);
  await page.getByRole("link", { name: seeded.userName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(seeded.userName);

  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  const user = new SepsAccountPage(userPage);
  await userPage.goto(activation);
  await user.setPassword(seeded.userCedula, PASSWORD);
  await user.signIn(seeded.userCedula, PASSWORD);
  await userPage.getByRole("link", { name: "Mis datos" }).click();
  await expect(userPage.getByRole("heading", { level: 1, name: "Mis datos" })).toBeVisible();
  const accessLog = userPage.getByRole("region", { name: "Quién del personal consultó su ficha" });
  await expect(accessLog).toContainText(DEMO_ADMIN.fullName);
  await expect(accessLog).toContainText("ficha de la cuenta");
  await expect(accessLog).toContainText("solicitud SEPS");
  await expect(userPage.getByRole("region", { name: "Consentimientos" })).toContainText(`Solicitud ${seeded.number}`);
  await expect(userPage.getByRole("region", { name: "Roles" })).toContainText(seeded.razonSocial);

  const deletion = userPage.getByRole("form", { name: "Solicitar la eliminación de mis datos" });
  await deletion.getByLabel(/Entiendo que, si se acepta/).check();
  await deletion.getByRole("button", { name: "Solicitar la eliminación" }).click();
  await expect(userPage.getByRole("status").filter({ hasText: "pendiente de resolución" })).toBeVisible();

  await page.goto("/admin/eliminaciones");
  const card = page.getByRole("region", { name: new RegExp(seeded.userCedula) });
  await expect(card).toContainText("No puede eliminarse");
  await expect(card).toContainText("Rol de Acopio de Información");
  await expect(card.getByRole("button", { name: "Aceptar y eliminar la cuenta" })).toHaveCount(0);
  await card.getByRole("button", { name: "Rechazar" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Solicitud rechazada" })).toBeVisible();
  await waitForMail(request, seeded.userEmail, { subject: /eliminación de datos fue rechazada/ });

  await userPage.reload();
  await expect(userPage.getByRole("region", { name: "Corregir o eliminar sus datos" })).toContainText("rechazada. Motivo: Tiene un rol activo");
  await userContext.close();
});
