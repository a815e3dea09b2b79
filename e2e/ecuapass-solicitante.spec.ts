import type { APIRequestContext, Page } from "@playwright/test";
import { issueSigner, rewritePdf, signPdf, testRootCa } from "@/test/fixtures/signatures/ca";
import { signIn } from "./pages/ecuapass-cuenta";
import { newPerson } from "./pages/ecuapass-registro";
import { minimalPdf } from "@/lib/ecuapass/test-data";
import { axeViolations, expect, test } from "./support/fixtures";
import { waitForMail } from "./support/mail";

// The applicant's side of a request SENAE approves (issue 19): a Representante de Comercio Exterior
// registered through the real path by a test hook (the form is another spec's), signing in while
// pending, its Solicitud de uso, the signed upload and its verdict, a correction, a rejection.

type Decision = { action: "solicitar_correccion"; reason: string; sections: string[] } | { action: "rechazar"; reason: string };

async function seedApplicant(request: APIRequestContext, decision?: Decision, entity = false) {
  const person = newPerson();
  const response = await request.post("/api/test/ecuapass/solicitante", {
    data: { docNumber: person.docNumber, fullName: person.fullName, email: person.email, password: person.password, ...(decision ? { decision } : {}), ...(entity ? { entity } : {}) },
  });
  expect(response.status(), await response.text()).toBe(200);
  const { userId } = (await response.json()) as { userId: string };
  return { ...person, userId };
}

async function screenshots(page: Page, name: string) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/pantallas/${name}-${width}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `${name} cabe en ${width} px`).toBe(true);
  }
}

async function downloadSolicitudUso(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Descargar la Solicitud de uso (PDF)" }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function upload(page: Page, name: string, buffer: Buffer) {
  const card = page.getByRole("region", { name: "Solicitud de uso" });
  await card.getByLabel(/Copia firmada de «Solicitud de uso»|Reemplazar la copia firmada de «Solicitud de uso»/).setInputFiles({ name, mimeType: "application/pdf", buffer });
  await card.getByRole("button", { name: /(Subir|Reemplazar) copia firmada de Solicitud de uso/ }).click();
  return card;
}

