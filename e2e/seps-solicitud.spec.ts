import { expect, test } from "./support/fixtures";
import { linkIn, waitForMail } from "./support/mail";
import { signedCopy } from "./support/signatures";
import { DEMO_FULL_ROLE_RUC, DEMO_NF_RAZON_SOCIAL, DEMO_NF_RUC, SepsRequestFormPage, SepsRequestPage, newApplicant } from "./pages/seps-solicitud";
import { randomRuc } from "@/lib/seps/testing";

const TITLES = ["Solicitud de usuario y clave", "Acuerdo de Confidencialidad", "Consentimiento informado de tratamiento de datos personales"];

test("a person files a non-financial request, downloads the three PDFs, uploads the signed copies and remits them", async ({ page, request }) => {
  const form = new SepsRequestFormPage(page);
  const applicant = newApplicant();
  await form.open("No Financieras");

  const roles = form.section("Sistemas Disponibles");
  await expect(roles.getByRole("cell", { name: "No hay roles agregados" })).toBeVisible();
  await form.addRole("Rol de Auditor Externo");
  await form.addRole("Rol de Liquidador");
  await expect(roles.getByLabel("Sistema / rol").getByRole("option", { name: "Rol de Liquidador" })).toHaveCount(0);
  await roles.getByRole("button", { name: "Quitar Rol de Liquidador" }).click();
  await expect(roles.getByRole("checkbox", { name: "¿Solicita acceso? Rol de Liquidador" })).toHaveCount(0);

  await form.fillUser(applicant);
  // Auditors give their "Número de Resolución Calificación".
  await form.section("Datos Personales del Usuario").getByLabel("Número de Resolución Calificación").fill("SEPS-IGT-2026-0042");
  await form.lookUpRuc(DEMO_NF_RUC);
  const org = form.section("Datos de la Organización");
  await expect(org.getByLabel("Razón Social")).toHaveValue(DEMO_NF_RAZON_SOCIAL);
  await expect(org.getByLabel("Segmento / Nivel")).toHaveValue("Nivel 1");
  await expect(org.getByLabel("Nombres Completos de Rep. Legal")).toHaveAttribute("readonly", "");
  await form.waitForCaptcha();
  await form.continue();

  await expect(page.getByRole("heading", { name: "Revise su solicitud" })).toBeFocused();
  await expect(page.getByText(applicant.cedula)).toBeVisible();
  // "Cambiar" goes back to the field; the change shows in the summary.
  await page.getByRole("link", { name: "Cambiar Función o cargo que desempeña" }).click();
  const cargo = form.section("Datos Personales del Usuario").getByLabel("Función o cargo que desempeña");
  await expect(cargo).toBeFocused();
  await cargo.fill("Auditora externa");
  await form.continue();
  await expect(page.getByText("Auditora externa")).toBeVisible();
  await form.save();

  await expect(page.getByText("Pendiente de documentos")).toBeVisible();
  const requestUrl = page.url().replace(/\?.*$/, "");
  await expect(page.getByLabel("Enlace privado de la solicitud")).toHaveValue(requestUrl);
  const mail = await waitForMail(request, applicant.email, { subject: /firme y remita/ });
  expect(linkIn(mail, "/seps/solicitud/s/")).toBe(requestUrl);

  const requestPage = new SepsRequestPage(page);
  const pdfs: Buffer[] = [];
  for (const title of TITLES) {
    const bytes = await requestPage.download(title);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    pdfs.push(bytes);
  }
  // The preview (react-pdf, worker from our origin) renders under the CSP.
  await requestPage.document(TITLES[1]!).getByRole("button", { name: `Vista previa de ${TITLES[1]}` }).click();
  await expect(requestPage.document(TITLES[1]!).locator("canvas")).toBeVisible({ timeout: 20_000 });

  for (const [i, title] of TITLES.entries()) {
    // The consent is signed with a tool that rewrites the file: recognized by its code and text.
    const rewrite = i === 2;
    await requestPage.upload(title, { name: `firmado-${i}.pdf`, mimeType: "application/pdf", buffer: await signedCopy(i, pdfs[i]!, { user: applicant }, { rewrite }) });
    await expect(requestPage.document(title).getByText("Subida", { exact: true })).toBeVisible();
    if (rewrite) await expect(requestPage.document(title).getByText(/El firmador reescribió el archivo/).first()).toBeVisible();
  }
  await page.getByRole("button", { name: "Remitir a la Superintendencia" }).click();
  await expect(page.getByText("En revisión", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Remitir a la Superintendencia" })).toHaveCount(0);
});

test("a person files a financial request for a cooperative of the catastro", async ({ page }) => {
  const form = new SepsRequestFormPage(page);
  await form.fileRequest({ sector: "Financieras", role: "Rol de Acopio de Información", ruc: "1191324168001" });
  await expect(page.getByText("Pendiente de documentos")).toBeVisible();
  await expect(page.getByText("Caja de Ahorro y Crédito Vilcabamba").first()).toBeVisible();
  await expect(page.getByText("Organizaciones Financieras").first()).toBeVisible();
});

test("an unknown RUC is refused with a clear message", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const form = new SepsRequestFormPage(page);
  await form.open("No Financieras");
  await form.addRole("Rol de Acopio de Información");
  // Usable on a phone: no horizontal scroll at 360 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await form.lookUpRuc(randomRuc());
  await expect(form.section("Datos de la Organización").getByText(/no consta en el catastro/)).toBeVisible();
  await expect(form.section("Datos de la Organización").getByLabel("Razón Social")).toHaveValue("");
});

test("a full role without a user to deactivate is refused, and accepted with the holder's cédula field shown", async ({ page }) => {
  const form = new SepsRequestFormPage(page);
  await form.open("No Financieras");
  await form.addRole("Rol de Representante Legal Sector No Financiero");
  await form.fillUser(newApplicant());
  await form.lookUpRuc(DEMO_FULL_ROLE_RUC);
  const deactivate = form.section("Usuario a desactivar");
  await expect(deactivate.getByText(/Este rol ya tiene 1 de 1 usuario permitido en la organización: J\*+ E\*+ P\*+ R\*+/)).toBeVisible();
  await form.waitForCaptcha();
  await form.continue();
  await expect(form.errorSummary()).toContainText("ya tiene 1 usuario activo en la organización");
  await expect(page.getByRole("heading", { name: "Revise su solicitud" })).toHaveCount(0);

  await form.section("Sistemas Disponibles").getByRole("checkbox", { name: "¿Solicita desactivación? Rol de Representante Legal Sector No Financiero" }).check();
  await expect(deactivate.getByLabel("Cédula del usuario a desactivar")).toBeVisible();
});

test("a failed captcha is refused", async ({ page }) => {
  // The first challenge the page gets has a forged signature: solved, but not one the server issued.
  await page.route(
    "**/api/seps/captcha",
    async (route) => {
      const response = await route.fetch();
      const challenge = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: { ...challenge, signature: "0".repeat(64) } });
    },
    { times: 1 },
  );
  const form = new SepsRequestFormPage(page);
  await form.open("No Financieras");
  await form.addRole("Rol de Acopio de Información");
  await form.fillUser(newApplicant());
  await form.lookUpRuc(DEMO_NF_RUC);
  await form.waitForCaptcha();
  await form.continue();
  await expect(form.errorSummary()).toContainText("La verificación de seguridad (Captcha) no es válida");
  await expect(page.getByRole("heading", { name: "Revise su solicitud" })).toHaveCount(0);
  // A new (genuine) challenge is solved by itself, and then the form goes on.
  await form.waitForCaptcha();
  await form.continue();
  await expect(page.getByRole("heading", { name: "Revise su solicitud" })).toBeVisible();
});

