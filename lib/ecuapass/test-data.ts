// Valid form data for the tests (unique per call, so tests can run in parallel on one database).
import { randomCedula, uniqueEmail, uniqueSuffix } from "@/test/factories";

export function randomIp(): string {
  const b = () => Math.floor(Math.random() * 254) + 1;
  return `10.${b()}.${b()}.${b()}`;
}

export function uniqueUserId(): string {
  return `u${uniqueSuffix()}`;
}

export function validForm(overrides: Record<string, string> = {}): Record<string, string> {
  const email = overrides.email ?? uniqueEmail("ecuapass");
  return {
    userId: uniqueUserId(),
    docType: "cedula",
    docNumber: randomCedula(),
    fullName: "María José Pérez Andrade",
    password: "Tortuga-Marina-42",
    passwordConfirmation: overrides.password ?? "Tortuga-Marina-42",
    country: "EC",
    province: "17",
    city: "1701",
    address: "Av. Amazonas N34-451 y Atahualpa",
    phone1: "022345678",
    phone2: "",
    mobileOperator: "CLARO",
    mobile: "0991234567",
    fax: "",
    email,
    emailConfirmation: email,
    securityCode: "",
    ...overrides,
  };
}

/** The smallest PDF checkPdfUpload accepts (header, one object, cross-reference table, end marker). */
export function minimalPdf(marker = "respaldo"): Buffer {
  const body = `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% ${marker}\n`;
  const xref = body.length;
  return Buffer.from(`${body}xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \ntrailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
}

const province = () => String(1 + Math.floor(Math.random() * 24)).padStart(2, "0");
const randomDigits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");

function mod11(body: string, weights: number[]): number {
  const check = (11 - (weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0) % 11)) % 11;
  return check;
}

/** A random RUC of the kind (SRI rules: natural person = cédula + 001; public entity 6; private company 9). */
export function randomRuc(kind: "persona_natural" | "entidad_publica" | "sociedad_privada" = "sociedad_privada"): string {
  if (kind === "persona_natural") return `${randomCedula()}001`;
  for (;;) {
    const body = kind === "entidad_publica" ? `${province()}6${randomDigits(5)}` : `${province()}9${randomDigits(6)}`;
    const check = mod11(body, kind === "entidad_publica" ? [3, 2, 7, 6, 5, 4, 3, 2] : [4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (check === 10) continue;
    return kind === "entidad_publica" ? `${body}${check}0001` : `${body}${check}001`;
  }
}

/** A valid post of the form of `type` (the general user's fields plus the type's own), without the file. */
export function validTypeForm(type: string, overrides: Record<string, string> = {}): Record<string, string> {
  const org = (kind: "entidad_publica" | "sociedad_privada", name: string) => ({
    orgRuc: randomRuc(kind),
    orgRazonSocial: name,
    orgAddress: "Av. 9 de Octubre 100 y Malecón",
    orgPhone: "042345678",
  });
  const person = (prefix: string, extra: Record<string, string> = {}) => ({
    [`${prefix}FullName`]: "Carlos Andrés Mora Vélez",
    [`${prefix}DocType`]: "cedula",
    [`${prefix}DocNumber`]: randomCedula(),
    ...extra,
  });
  const own: Record<string, Record<string, string>> = {
    representante_comercio_exterior: { ...org("sociedad_privada", "Exportadora del Pacífico S.A."), position: "Gerente General" },
    empleado: { ...org("sociedad_privada", "Exportadora del Pacífico S.A."), position: "Asistente de importaciones" },
    representante_entidad_publica: {
      ...org("entidad_publica", "Agencia de Regulación Fitosanitaria"),
      position: "Director de Comercio Exterior",
      capacity: "delegado",
      ...person("authority", { authorityPosition: "Director Ejecutivo" }),
    },
    funcionario_entidad_publica: { ...org("entidad_publica", "Agencia de Regulación Fitosanitaria"), position: "Analista", respaldoKind: "accion_personal" },
    organismo_internacional: {
      ...org("sociedad_privada", "Programa Mundial de Alimentos"),
      position: "Oficial de logística",
      ...person("representative", { representativeDocType: "pasaporte", representativeDocNumber: "AB123456", representativePosition: "Representante en Ecuador" }),
      respaldoKind: "credencial_organismo",
    },
    persona_discapacidad: { disabilityType: "fisica", disabilityPercent: "45", hasLegalRepresentative: "no" },
  };
  return { ...validForm(overrides), ...own[type], ...overrides };
}
