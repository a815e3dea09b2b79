import type { APIRequestContext } from "@playwright/test";
import { randomRuc } from "@/lib/seps/testing";
import { randomCedula, uniqueEmail, uniqueSuffix } from "@/test/factories";
import { expect, test } from "./support/fixtures";
import { linkIn, waitForMail } from "./support/mail";
import { outboxHeaders } from "./support/outbox";
import { AdminReviewPage } from "./pages/admin-review";
import { DEMO_NF_RUC, SepsRequestFormPage } from "./pages/seps-solicitud";

// Following a SEPS request after "Guardar" (issue 16): status without the private link, the link
// sent again, withdrawal, expiry, and the approval defects.

const CRON_SECRET = "e2e-cron-secret-e2e-cron-secret";
const DAY = 24 * 3_600_000;

type Org = { ruc: string; razonSocial: string; sector: "no_financiera"; legalRepCedula: string; legalRepName: string; legalRepEmail: string };
type Seeded = { id: string; number: string; token: string; userCedula: string; userEmail: string; userName: string };

function newOrganization(): Org {
  return {
    ruc: randomRuc(),
    razonSocial: `Asociación de Seguimiento ${uniqueSuffix()}`,
    sector: "no_financiera",
    legalRepCedula: randomCedula(),
    legalRepName: "Rosa Elena Chango Pilco",
    legalRepEmail: uniqueEmail("representante"),
  };
}

async function seed(
  request: APIRequestContext,
  options: {
    organization?: Org;
    status?: "pendiente_documentos" | "en_revision";
    userCedula?: string;
    userEmail?: string;
    roles?: { roleCode: string; deactivateCedula?: string; requestAccess?: boolean }[];
  } = {},
): Promise<Seeded & { organization: Org }> {
  const organization = options.organization ?? newOrganization();
  const body = {
    organization,
    userCedula: options.userCedula ?? randomCedula(),
    userName: `Lucía Fernanda Andrade ${uniqueSuffix()}`,
    userEmail: options.userEmail ?? uniqueEmail("usuario"),
    roles: options.roles ?? [{ roleCode: "NF_ACOPIO_INFORMACION" }],
    ...(options.status ? { status: options.status } : {}),
  };
  const response = await request.post("/api/test/seps/solicitud", { data: body });
  expect(response.ok(), await response.text()).toBe(true);
  const created = (await response.json()) as { id: string; number: string; token: string };
  return { ...created, userCedula: body.userCedula, userEmail: body.userEmail, userName: body.userName, organization };
}

test("the RUC lookup shows the organization and the legal representative masked, never the cédula, full name or email", async ({ page }) => {
  const form = new SepsRequestFormPage(page);
  await form.open("No Financieras");
  const answers: string[] = [];
  page.on("response", async (response) => {
    if (response.request().method() === "POST") answers.push(await response.text().catch(() => ""));
  });
  await form.lookUpRuc(DEMO_NF_RUC);
  const org = form.section("Datos de la Organización");
  await expect(org.getByLabel("Razón Social")).not.toHaveValue("");
  await expect(org.getByLabel("Nombres Completos de Rep. Legal")).toHaveValue(/^([A-ZÁÉÍÓÚÑ]\*\*\* ?)+$/);
  await expect(org.getByLabel("Correo del representante")).toHaveValue(/^.\*\*\*@/);
  await expect(org.getByLabel("Cédula Rep. Legal")).toHaveCount(0);
  expect(answers.join("\n")).not.toMatch(/legalRepCedula|"email"/);
});