test("a pending applicant signs in and sees only its status; downloads, signs and uploads its Solicitud de uso", async ({ page, request }) => {
  const person = await seedApplicant(request);
  await signIn(page, person.userId, person.password);
  await expect(page).toHaveURL(/\/ecuapass\/mi-pagina$/);
  await expect(page.getByRole("heading", { name: "Estado de su solicitud" })).toBeVisible();
  await expect(page.getByText("Pendiente de aprobación", { exact: true })).toBeVisible();
  const status = page.getByRole("region", { name: "Estado de su solicitud" });
  await expect(status).toContainText("Representante de Comercio Exterior");
  await expect(status).toContainText("Servicio Nacional de Aduana del Ecuador (SENAE)");
  await expect(status).toContainText("hasta 3 días laborables");
  const missing = page.getByRole("region", { name: "Qué falta" });
  await expect(missing).toContainText("Subir la Solicitud de uso firmada electrónicamente.");
  // Nothing of an active account: no data, no password or email change.
  await expect(page.getByRole("link", { name: "Cambiar contraseña" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Mis datos" })).toHaveCount(0);
  for (const path of ["/ecuapass/mi-pagina/datos", "/ecuapass/mi-pagina/contrasena", "/ecuapass/mi-pagina/correo", "/ecuapass/mi-pagina/mis-datos"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/ecuapass\/mi-pagina$/);
  }
  expect((await page.request.get("/ecuapass/mi-pagina/mis-datos/descargar?formato=json")).status()).toBe(401);

  // The generated document: an attachment with the SEPS downloads' headers, verifiable by its code.
  const href = await page.getByRole("link", { name: "Descargar la Solicitud de uso (PDF)" }).getAttribute("href");
  const file = await page.request.get(href!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(file.headers()["content-security-policy"]).toBe("default-src 'none'; sandbox");
  expect(file.headers()["referrer-policy"]).toBe("no-referrer");
  // Another browser without the session gets nothing.
  expect((await request.get(href!)).status()).toBe(404);
  const generated = await downloadSolicitudUso(page);
  expect(generated.subarray(0, 5).toString()).toBe("%PDF-");
  await screenshots(page, "ecuapass-solicitante-pendiente");

  // The generated file sent back unchanged: refused, with what to do.
  let card = await upload(page, "sin-firmar.pdf", generated);
  await expect(card.getByText(/generada, sin firmar/)).toBeVisible();
  // A PDF without any electronic signature: kept and marked; it does not count as signed.
  card = await upload(page, "escaneado.pdf", await rewritePdf(generated));
  await expect(card.getByText(/^Sin firma electrónica/)).toBeVisible();
  await expect(card.getByText(/Esta copia no tiene firma electrónica/)).toBeVisible();
  await expect(missing).toContainText("Subir la Solicitud de uso firmada electrónicamente.");
  // Signed with the applicant's own certificate: «válida» right after the upload.
  const signer = issueSigner(testRootCa(), { name: person.fullName.toUpperCase(), cedula: person.docNumber });
  card = await upload(page, "firmada.pdf", await signPdf(generated, signer));
  await expect(card.getByText("Firma electrónica válida", { exact: true })).toBeVisible();
  await expect(card).toContainText(`cédula ${person.docNumber}`);
  await expect(missing).not.toContainText("Subir la Solicitud de uso");
  await expect(missing).toContainText("La revisión y aprobación de su solicitud por");
  await screenshots(page, "ecuapass-solicitante-firmada");

  // Its verification page, public, without personal data.
  const code = /Código de verificación: ([0-9A-Z-]{14})/.exec((await page.getByRole("region", { name: "Solicitud de uso" }).textContent()) ?? "")![1]!;
  await page.goto(`/ecuapass/verificar/${code}`);
  await expect(page.getByText("Documento auténtico.")).toBeVisible();
  await expect(page.locator("main")).not.toContainText(person.fullName);
  await screenshots(page, "ecuapass-verificar-codigo");
});

test("asked for a correction, the applicant corrects the organization and resubmits; a new Solicitud de uso is generated", async ({ page, request }) => {
  const reason = "La razón social no coincide con la registrada en el SRI.";
  const person = await seedApplicant(request, { action: "solicitar_correccion", reason, sections: ["organizacion"] });
  await signIn(page, person.userId, person.password);
  await expect(page.getByText("Corrección solicitada", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Estado de su solicitud" })).toContainText(reason);
  const before = await page.getByRole("link", { name: "Descargar la Solicitud de uso (PDF)" }).getAttribute("href");
  const form = page.getByRole("region", { name: "Corregir y reenviar" });
  // A wrong value: the error next to the field, what was typed kept.
  await form.getByRole("textbox", { name: /^RUC/ }).fill("17900");
  await form.getByRole("textbox", { name: /^Razón social/ }).fill("Importadora Andina Cía. Ltda.");
  await form.getByRole("button", { name: "Reenviar la solicitud" }).click();
  await expect(form.getByText(/^Error: /).first()).toBeVisible();
  await expect(form.getByRole("textbox", { name: /^Razón social/ })).toHaveValue("Importadora Andina Cía. Ltda.");
  await screenshots(page, "ecuapass-solicitante-correccion");
  await form.getByRole("textbox", { name: /^RUC/ }).fill("1790011674001");
  const sent = new Date();
  await form.getByRole("button", { name: "Reenviar la solicitud" }).click();
  await expect(page.getByText("Pendiente de aprobación", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Estado de su solicitud" })).toContainText("Importadora Andina Cía. Ltda.");
  await expect(page.getByRole("region", { name: "Corregir y reenviar" })).toHaveCount(0);
  const after = await page.getByRole("link", { name: "Descargar la Solicitud de uso (PDF)" }).getAttribute("href");
  expect(after).not.toBe(before);
  await waitForMail(request, person.email, { subject: /recibida/, after: sent });
});

test("asked to correct its own data, a public entity's representative becomes a delegate with the registration form's section", async ({ page, request }) => {
  const person = await seedApplicant(request, { action: "solicitar_correccion", reason: "Usted no es la máxima autoridad: registre la delegación.", sections: ["detalles"] }, true);
  await signIn(page, person.userId, person.password);
  const form = page.getByRole("region", { name: "Corregir y reenviar" });
  await expect(form.getByRole("textbox", { name: /^Cargo en la entidad/ })).toHaveValue("Ministro");
  // Only data were asked for: the document is required only once the corrected data call for another one.
  const file = form.locator('input[type="file"][name="respaldo"]');
  await expect(file).toHaveAttribute("aria-required", "false");
  await form.getByRole("radio", { name: "Funcionario delegado por la máxima autoridad" }).check();
  await expect(file).toHaveAttribute("aria-required", "true");
  await form.getByRole("textbox", { name: /^Nombres y apellidos de la máxima autoridad/ }).fill("Ana María Torres Vega");
  await form.getByRole("textbox", { name: /^Documento de la máxima autoridad/ }).fill("1234567890");
  await form.getByRole("textbox", { name: /^Cargo de la máxima autoridad/ }).fill("Ministra");
  await form.getByRole("button", { name: "Reenviar la solicitud" }).click();
  // The wrong cédula and the missing delegation next to their fields; what was typed kept.
  await expect(form.locator("#authorityDocNumber-error")).toContainText("Error:");
  await expect(form.locator("#respaldo-error")).toContainText("Oficio de delegación");
  await expect(form.getByRole("textbox", { name: /^Nombres y apellidos de la máxima autoridad/ })).toHaveValue("Ana María Torres Vega");
  await expect(form.getByRole("radio", { name: "Funcionario delegado por la máxima autoridad" })).toBeChecked();
  expect(await axeViolations(page)).toEqual([]);
  await screenshots(page, "ecuapass-solicitante-correccion-detalles");
  await form.getByRole("textbox", { name: /^Documento de la máxima autoridad/ }).fill("1710034065");
  await form.locator('input[type="file"][name="respaldo"]').setInputFiles({ name: "delegacion.pdf", mimeType: "application/pdf", buffer: minimalPdf("delegacion") });
  await form.getByRole("button", { name: "Reenviar la solicitud" }).click();
  // The resubmission renders a new «Solicitud de uso»: 30 s, as every save that renders a PDF.
  await expect(page.getByText("Pendiente de aprobación", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator("main")).toContainText("Ana María Torres Vega");
});

test("a rejected applicant sees its status and the reason only", async ({ page, request }) => {
  const reason = "El RUC indicado no corresponde a la empresa que representa.";
  const person = await seedApplicant(request, { action: "rechazar", reason });
  await signIn(page, person.userId, person.password);
  await expect(page).toHaveURL(/\/ecuapass\/mi-pagina$/);
  await expect(page.getByText("Rechazada", { exact: true })).toBeVisible();
  await expect(page.getByText(reason)).toBeVisible();
  await expect(page.getByRole("link", { name: /Descargar/ })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Qué falta" })).toHaveCount(0);
  await page.goto("/ecuapass/mi-pagina/datos");
  await expect(page).toHaveURL(/\/ecuapass\/mi-pagina$/);
  await screenshots(page, "ecuapass-solicitante-rechazada");
});