test("an upload that is not a PDF is refused, whatever its name", async ({ page }) => {
  const form = new SepsRequestFormPage(page);
  await form.fileRequest();
  const requestPage = new SepsRequestPage(page);
  await requestPage.upload(TITLES[0]!, { name: "solicitud-firmada.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><body>no soy un PDF</body></html>") });
  await expect(requestPage.document(TITLES[0]!).getByText("El archivo no es un PDF")).toBeVisible();
  await expect(requestPage.document(TITLES[0]!).getByText("Pendiente")).toBeVisible();
});

test("a document's verification code tells what was issued, for which request", async ({ page, request }) => {
  const form = new SepsRequestFormPage(page);
  await form.fileRequest();
  const number = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Solicitud ", "").trim();
  const href = await new SepsRequestPage(page).document(TITLES[0]!).getByRole("link", { name: `Descargar PDF de ${TITLES[0]}` }).getAttribute("href");
  const pdf = await request.get(href!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toMatch(/^attachment/);
  expect(pdf.headers()["x-content-type-options"]).toBe("nosniff");
  const code = /\/seps\/verificar\/([0-9A-Z-]{14})/.exec(await extractVerificationUrl(await pdf.body()))?.[1];
  expect(code).toBeTruthy();
  await page.goto("/seps/verificar");
  await page.getByLabel("Código de verificación").fill(code!.toLowerCase());
  await page.getByRole("button", { name: "Verificar" }).click();
  await expect(page.getByText("Documento auténtico")).toBeVisible();
  await expect(page.getByText(number)).toBeVisible();
  await page.goto("/seps/verificar/AAAA-BBBB-CCCC");
  await expect(page.getByText("No encontramos un documento con ese código")).toBeVisible();
  // Another request's document id under this request's link: 404.
  const other = href!.replace(/documentos\/[^/]+$/, "documentos/00000000-0000-0000-0000-000000000000");
  expect((await request.get(other)).status()).toBe(404);
});

async function extractVerificationUrl(pdf: Buffer): Promise<string> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, "");
}