test("status by number and cédula, a neutral answer on a miss, and the private link sent again (the old one stops working)", async ({ page, request }) => {
  const seeded = await seed(request, { status: "pendiente_documentos" });
  await page.goto("/seps/solicitud");
  await page.getByRole("link", { name: "Consulte su estado" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Consultar el estado de una solicitud" })).toBeVisible();

  // Each answer is awaited before the next is typed: React resets the form when an action answers.
  const consult = async () => {
    const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/seps/consulta"));
    await page.getByRole("button", { name: "Consultar" }).click();
    await answered;
  };
  // A miss: the same words for a wrong cédula as for an unknown number.
  await page.getByLabel("Número de la solicitud").fill(seeded.number);
  await page.getByLabel("Cédula del usuario de la clave").fill(randomCedula());
  await consult();
  const miss = page.getByRole("alert").filter({ hasText: "Hay un problema" });
  await expect(miss).toContainText("No encontramos una solicitud con ese número y esa cédula");
  const missText = await miss.textContent();
  await page.getByLabel("Número de la solicitud").fill("SEPS-2020-999999");
  await page.getByLabel("Cédula del usuario de la clave").fill(seeded.userCedula);
  await consult();
  await expect(miss).toHaveText(missText!);
  // The form keeps what was typed.
  await expect(page.getByLabel("Número de la solicitud")).toHaveValue("SEPS-2020-999999");

  await page.getByLabel("Número de la solicitud").fill(seeded.number.toLowerCase());
  await page.getByLabel("Cédula del usuario de la clave").fill(seeded.userCedula);
  await consult();
  const result = page.getByRole("region", { name: `Solicitud ${seeded.number}` });
  await expect(result).toContainText("Pendiente de documentos");
  await expect(result).toContainText(seeded.organization.razonSocial);
  const maskedEmail = `${seeded.userEmail[0]}***@${seeded.userEmail.split("@")[1]}`;
  const started = new Date(Date.now() - 1000);
  await result.getByRole("button", { name: `Enviar el enlace a ${maskedEmail}` }).click();
  await expect(result.getByRole("status")).toContainText("El enlace anterior dejó de funcionar");

  const mail = await waitForMail(request, seeded.userEmail, { subject: /Nuevo enlace/, after: started });
  const link = linkIn(mail, "/seps/solicitud/s/");
  expect((await page.goto(`/seps/solicitud/s/${seeded.token}`))!.status()).toBe(404);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: `Solicitud ${seeded.number}` })).toBeVisible();
});

test("the applicant withdraws a request not yet decided; it leaves the reviewers' queue", async ({ page, request }) => {
  const seeded = await seed(request, { status: "en_revision" });
  await page.goto(`/seps/solicitud/s/${seeded.token}`);
  const section = page.getByRole("region", { name: "Retirar la solicitud" });
  await section.getByRole("button", { name: "Retirar la solicitud" }).click();
  await expect(section.getByText("Confirme que desea retirar la solicitud.")).toBeVisible();
  await section.getByLabel(/Entiendo que la solicitud retirada no se puede reabrir/).check();
  await section.getByRole("button", { name: "Retirar la solicitud" }).click();
  await expect(page.getByText("Retirada", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Retirar la solicitud" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Remitir a la Superintendencia" })).toHaveCount(0);
  await waitForMail(request, seeded.organization.legalRepEmail, { subject: /retirada/ });

  const admin = new AdminReviewPage(page);
  await admin.signIn();
  await page.goto(`/admin?estado=todas&q=${seeded.number}`);
  await expect(page.getByRole("link", { name: seeded.number })).toHaveCount(0);
});

test("a request left 30 days in «Pendiente de documentos» is warned a week before and then expires (server clock moved) @exclusivo", async ({
  page,
  request,
}) => {
  const seeded = await seed(request, { status: "pendiente_documentos" });
  const cron = () => request.get("/api/cron/solicitudes", { headers: { authorization: `Bearer ${CRON_SECRET}` } });
  expect((await request.get("/api/cron/solicitudes")).status()).toBe(401);
  expect((await request.get("/api/cron/solicitudes", { headers: { authorization: "Bearer otro-secreto-cualquiera" } })).status()).toBe(401);
  try {
    await request.post("/api/test/clock", { data: { advanceMs: 23 * DAY + 60_000 } });
    expect((await cron()).ok()).toBe(true);
    const warning = await waitForMail(request, seeded.userEmail, { subject: /caduca el/ });
    expect(warning.text).toContain("/seps/consulta");
    await page.goto(`/seps/solicitud/s/${seeded.token}`);
    await expect(page.getByText("Pendiente de documentos", { exact: true })).toBeVisible();

    await request.post("/api/test/clock", { data: { advanceMs: 7 * DAY } });
    expect((await cron()).ok()).toBe(true);
    await waitForMail(request, seeded.organization.legalRepEmail, { subject: /caducada/ });
    await page.reload();
    await expect(page.getByText("Caducada", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Remitir a la Superintendencia" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Retirar la solicitud" })).toHaveCount(0);
  } finally {
    await request.post("/api/test/clock", { data: { reset: true } });
  }
});

