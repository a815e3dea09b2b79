import { expect, type Page } from "@playwright/test";
import { signedBy } from "../support/signatures";

/**
 * The applicant's «Mi página» while its registration request waits (issue 19): the request's status,
 * what is missing and, for the types SENAE approves, the «Solicitud de uso» to download, sign and upload.
 */
export class ApplicantStatusPage {
  constructor(readonly page: Page) {}

  status() {
    return this.page.getByRole("region", { name: "Estado de su solicitud" });
  }

  missing() {
    return this.page.getByRole("region", { name: "Qué falta" });
  }

  solicitudUso() {
    return this.page.getByRole("region", { name: "Solicitud de uso" });
  }

  /** The status page of a pending request of `typeLabel`, approved by `approver`. */
  async expectPending(typeLabel: string, approver: RegExp | string) {
    await expect(this.page).toHaveURL(/\/ecuapass\/mi-pagina$/);
    await expect(this.status().getByText("Pendiente de aprobación", { exact: true })).toBeVisible();
    await expect(this.status()).toContainText(typeLabel);
    await expect(this.status()).toContainText(approver);
  }

  /** The generated «Solicitud de uso», downloaded as a person does (the link's download). */
  async downloadSolicitudUso(): Promise<Buffer> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.solicitudUso().getByRole("link", { name: "Descargar la Solicitud de uso (PDF)" }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async uploadSigned(name: string, buffer: Buffer) {
    const card = this.solicitudUso();
    await card
      .getByLabel(/Copia firmada de «Solicitud de uso»|Reemplazar la copia firmada de «Solicitud de uso»/)
      .setInputFiles({ name, mimeType: "application/pdf", buffer });
    await card.getByRole("button", { name: /(Subir|Reemplazar) copia firmada de Solicitud de uso/ }).click();
  }

  /** Downloads the Solicitud de uso, signs it with the applicant's test certificate, uploads it and sees «válida». */
  async signAndUpload(applicant: { fullName: string; docNumber: string }) {
    const generated = await this.downloadSolicitudUso();
    expect(generated.subarray(0, 5).toString()).toBe("%PDF-");
    await this.uploadSigned("solicitud-de-uso-firmada.pdf", await signedBy({ cedula: applicant.docNumber, name: applicant.fullName }, generated));
    await expect(this.solicitudUso().getByText("Firma electrónica válida", { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(this.solicitudUso()).toContainText(`cédula ${applicant.docNumber}`);
    await expect(this.missing()).not.toContainText("Subir la Solicitud de uso");
  }

  async signOut() {
    await this.page.getByRole("button", { name: "Cerrar sesión" }).click();
    await expect(this.page).toHaveURL(/\/ecuapass\/ingresar/);
  }
}
