import { DEMO_ADMIN, DEMO_REVIEWER } from "@/lib/auth/demo-staff";
import { expect, test } from "./support/fixtures";
import { AdminReviewPage, seedRequestInReview } from "./pages/admin-review";

async function downloaded(download: import("@playwright/test").Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

test("staff download the filtered queue and an admin the audit log as UTF-8 CSV with a BOM; a reviewer is refused the audit export", async ({ page, browser, request }) => {
  const seeded = await seedRequestInReview(request);
  const reviewer = new AdminReviewPage(page);
  await reviewer.signIn(DEMO_REVIEWER);
  await page.getByRole("searchbox", { name: "Buscar" }).fill(seeded.userCedula);
  await page.getByRole("button", { name: "Filtrar" }).click();
  const [queueDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Descargar CSV/ }).click()]);
  expect(queueDownload.suggestedFilename()).toMatch(/^solicitudes-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
  const csv = await downloaded(queueDownload);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.toString("utf8").slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toContain("Número,Estado,Sector,RUC");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(seeded.number);
  expect(lines[1]).toContain(seeded.userName);
  expect((await page.request.get("/admin/exportar/auditoria")).status()).toBe(403);

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await new AdminReviewPage(adminPage).signIn(DEMO_ADMIN);
  await adminPage.goto("/admin/auditoria?accion=exportacion.");
  const [auditDownload] = await Promise.all([adminPage.waitForEvent("download"), adminPage.getByRole("link", { name: /Descargar CSV/ }).click()]);
  const audit = (await downloaded(auditDownload)).toString("utf8");
  expect(audit.charCodeAt(0)).toBe(0xfeff);
  expect(audit).toContain("exportacion.solicitudes");
  expect(audit).toContain(DEMO_REVIEWER.fullName);
  await adminContext.close();
});
