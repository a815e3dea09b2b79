import { expect, test } from "./support/fixtures";
import { signIn } from "./pages/ecuapass-cuenta";
import { COMPANY_A, COMPANY_B, ENTITY, RepresentativePage, pendingMember } from "./pages/ecuapass-representante";
import { waitForMail } from "./support/mail";

// Issue 19: an employee's request approved by its company's representative on "Mi página", with
// the functions it grants; another company's representative never sees it and cannot decide it.

const DAI = "Declaración Aduanera de Importación (DAI)";
const DAE = "Declaración Aduanera de Exportación (DAE)";

async function screenshots(page: import("@playwright/test").Page, name: string) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/pantallas/${name}-${width}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} at ${width}px overflows`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a company's representative approves an employee with two functions; another company's does not see it and its forged approval is refused", async ({
  browser,
  page,
  request,
}) => {
  const employee = await pendingMember(request, { ruc: COMPANY_A.org.ruc, razonSocial: COMPANY_A.org.razonSocial });
  const other = await pendingMember(request, { ruc: COMPANY_B.org.ruc, razonSocial: COMPANY_B.org.razonSocial });

  // Company B's representative: its own employee only.
  const bContext = await browser.newContext();
  const b = new RepresentativePage(await bContext.newPage());
  await b.signIn(COMPANY_B);
  await expect(b.pendingRequest(other.fullName)).toBeVisible();
  await expect(b.page.getByText(employee.fullName)).toHaveCount(0);
  // A forged approval: B's own form posting company A's request id.
  const form = b.page.getByRole("form", { name: `Aprobar la solicitud de ${other.fullName}` });
  await form.locator('input[name="requestId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), employee.requestId);
  await form.getByRole("checkbox", { name: new RegExp(`^${DAI.replace(/[()]/g, "\\$&")}`) }).check();
  await form.getByRole("button", { name: "Aprobar" }).click();
  await expect(form.getByRole("alert")).toContainText("La solicitud no existe.");
  await bContext.close();

  // Company A's representative: the request is still pending; approve it with two functions.
  const a = new RepresentativePage(page);
  await a.signIn(COMPANY_A);
  await expect(page.getByText(other.fullName)).toHaveCount(0);
  const pending = a.pendingRequest(employee.fullName);
  await expect(pending).toContainText(employee.userId);
  await expect(pending).toContainText("Asistente de comercio exterior");
  await screenshots(page, "ecuapass-representante-mi-pagina");
  // Approving without a function is refused next to the checkboxes.
  await a.approve(employee.fullName, []);
  await expect(page.getByRole("form", { name: `Aprobar la solicitud de ${employee.fullName}` })).toContainText("Seleccione al menos una función.");
  await a.approve(employee.fullName, [DAI, DAE]);
  await expect(page.getByRole("status").filter({ hasText: "La solicitud fue aprobada" })).toBeVisible();
  await expect(a.pendingRequest(employee.fullName)).toHaveCount(0);
  const approved = a.approvedMember(employee.fullName);
  await expect(approved.getByRole("list", { name: `Funciones de ${employee.fullName}` }).getByRole("listitem")).toHaveCount(2);
  await waitForMail(request, employee.email, { subject: /Solicitud de registro en Ecuapass aprobada/ });
  await screenshots(page, "ecuapass-representante-aprobados");

  // The employee signs in and sees its two functions.
  const eContext = await browser.newContext();
  const employeePage = await eContext.newPage();
  await signIn(employeePage, employee.userId, employee.password);
  await expect(employeePage).toHaveURL(/\/ecuapass\/mi-pagina$/);
  await expect(employeePage.getByText("Su registro como Empleado está activo.")).toBeVisible();
  const mine = employeePage.getByRole("list", { name: "Mis funciones" });
  await expect(mine).toContainText(DAI);
  await expect(mine).toContainText(DAE);
  await screenshots(employeePage, "ecuapass-empleado-mi-pagina");

  // The representative revokes one; the employee is emailed and sees one left.
  await approved.getByRole("button", { name: `Retirar «${DAE}» a ${employee.fullName}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "La función fue retirada" })).toBeVisible();
  await expect(a.approvedMember(employee.fullName).getByRole("list", { name: `Funciones de ${employee.fullName}` }).getByRole("listitem")).toHaveCount(1);
  await waitForMail(request, employee.email, { subject: /Sus funciones en Ecuapass cambiaron/ });
  await employeePage.reload();
  await expect(mine.getByRole("listitem")).toHaveCount(1);
  await eContext.close();
});

test("a public entity's representative rejects an official's request with a reason, which the official receives by email", async ({ page, request }) => {
  const official = await pendingMember(request, { ruc: ENTITY.org.ruc, razonSocial: ENTITY.org.razonSocial }, "funcionario_entidad_publica");
  const rep = new RepresentativePage(page);
  await rep.signIn(ENTITY);
  await expect(page.getByRole("heading", { name: "Solicitudes de funcionarios" })).toBeVisible();
  // The entity's catalogue, not the companies'.
  const approve = page.getByRole("form", { name: `Aprobar la solicitud de ${official.fullName}` });
  await expect(approve.getByRole("checkbox", { name: /Revisión de solicitudes de la VUE/ })).toBeVisible();
  await expect(approve.getByRole("checkbox", { name: /DAI/ })).toHaveCount(0);
  // A reason is required; what was typed stays after the error.
  await rep.reject(official.fullName, "Corto");
  const reject = page.getByRole("form", { name: `Rechazar la solicitud de ${official.fullName}` });
  await expect(reject).toContainText("al menos 10 caracteres");
  await expect(reject.getByLabel(/Motivo del rechazo/)).toHaveValue("Corto");
  await rep.reject(official.fullName, "No consta en el distributivo de personal de la entidad.");
  await expect(page.getByRole("status").filter({ hasText: "La solicitud fue rechazada" })).toBeVisible();
  const mail = await waitForMail(request, official.email, { subject: /rechazada/ });
  expect(mail.text).toContain("No consta en el distributivo de personal de la entidad.");
});

test("an approved Persona con Discapacidad sees the Certificado 420 entry on Mi página", async ({ page, request }) => {
  const person = await pendingMember(request, null, "persona_discapacidad");
  await signIn(page, person.userId, person.password);
  await expect(page).toHaveURL(/\/ecuapass\/mi-pagina$/);
  await expect(page.getByText("Su registro como Persona con Discapacidad está activo.")).toBeVisible();
  const grants = page.getByRole("region", { name: "Lo que le permite su registro como Persona con Discapacidad" });
  await expect(grants.getByRole("heading", { name: "Certificado 420 para la Importación de Bienes" })).toBeVisible();
  await expect(grants).toContainText("portal Ecuapass del SENAE");
  await screenshots(page, "ecuapass-discapacidad-mi-pagina");
});
