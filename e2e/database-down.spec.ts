import { expect, test } from "./support/fixtures";

// Postgres only: the app reaches the database through a proxy this test cuts and restores
// (see playwright.config.ts). PGlite lives inside the server process and cannot go down alone.
const control = process.env.E2E_DB_CONTROL_PORT ? `http://127.0.0.1:${process.env.E2E_DB_CONTROL_PORT}` : null;
const UNAVAILABLE = "El servicio no está disponible, intente más tarde";

test.skip(!control, "solo con DATABASE_URL (Postgres)");

test("database down: a Spanish error page, actions keep what was typed, and the site recovers @exclusivo", async ({ page, request }) => {
  await page.goto("/seps/verificar/ZZZZ-ZZZZ-ZZZZ");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const normalHeading = await page.getByRole("heading", { level: 1 }).innerText();
  expect(normalHeading).not.toContain(UNAVAILABLE);

  await page.goto("/seps/restablecer");
  expect((await request.post(`${control}/cortar`)).ok()).toBe(true);
  try {
    const cedula = page.getByLabel(/Cédula de Identidad/);
    await cedula.fill("1712345675");
    await page.getByRole("button", { name: /Continuar|Enviar|Restablecer/ }).click();
    await expect(page.getByText(/El servicio no está disponible, intente más tarde/).first()).toBeVisible({ timeout: 20_000 });
    await expect(cedula).toHaveValue("1712345675");

    await page.goto("/seps/verificar/ZZZZ-ZZZZ-ZZZZ");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(UNAVAILABLE, { timeout: 20_000 });
    await expect(page.locator("body")).not.toContainText(/at .*\.js|Error:|stack/i);
  } finally {
    expect((await request.post(`${control}/restablecer`)).ok()).toBe(true);
  }

  await expect(async () => {
    await page.goto("/seps/verificar/ZZZZ-ZZZZ-ZZZZ");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(normalHeading, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
});
