import { expect, test } from "./support/fixtures";
import { linkIn, waitForMail } from "./support/mail";
import { DEMO_NF_LEGAL_REP, signedCopy } from "./support/signatures";
import { AdminReviewPage, seedRequestInReview } from "./pages/admin-review";
import { DEMO_NF_RAZON_SOCIAL, SepsRequestFormPage, SepsRequestPage, newApplicant } from "./pages/seps-solicitud";

const TITLES = ["Solicitud de usuario y clave", "Acuerdo de Confidencialidad", "Consentimiento informado de tratamiento de datos personales"];
import { SepsAccountPage } from "./pages/admin-seps-account";

const PASSWORD = "Balances-Andinos-42";

test("a person files a request and remits it; a reviewer approves; the user opens the emailed link, sets the password, signs in and sees the roles; an applicant cannot reach /admin", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(150_000);
  // The applicant, in a browser of their own, files the request as people do (issue 4's flow).
  const applicantContext = await browser.newContext();
  const applicantPage = await applicantContext.newPage();
  const applicant = newApplicant();
  await new SepsRequestFormPage(applicantPage).fileRequest({ role: "Rol de Liquidador", applicant });
  const requestPage = new SepsRequestPage(applicantPage);
  for (const [i, title] of TITLES.entries()) {
    const bytes = await signedCopy(i, await requestPage.download(title), { user: applicant });
    await requestPage.upload(title, { name: `firmado-${i}.pdf`, mimeType: "application/pdf", buffer: bytes });
    await expect(requestPage.document(title).getByText("Subida", { exact: true })).toBeVisible();
    // The applicant sees the verdict right after the upload.
    await expect(requestPage.document(title).getByText("Firma electrónica válida", { exact: true })).toBeVisible();
  }
  await applicantPage.getByRole("button", { name: "Remitir a la Superintendencia" }).click();
  await expect(applicantPage.getByText("En revisión", { exact: true })).toBeVisible();
  await applicantContext.close();
  const seeded = { userName: applicant.name, userEmail: applicant.email, userCedula: applicant.cedula, razonSocial: DEMO_NF_RAZON_SOCIAL };

  const admin = new AdminReviewPage(page);
  await admin.signIn();
  await admin.openFromQueue(applicant.cedula);
  await expect(page.getByText(applicant.name).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: /Rol de Liquidador/ })).toBeVisible();
  // Each signed copy: "válida", who signed it (cédula), and that it is the generated document.
  for (const title of TITLES) {
    const signed = page.getByRole("region", { name: `${title}: firmado` });
    await expect(signed.getByText("Firma electrónica válida", { exact: true })).toBeVisible();
    const signer = title === TITLES[0] ? DEMO_NF_LEGAL_REP.cedula : applicant.cedula;
    await expect(signed.getByText(`Firmado por`, { exact: false }).first()).toContainText(`cédula ${signer}`);
    await expect(signed.getByText(/es el documento generado: su primera versión coincide byte a byte/)).toBeVisible();
    await expect(signed.getByText(/Revocación no verificada/)).toBeVisible();
  }

  // The stored PDFs are served to staff as attachments, byte for byte.
  const href = await page.getByRole("link", { name: /^Descargar .*\.pdf$/ }).first().getAttribute("href");
  const pdf = await page.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(pdf.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  await admin.approve();
  await expect(page.getByText("Cuenta del usuario: Pendiente de activación")).toBeVisible();
  await expect(page.getByRole("button", { name: "Aprobar" })).toHaveCount(0);

  const mail = await waitForMail(request, seeded.userEmail, { subject: /Acceso otorgado/ });
  expect(mail.text).toContain("72 horas");
  expect(mail.text).toContain("Rol de Liquidador");
  const link = linkIn(mail, "/seps/activar/");

  // The user, in a browser of their own.
  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  const user = new SepsAccountPage(userPage);
  await userPage.goto(link);
  await expect(userPage.getByRole("heading", { level: 1, name: "Generar su contraseña" })).toBeVisible();
  await expect(userPage.getByText(seeded.userName)).toBeVisible();
  await expect(userPage.getByText("Rol de Liquidador")).toBeVisible();
  // Opening the link again (a mail scanner, a reload) does not use it.
  await userPage.reload();
  await expect(userPage.getByRole("button", { name: "Continuar" })).toBeVisible();

  // A wrong cédula is refused and the link still works.
  await userPage.getByLabel("Cédula de Identidad").fill("1710034065");
  await userPage.getByLabel(/Nueva contraseña/).fill(PASSWORD);
  await userPage.getByLabel("Confirme la nueva contraseña").fill(PASSWORD);
  await userPage.getByRole("button", { name: "Continuar" }).click();
  await expect(userPage.getByRole("alert").filter({ hasText: "Hay un problema" })).toContainText("La cédula no corresponde");

  await user.setPassword(seeded.userCedula, PASSWORD);
  await expect(userPage.getByRole("status").getByRole("link", { name: "Ingresar" })).toHaveAttribute("href", "/seps/ingresar");
  await user.signIn(seeded.userCedula, PASSWORD);
  const org = userPage.getByRole("region", { name: seeded.razonSocial });
  await expect(org.getByRole("rowheader", { name: "Rol de Liquidador" })).toBeVisible();
  await expect(org.getByRole("cell", { name: /Liquidación/ }).first()).toBeVisible();
  await expect(org.getByText("Activa", { exact: true })).toBeVisible();

  // The link was used once: opening it again says so and offers the reset.
  await userPage.goto(link);
  await expect(userPage.getByRole("heading", { level: 1 })).toContainText("no se puede usar");
  await expect(userPage.getByRole("link", { name: "Restablecer contraseña" })).toBeVisible();

  // An applicant's session is not a staff session: /admin and staff downloads are refused.
  await userPage.goto("/admin");
  await expect(userPage).toHaveURL(/\/admin\/ingresar/);
  expect((await userPage.request.get(href!)).status()).toBe(404);
  await userContext.close();
});

test("a rejection needs a reason, and the reason reaches the applicant by email", async ({ page, request }) => {
  const seeded = await seedRequestInReview(request, { sector: "financiera" });
  const admin = new AdminReviewPage(page);
  await admin.signIn();
  await admin.openFromQueue(seeded.number);

  await admin.submitEmptyRejection();
  const reason = "La solicitud no está suscrita por el representante legal registrado en la SEPS.";
  await admin.reject(reason);
  await expect(page.getByText(`Motivo: ${reason}`).first()).toBeVisible();

  for (const to of [seeded.userEmail, seeded.legalRepEmail]) {
    const mail = await waitForMail(request, to, { subject: /rechazada/ });
    expect(mail.text).toContain(reason);
    expect(mail.text).toContain(seeded.number);
  }
  // No account was created for a rejected request.
  await page.goto(`/admin?estado=rechazada&q=${seeded.number}`);
  await expect(page.getByRole("link", { name: seeded.number })).toBeVisible();
});

test("the queue flags nothing for a request sent today and filters by sector", async ({ page, request }) => {
  const seeded = await seedRequestInReview(request, { sector: "financiera" });
  const admin = new AdminReviewPage(page);
  await admin.signIn();
  await page.goto(`/admin?sector=no_financiera&q=${seeded.number}`);
  await expect(page.getByText("No hay solicitudes con estos filtros.")).toBeVisible();
  await page.goto(`/admin?sector=financiera&q=${seeded.userCedula}`);
  const row = page.getByRole("row", { name: new RegExp(seeded.number) });
  await expect(row).toContainText("0 días hábiles");
  await expect(row).toContainText("Vence");
});
