import { describe, expect, it } from "vitest";
import { accountStatusChangeSchema } from "@/lib/accounts/schema";
import { staffInviteSchema } from "@/lib/auth/schema";
import { profileDataSchema } from "@/lib/ecuapass/account-schema";
import { deletionRequestSchema } from "@/lib/privacy/schema";
import { registrationSchema } from "@/lib/ecuapass/schema";
import { validForm } from "@/lib/ecuapass/test-data";
import { validateCatastroRow } from "@/lib/seps/catastro-csv";
import { decisionReasonSchema } from "@/lib/seps/review";
import { sepsRequestSchema } from "@/lib/seps/schema";
import { randomRuc } from "@/lib/seps/testing";
import { cleanText } from "@/lib/security/normalize";
import { randomCedula } from "@/test/factories";

// U+202E makes "Contador fdp.exe" display as "Contador exe.pdf"; the others hide or reorder text too.
const HIDDEN = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200B", "\u200E", "\u200F", "\uFEFF", "\u00AD", "\u2060"];
const NONE_LEFT = /[\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF\u00AD\u2060]/;

describe("cleanText", () => {
  it("removes every bidirectional control and invisible format character", () => {
    for (const c of HIDDEN) expect(cleanText(`Contador ${c}fdp.exe`), JSON.stringify(c)).toBe("Contador fdp.exe");
  });

  it("keeps the text itself: accents (as NFC), ñ, apostrophes; collapses spaces", () => {
    expect(cleanText("  Jose\u0301 Núñez   d'Alembert\t ")).toBe("José Núñez d'Alembert");
    expect(cleanText("Peñafiel Ñ")).toBe("Peñafiel Ñ");
  });

  it("keeps line breaks in multiline text, at most one blank line", () => {
    expect(cleanText("Falta la firma.\r\n\r\n\r\n\u202EAdjunte\u2028otra vez. ", { multiline: true })).toBe("Falta la firma.\n\nAdjunte\notra vez.");
  });
});

describe("every free-text field", () => {
  it("SEPS request: names, position, resolution, the person filing it", () => {
    const parsed = sepsRequestSchema.parse({
      sector: "no_financiera",
      rol: "NF_AUDITOR_EXTERNO",
      acceso_NF_AUDITOR_EXTERNO: "on",
      tipo: "natural",
      cedula: randomCedula(),
      nombres: "Ana\u200B María Torres Vega",
      correo: "ana@example.com",
      empleado: "si",
      cargo: "Contador \u202Efdp.exe",
      resolucion: "SEPS-\u2066123",
      ruc: randomRuc(),
      tramiteCedula: randomCedula(),
      tramiteNombres: "Luis\u202D Cárdenas",
    });
    expect(JSON.stringify(parsed)).not.toMatch(NONE_LEFT);
    expect(parsed.user.position).toBe("Contador fdp.exe");
  });

  it("Ecuapass registration: full name and address", () => {
    const parsed = registrationSchema.parse(validForm({ fullName: "María\u202E José Pérez", address: "Av. Amazonas \u202Efdp.exe N34" }));
    expect(parsed.fullName).toBe("María José Pérez");
    expect(parsed.address).toBe("Av. Amazonas fdp.exe N34");
  });

  it("the reviewer's reason, a staff member's name and the catastro CSV", () => {
    const reason = decisionReasonSchema.parse({ requestId: crypto.randomUUID(), reason: "Adjunte el archivo \u202Efdp.exe firmado." });
    expect(reason.reason).toBe("Adjunte el archivo fdp.exe firmado.");
    expect(staffInviteSchema.parse({ email: "a@seps.gob.ec", fullName: "Rosa\u2067 Quishpe", role: "reviewer" }).fullName).toBe("Rosa Quishpe");
    const { row } = validateCatastroRow([
      randomRuc(),
      "Cooperativa \u202EAhorro",
      "no_financiera",
      "Nivel 1",
      "coop@example.com",
      randomCedula(),
      "Rosa\u200B Elena Quishpe",
      "rep@example.com",
    ]);
    expect(row?.razonSocial).toBe("Cooperativa Ahorro");
    expect(row?.legalRepName).toBe("Rosa Elena Quishpe");
  });

  it("Mi página's address, a staff reason to an account holder, a deletion request's reason", () => {
    const profile = profileDataSchema.safeParse({ intent: "codigo", address: "Calle \u202ELarga 7-45", phone1: "072831234", phone2: "", mobileOperator: "CLARO", mobile: "0991234567", fax: "" });
    expect(profile.success && profile.data.address).toBe("Calle Larga 7-45");
    const status = accountStatusChangeSchema.parse({ kind: "seps", accountId: crypto.randomUUID(), motivo: "Suspendida por \u202Efdp.exe revisión" });
    expect(status.motivo).toBe("Suspendida por fdp.exe revisión");
    expect(deletionRequestSchema.parse({ motivo: "Ya no \u2067uso la cuenta", confirmo: "si" }).motivo).toBe("Ya no uso la cuenta");
  });
});
