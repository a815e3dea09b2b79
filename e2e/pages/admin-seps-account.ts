import { expect, type Page } from "@playwright/test";

/** The SEPS user's side: the emailed link, sign-in, the casillero, "Restablecer contraseña". */
export class SepsAccountPage {
  constructor(private readonly page: Page) {}

  /** On /seps/activar/TOKEN or /seps/restablecer/TOKEN: validate the cédula and set the password. */
  async setPassword(cedula: string, password: string) {
    await this.page.getByLabel("Cédula de Identidad").fill(cedula);
    await this.page.getByLabel(/Nueva contraseña/).fill(password);
    await this.page.getByLabel("Confirme la nueva contraseña").fill(password);
    await this.page.getByRole("button", { name: "Continuar" }).click();
    await expect(this.page.getByRole("heading", { name: "Contraseña generada" })).toBeVisible();
  }

  async signIn(cedula: string, password: string) {
    await this.page.goto("/seps/ingresar");
    await this.page.getByLabel("Usuario (Cédula de Identidad)").fill(cedula);
    await this.page.getByLabel("Contraseña").fill(password);
    await this.page.getByRole("button", { name: "Ingresar" }).click();
    await expect(this.page).toHaveURL(/\/seps\/casillero$/);
  }

  async requestReset(cedula: string) {
    await this.page.getByLabel("Ingresar el usuario (Cédula de Identidad)").fill(cedula);
    await this.page.getByRole("button", { name: "Restablecer contraseña" }).click();
    await expect(this.page.getByRole("status")).toContainText("Si el usuario existe, enviamos un enlace al correo registrado");
  }
}
