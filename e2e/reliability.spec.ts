import { expect, test } from "./support/fixtures";
import { outboxHeaders } from "./support/outbox";
import { EcuapassRegistrationPage, newPerson } from "./pages/ecuapass-registro";
import { DEMO_NF_RUC, SepsRequestFormPage, SepsRequestPage, newApplicant } from "./pages/seps-solicitud";
import { waitForMail } from "./support/mail";

// Defects found from outside against the production build (issue 14): each answer here was a
// 500, a lost header or a leak before.

const TITLE = "Solicitud de usuario y clave";
const MiB = 1024 * 1024;

/** A valid PDF of exactly `size` bytes: the generated one, a comment as padding, and a trailer pointing at its xref. */
function paddedPdf(pdf: Buffer, size: number): Buffer {
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf.subarray(-1024).toString("latin1"))![1]!;
  const tail = Buffer.from(`\nstartxref\n${startxref}\n%%EOF\n`, "latin1");
  const padding = size - pdf.length - tail.length - 2;
  return Buffer.concat([pdf, Buffer.from("\n%", "latin1"), Buffer.alloc(padding, "x"), tail]);
}

test("a signed copy of exactly 10 MiB is accepted; a larger one gets «supera el tamaño máximo de 10 MB», with or without the page's script", async ({
  page,
  browser,
}) => {
  await new SepsRequestFormPage(page).fileRequest();
  const requestPage = new SepsRequestPage(page);
  const generated = await requestPage.download(TITLE);
  const card = requestPage.document(TITLE);

  await requestPage.upload(TITLE, { name: "firmado.pdf", mimeType: "application/pdf", buffer: paddedPdf(generated, 10 * MiB) });
  await expect(card.getByText("Subida", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(card.getByText("10,0 MB")).toBeVisible();

  // With the script: the page refuses it before sending.
  await requestPage.upload(TITLE, { name: "grande.pdf", mimeType: "application/pdf", buffer: paddedPdf(generated, 10 * MiB + 1) });
  await expect(card.getByText("El archivo supera el tamaño máximo de 10 MB.")).toBeVisible();

  // Without it (the form posts itself): the server measures it, or, far over, the proxy answers unread.
  const link = page.url().replace(/\?.*$/, "");
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  for (const size of [10 * MiB + 200 * 1024, 13 * MiB]) {
    await plain.goto(link);
    const response = plain.waitForResponse((r) => r.request().method() === "POST");
    await plain.getByRole("region", { name: TITLE, exact: true }).getByLabel(/Reemplazar la copia firmada de/).setInputFiles({
      name: "grande.pdf",
      mimeType: "application/pdf",
      buffer: paddedPdf(generated, size),
    });
    await plain.getByRole("button", { name: `Reemplazar copia firmada de ${TITLE}` }).click();
    expect((await response).status(), `${size} bytes`).toBeLessThan(500);
    await expect(plain.getByText(/supera el tamaño máximo de 10 MB/), `${size} bytes`).toBeVisible();
  }
  await context.close();
  // The accepted copy is still the current one.
  await page.reload();
  await expect(card.getByText("10,0 MB")).toBeVisible();
});

test("the download routes keep their own sandbox CSP and no-referrer", async ({ page, request }) => {
  await new SepsRequestFormPage(page).fileRequest();
  const href = await new SepsRequestPage(page).document(TITLE).getByRole("link", { name: `Descargar PDF de ${TITLE}` }).getAttribute("href");
  const headers = (await request.get(href!)).headers();
  expect(headers["content-security-policy"]).toBe("default-src 'none'; sandbox");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["content-disposition"]).toMatch(/^attachment;/);
});

test("invalid UTF-8 in a path segment gets the site's 404, never a 500", async ({ page, request }) => {
  for (const path of ["/seps/verificar/%E0%A4%A", "/ecuapass/verificar/%E0%A4%A", "/seps/solicitud/s/%FF%FE", "/admin/solicitudes/%C0%AF"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Página no encontrada" }), path).toBeVisible();
  }
  for (const path of ["/api/seps/s/%FF/documentos/x", "/api/admin/solicitudes/%E0%A4%A/documentos/x"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(response.status(), path).toBeLessThan(500);
  }
});

test("a repeated ?codigo= on the verification pages is an error next to the field, never a 500", async ({ page }) => {
  for (const path of ["/seps/verificar", "/ecuapass/verificar"]) {
    const response = await page.goto(`${path}?codigo=ABCD-EFGH-JKMN&codigo=x`);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator("#codigo-error"), path).toHaveText("Error: El código debe tener 12 letras o números.");
  }
});

test("the outbox: a NUL in ?to= is a 400; without the secret or an admin session, nothing", async ({ request }) => {
  expect((await request.get("/api/dev/outbox?to=%00", { headers: outboxHeaders })).status()).toBe(400);
  expect((await request.get("/api/dev/outbox?to=a%E2%80%AEb%40example.com", { headers: outboxHeaders })).status()).toBe(400);
  expect((await request.get("/api/dev/outbox?to=%00")).status()).toBe(404);
  expect((await request.get("/api/dev/outbox", { headers: { "x-outbox-secret": "no-es-la-clave-no-es-la-clave" } })).status()).toBe(404);
});

/** Every message to `to` in the outbox whose subject matches. */
async function mailsTo(request: import("@playwright/test").APIRequestContext, to: string, subject: RegExp) {
  const messages = (await (await request.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`, { headers: outboxHeaders })).json()) as { subject: string }[];
  return messages.filter((m) => subject.test(m.subject));
}

test("a double click on «Guardar» saves one request", async ({ page, request }) => {
  const form = new SepsRequestFormPage(page);
  const applicant = newApplicant();
  await form.open("No Financieras");
  await form.addRole("Rol de Acopio de Información");
  await form.fillUser(applicant);
  await form.lookUpRuc(DEMO_NF_RUC);
  await form.waitForCaptcha();
  await form.continue();
  await expect(page.getByRole("heading", { name: "Revise su solicitud" })).toBeVisible();
  await page.getByLabel("He leído la información sobre el tratamiento").check();
  await page.getByRole("button", { name: "Guardar" }).dblclick();
  await expect(page.getByRole("heading", { name: "Su solicitud fue guardada" })).toBeVisible({ timeout: 30_000 });
  await waitForMail(request, applicant.email, { subject: /firme y remita los documentos/ });
  await page.waitForTimeout(2_000);
  expect(await mailsTo(request, applicant.email, /firme y remita los documentos/)).toHaveLength(1);
});

test("a double click on «Registrar» creates one account", async ({ page, request }) => {
  const form = new EcuapassRegistrationPage(page, request);
  const person = newPerson();
  await form.open();
  await form.fillPersonalData(person);
  await form.checkUserId();
  await form.checkDocument();
  await form.fillEmail(person);
  await form.checkEmail();
  const code = await form.requestCode(person.email);
  await form.field("Ingrese código de seguridad").fill(code);
  await form.button("Registrar").dblclick();
  await expect(page).toHaveURL(/\/ecuapass\/mi-pagina$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mi página" })).toBeVisible();
  await waitForMail(request, person.email, { subject: /Registro de Usuario General en Ecuapass/ });
  await page.waitForTimeout(2_000);
  expect(await mailsTo(request, person.email, /Registro de Usuario General en Ecuapass/)).toHaveLength(1);
});
