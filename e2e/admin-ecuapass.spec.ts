import { DEMO_ADMIN, DEMO_REVIEWER } from "@/lib/auth/demo-staff";
import { uniqueSuffix } from "@/test/factories";
import { expect, test } from "./support/fixtures";
import { waitForMail } from "./support/mail";
import { AdminReviewPage } from "./pages/admin-review";
import { resubmitEcuapassRequest, seedEcuapassRequest } from "./pages/admin-ecuapass";

test("a reviewer filters the queue by portal and type, opens an Ecuapass request, asks for a correction, then approves it", async ({ page, request }) => {
  const seeded = await seedEcuapassRequest(request);
  const reviewer = new AdminReviewPage(page);
  await reviewer.signIn(DEMO_REVIEWER);

  // The SEPS portal does not list it; Ecuapass, with its type, does.
  const filters = page.getByRole("search", { name: "Filtrar solicitudes" });
  await filters.getByLabel("Portal").selectOption("seps");
  await filters.getByLabel("Buscar").fill(seeded.orgRuc);
  await filters.getByRole("button", { name: "Filtrar" }).click();
  await expect(page.getByText("No hay solicitudes con estos filtros.")).toBeVisible();
  await filters.getByLabel("Portal").selectOption("ecuapass");
  await filters.getByLabel("Tipo de solicitud").selectOption({ label: "Representante de Comercio Exterior" });
  await filters.getByRole("button", { name: "Filtrar" }).click();
  await expect(page).toHaveURL(/portal=ecuapass/);
  const row = page.getByRole("row", { name: new RegExp(seeded.orgRuc) });
  await expect(row).toContainText("Ecuapass");
  await expect(row).toContainText("Representante de Comercio Exterior");
  await expect(row).toContainText("Pendiente de aprobación");
  await row.getByRole("link", { name: seeded.userId }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Solicitud de registro de ${seeded.userId}`);
  await expect(page.getByRole("region", { name: "Datos de la organización" })).toContainText(seeded.orgRuc);
  await expect(page.getByRole("region", { name: "Solicitud de uso: firmada" })).toContainText("Firma electrónica válida");
  await expect(page.getByRole("region", { name: "Datos de Representante de Comercio Exterior" })).toContainText("Gerente general");

  // A correction needs a reason and at least one section; what was typed stays.
  const correction = page.locator("form", { has: page.getByRole("heading", { name: "Solicitar corrección" }) });
  const reason = "La razón social no coincide con la registrada en el SRI.";
  await correction.getByLabel("Motivo").fill(reason);
  await correction.getByRole("button", { name: "Solicitar corrección" }).click();
  await expect(correction.getByRole("alert")).toContainText("Marque al menos una sección por corregir.");
  await expect(correction.getByLabel("Motivo")).toHaveValue(reason);
  await correction.getByLabel(/Datos de la organización/).check();
  await correction.getByRole("button", { name: "Solicitar corrección" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Corrección solicitada");
  await expect(page.getByText(`Motivo: ${reason}`).first()).toBeVisible();
  const mail = await waitForMail(request, seeded.email, { subject: /corrección solicitada/ });
  expect(mail.text).toContain(reason);

  // The applicant corrects and sends it back: SENAE approves.
  await resubmitEcuapassRequest(request, seeded.id);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Pendiente de aprobación");
  await page.getByRole("button", { name: "Aprobar" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Aprobada");
  await waitForMail(request, seeded.email, { subject: /aprobada/ });
  await expect(page.getByRole("region", { name: "Historial" })).toContainText("Solicitud de registro: corrección solicitada");
});

test("approving without a valid signed Solicitud de uso is refused with the reason", async ({ page, request }) => {
  const seeded = await seedEcuapassRequest(request, { type: "organismo_internacional", signature: "invalida" });
  const reviewer = new AdminReviewPage(page);
  await reviewer.signIn(DEMO_REVIEWER);
  await page.goto(`/admin/solicitudes/${seeded.id}`);
  await page.getByRole("button", { name: "Aprobar" }).click();
  await expect(page.locator("form", { has: page.getByRole("heading", { name: "Aprobar" }) }).getByRole("alert")).toContainText(
    "no tiene una firma electrónica válida",
  );
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Pendiente de aprobación");
});

test("a reviewer is refused the functions catalogue; an admin adds a function, renames it and deactivates it", async ({ page, browser }) => {
  const reviewer = new AdminReviewPage(page);
  await reviewer.signIn(DEMO_REVIEWER);
  await expect(page.getByRole("navigation", { name: "Personal" }).getByRole("link", { name: "Funciones" })).toHaveCount(0);
  expect((await page.goto("/admin/funciones"))?.status()).toBe(403);

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await new AdminReviewPage(adminPage).signIn(DEMO_ADMIN);
  await adminPage.getByRole("navigation", { name: "Personal" }).getByRole("link", { name: "Funciones" }).click();
  await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText("Catálogo de funciones");

  const code = `E2E-${uniqueSuffix().toUpperCase()}`;
  const form = adminPage.locator("form", { has: adminPage.getByRole("button", { name: "Agregar la función" }) });
  await form.getByLabel("Código").fill(code.toLowerCase());
  await form.getByLabel("Nombre").fill("Manifiestos de carga");
  await form.getByLabel("Descripción").fill("corta");
  await form.getByRole("button", { name: "Agregar la función" }).click();
  await expect(form.getByRole("alert")).toContainText("Escriba qué permite hacer la función");
  await expect(form.getByLabel("Código")).toHaveValue(code.toLowerCase());
  await form.getByLabel("Descripción").fill("Transmitir y corregir los manifiestos de carga de la empresa.");
  await form.getByRole("button", { name: "Agregar la función" }).click();
  await expect(form.getByRole("status")).toContainText(`(${code})`);

  await adminPage.getByRole("link", { name: "Manifiestos de carga" }).first().click();
  await expect(adminPage.getByRole("heading", { level: 1 })).toContainText("Manifiestos de carga");
  await adminPage.getByRole("textbox", { name: "Nombre (obligatorio)" }).fill("Manifiestos de carga (MIC/DTA)");
  await adminPage.getByRole("button", { name: "Guardar los cambios" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "Se guardaron los cambios" })).toBeVisible();
  await expect(adminPage.getByRole("heading", { level: 1 })).toContainText("Manifiestos de carga (MIC/DTA)");
  await adminPage.getByRole("button", { name: "Desactivar" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "fue desactivada" })).toBeVisible();
  await expect(adminPage.getByRole("heading", { level: 1 })).toContainText("Desactivada");
  await adminPage.goto("/admin/auditoria?accion=ecuapass.funcion.");
  await expect(adminPage.getByText("Función del catálogo editada").first()).toBeVisible();
  await adminContext.close();
});