test("approvals: deactivation only creates no account and tells the holder; a new email replaces the old one; the legal representative is told", async ({
  page,
  request,
}) => {
  const organization = newOrganization();
  const first = await seed(request, { organization, roles: [{ roleCode: "NF_LIQUIDADOR" }] });
  const admin = new AdminReviewPage(page);
  await admin.signIn();
  await page.goto(`/admin/solicitudes/${first.id}`);
  await admin.approve();
  await waitForMail(request, first.userEmail, { subject: /Acceso otorgado/ });
  await waitForMail(request, organization.legalRepEmail, { subject: new RegExp(`Solicitud ${first.number} aprobada`) });

  // The same person, a new request with another email: the account takes it, the old address is told.
  const newEmail = uniqueEmail("nuevo-correo");
  const second = await seed(request, { organization, userCedula: first.userCedula, userEmail: newEmail, roles: [{ roleCode: "NF_ACOPIO_INFORMACION" }] });
  await page.goto(`/admin/solicitudes/${second.id}`);
  await admin.approve();
  await waitForMail(request, newEmail, { subject: /Acceso otorgado/ });
  const notice = await waitForMail(request, first.userEmail, { subject: /correo registrado/ });
  expect(notice.text).not.toContain(newEmail);

  // A request that only deactivates the Liquidador: no account for its named person, no «Acceso otorgado».
  const third = await seed(request, {
    organization,
    roles: [{ roleCode: "NF_LIQUIDADOR", deactivateCedula: first.userCedula, requestAccess: false }],
  });
  await page.goto(`/admin/solicitudes/${third.id}`);
  await admin.approve();
  const lost = await waitForMail(request, newEmail, { subject: /Rol desactivado/ });
  expect(lost.text).toContain("Rol de Liquidador");
  await waitForMail(request, organization.legalRepEmail, { subject: new RegExp(`Solicitud ${third.number} aprobada`) });
  const outbox = (await (await request.get(`/api/dev/outbox?to=${encodeURIComponent(third.userEmail)}`, { headers: outboxHeaders })).json()) as { subject: string }[];
  expect(outbox.filter((m) => /Acceso otorgado/.test(m.subject))).toHaveLength(0);
});

test("after «Corrección solicitada» naming the user's data, the applicant corrects it; the PDFs are generated again and new signed copies are asked for", async ({
  page,
  browser,
  request,
}) => {
  const seeded = await seed(request, { status: "en_revision" });
  const admin = new AdminReviewPage(page);
  await admin.signIn();
  await page.goto(`/admin/solicitudes/${seeded.id}`);
  const correction = page.locator("form", { has: page.getByRole("heading", { name: "Solicitar corrección" }) });
  await correction.getByLabel("Motivo").fill("Los nombres del usuario no coinciden con su cédula.");
  await correction.getByLabel("Datos Personales del Usuario").check();
  await correction.getByRole("button", { name: "Solicitar corrección" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Corrección solicitada");
  const mail = await waitForMail(request, seeded.userEmail, { subject: /corrección/ });
  expect(mail.text).toContain("Datos Personales del Usuario");

  const applicant = await (await browser.newContext()).newPage();
  await applicant.goto(`/seps/solicitud/s/${seeded.token}`);
  const form = applicant.getByRole("region", { name: "Corregir los datos" });
  await expect(form.getByRole("group", { name: "Datos Personales del Usuario" })).toBeVisible();
  await expect(form.getByRole("group", { name: "Datos de la persona que va a realizar el trámite" })).toHaveCount(0);
  // A bad value: a Spanish error next to the field, the typed values kept.
  await form.getByLabel("Nombres Completos").fill("Lucía Fernanda Andrade Mora");
  await form.getByLabel("Correo electrónico").fill("no-es-un-correo");
  await form.getByRole("button", { name: "Guardar los datos corregidos" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "Hay un problema" })).toBeVisible();
  await expect(form.getByLabel("Nombres Completos")).toHaveValue("Lucía Fernanda Andrade Mora");
  const email = uniqueEmail("corregido");
  await form.getByLabel("Correo electrónico").fill(email);
  await form.getByRole("button", { name: "Guardar los datos corregidos" }).click();
  // The save renders the three PDFs again: the same 30 s as the request's first «Guardar» (e2e/pages/seps-solicitud.ts).
  await expect(form.getByRole("status")).toContainText("Datos corregidos", { timeout: 30_000 });

  // The signed copies of the old documents no longer count; the new PDF carries the corrected name.
  const title = "Acuerdo de Confidencialidad";
  await expect(applicant.getByRole("region", { name: title, exact: true }).getByText("Pendiente", { exact: true })).toBeVisible();
  await expect(applicant.getByText("Suba las copias firmadas de los tres documentos para poder remitir la solicitud.")).toBeVisible();
  await expect(applicant.getByRole("button", { name: "Remitir a la Superintendencia" })).toHaveAttribute("aria-disabled", "true");
  const [download] = await Promise.all([
    applicant.waitForEvent("download"),
    applicant.getByRole("region", { name: title, exact: true }).getByRole("link", { name: `Descargar PDF de ${title}` }).click(),
  ]);
  const chunks: Buffer[] = [];
  for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
  const { extractText, getDocumentProxy } = await import("unpdf");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(Buffer.concat(chunks))), { mergePages: true });
  expect(text).toContain("Lucía Fernanda Andrade Mora");
  await applicant.context().close();
});
