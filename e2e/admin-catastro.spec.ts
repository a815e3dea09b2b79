import { DEMO_ADMIN } from "@/lib/auth/demo-staff";
import { randomRuc } from "@/lib/seps/testing";
import { uniqueSuffix } from "@/test/factories";
import { expect, test } from "./support/fixtures";
import { AdminReviewPage } from "./pages/admin-review";

// lib/seps/catastro-csv.ts's header (that module is not importable here: its checksums are CommonJS deep imports).
const CATASTRO_CSV_HEADER = [
  "ruc",
  "razon_social",
  "sector",
  "segmento_nivel",
  "correo",
  "cedula_representante",
  "nombres_representante",
  "correo_representante",
] as const;

function csv(rows: Record<string, string>[]) {
  return Buffer.from([CATASTRO_CSV_HEADER.join(","), ...rows.map((r) => CATASTRO_CSV_HEADER.map((k) => r[k]).join(","))].join("\n"));
}

function row(ruc: string, name: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    ruc,
    razon_social: name,
    sector: "no_financiera",
    segmento_nivel: "Nivel 1",
    correo: "info@asociacion.ec",
    cedula_representante: "1710034065",
    nombres_representante: "Rosa Elena Chango Pilco",
    correo_representante: "rosa@asociacion.ec",
    ...overrides,
  };
}

test("an admin previews a catastro CSV (errors per line, new/changed/unchanged), applies it, then opens and edits one organization", async ({ page }) => {
  const suffix = uniqueSuffix();
  const [a, b] = [randomRuc(), randomRuc()];
  const nameA = `Asociación Catastro A ${suffix}`;
  const nameB = `Asociación Catastro B ${suffix}`;
  await new AdminReviewPage(page).signIn(DEMO_ADMIN);
  await page.getByRole("navigation", { name: "Personal" }).getByRole("link", { name: "Catastro" }).click();

  // A file with a bad line: reported with its line and reason, nothing to apply.
  await page.getByLabel("Archivo CSV (UTF-8)").setInputFiles({ name: "malo.csv", mimeType: "text/csv", buffer: csv([row(a, nameA), row(b, nameB, { correo: "sin-arroba" })]) });
  await page.getByRole("button", { name: "Revisar el archivo" }).click();
  const errors = page.getByRole("table", { name: /Filas con errores/ });
  await expect(errors.getByRole("row", { name: /^3/ })).toContainText("Correo de la organización");
  await expect(page.getByRole("button", { name: "Aplicar los cambios" })).toHaveCount(0);

  await page.getByLabel("Archivo CSV (UTF-8)").setInputFiles({ name: "bueno.csv", mimeType: "text/csv", buffer: csv([row(a, nameA), row(b, nameB)]) });
  await page.getByRole("button", { name: "Revisar el archivo" }).click();
  await expect(page.getByRole("table", { name: "Nuevas (2)" })).toBeVisible();
  await page.getByRole("button", { name: "Aplicar los cambios" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Catastro actualizado: 2 nueva(s)" })).toBeVisible();

  // The same organizations again, one changed: the preview names the field.
  await page.getByLabel("Archivo CSV (UTF-8)").setInputFiles({ name: "cambio.csv", mimeType: "text/csv", buffer: csv([row(a, nameA), row(b, nameB, { correo: "nuevo@asociacion.ec" })]) });
  await page.getByLabel(/Importación completa/).check();
  await page.getByRole("button", { name: "Revisar el archivo" }).click();
  const preview = page.getByRole("region", { name: "Vista previa de la importación" });
  await expect(preview).toContainText("1 sin cambios");
  await expect(preview.getByRole("table", { name: "Con cambios (1)" })).toContainText("«info@asociacion.ec» → «nuevo@asociacion.ec»");
  await expect(preview).toContainText("se marcarán como inactivas");
  // Not applied: a full import here would make every other test's organization inactive.

  await page.getByRole("searchbox").fill(nameA);
  await page.getByRole("button", { name: "Buscar" }).click();
  await page.getByRole("link", { name: nameA }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(nameA);
  await expect(page.getByRole("row", { name: /Rol de Representante Legal/ })).toContainText("0 de 1");

  const form = page.getByRole("form", { name: "Editar datos de contacto" });
  await form.getByLabel("Cédula del representante legal").fill("1234567890");
  await form.getByRole("button", { name: "Guardar" }).click();
  await expect(form.getByRole("alert")).toBeVisible();
  await expect(form.getByLabel("Cédula del representante legal")).toHaveValue("1234567890");
  await form.getByLabel("Cédula del representante legal").fill("1710034065");
  await form.getByLabel("Correo de la organización").fill("secretaria@asociacion.ec");
  await form.getByRole("button", { name: "Guardar" }).click();
  await expect(form.getByRole("status")).toHaveText("Datos de contacto actualizados.");
  await page.reload();
  await expect(page.getByRole("form", { name: "Editar datos de contacto" }).getByLabel("Correo de la organización")).toHaveValue("secretaria@asociacion.ec");
});
