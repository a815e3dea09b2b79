// Test data for SENAE's review side (Vitest, and the e2e hook /api/test/ecuapass/solicitud): an
// Ecuapass account and its registration request inserted directly, so a reviewer test starts where
// the reviewer does, whatever the state of the registration forms.
import { db, type DbOrTx } from "@/lib/db";
import { ecuapassRegistrationRequests, ecuapassRequestDocuments, ecuapassUsers } from "@/lib/db/schema";
import type { SignatureVerdict } from "@/lib/signatures/types";
import { sha256Hex } from "@/lib/security/tokens";
import { randomRuc } from "@/lib/seps/testing";
import { randomCedula, uniqueEmail, uniqueSuffix } from "@/test/factories";
import { accountStatusFor, type RegistrationType, type RequestStatus } from "./registration-types";
import { parseRequestDetails } from "./request-details";
import { userIdKey } from "./rules";

export type FixtureType = Exclude<RegistrationType, "usuario_general">;

/** Each type's own sections as its form would store them (checked by the type's schema). */
export function sampleDetails(type: FixtureType, cedula: string): Record<string, unknown> {
  const raw: Record<FixtureType, Record<string, unknown>> = {
    representante_comercio_exterior: { position: "Gerente general", respaldoKind: "nombramiento" },
    empleado: { position: "Asistente de comercio exterior" },
    representante_entidad_publica: { position: "Director general", capacity: "maxima_autoridad", authority: null, respaldoKind: "nombramiento_autoridad" },
    funcionario_entidad_publica: { position: "Analista técnico", respaldoKind: "accion_personal" },
    organismo_internacional: {
      position: "Oficial de enlace",
      representative: { fullName: "Helena Margarita Strauss", docType: "pasaporte", docNumber: "C01X00T47" },
      respaldoKind: "delegacion_organismo",
    },
    persona_discapacidad: { cedula, disabilityType: "fisica", disabilityPercent: 45, legalRepresentative: null, relation: null, respaldoKind: "cedula" },
  };
  const parsed = parseRequestDetails(type, raw[type]);
  if (!parsed.ok) throw new Error(`sample details of ${type}: ${parsed.error.message}`);
  return parsed.details;
}

export async function createEcuapassRequest(
  options: {
    type: FixtureType;
    status?: RequestStatus;
    accountStatus?: "activo" | "suspendido" | "pendiente_aprobacion" | "rechazado";
    /** null: no organization (Persona con Discapacidad only). */
    orgRuc?: string | null;
    orgRazonSocial?: string;
    fullName?: string;
    email?: string;
    submittedAt?: Date;
    details?: Record<string, unknown>;
  },
  executor: DbOrTx = db,
) {
  const suffix = uniqueSuffix();
  const userId = `r${suffix}`;
  const email = options.email ?? uniqueEmail("solicitante");
  const status = options.status ?? "pendiente_aprobacion";
  const cedula = randomCedula();
  const [account] = await executor
    .insert(ecuapassUsers)
    .values({
      userId,
      userIdKey: userIdKey(userId),
      docType: "cedula",
      docNumber: cedula,
      fullName: options.fullName ?? `Solicitante de Prueba ${suffix}`,
      passwordHash: "x",
      countryCode: "EC",
      address: "Av. 9 de Octubre 100, Guayaquil",
      phone1: "042345678",
      mobileOperator: "CLARO",
      mobile: "0991234567",
      email,
      emailKey: email.toLowerCase(),
      senaeEmail: `${userId}@correo.aduana.gob.ec`,
      status: options.accountStatus ?? accountStatusFor(status),
    })
    .returning();
  const withOrg = options.orgRuc !== null && !(options.orgRuc === undefined && options.type === "persona_discapacidad");
  const publicEntity = options.type === "representante_entidad_publica" || options.type === "funcionario_entidad_publica";
  const at = options.submittedAt ?? new Date();
  const [request] = await executor
    .insert(ecuapassRegistrationRequests)
    .values({
      type: options.type,
      status,
      accountId: account!.id,
      ...(withOrg
        ? {
            orgRuc: options.orgRuc ?? randomRuc(),
            orgRucKind: publicEntity ? ("entidad_publica" as const) : ("sociedad_privada" as const),
            orgRazonSocial: options.orgRazonSocial ?? `Exportadora de Prueba ${suffix} S.A.`,
            orgAddress: "Av. 9 de Octubre 100, Guayaquil",
            orgPhone: "042345678",
          }
        : {}),
      details: options.details ?? sampleDetails(options.type, cedula),
      decisionReason: status === "rechazada" || status === "correccion_solicitada" ? "Motivo de prueba." : null,
      decidedAt: status === "pendiente_aprobacion" ? null : at,
      submittedAt: at,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  return { account: account!, request: request! };
}

/** A tiny but well-formed PDF (enough for a download and a preview). */
export function tinyPdf(title: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${title}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
}

export function verdictOf(status: SignatureVerdict["status"]): SignatureVerdict {
  return {
    version: 1,
    status,
    summary: status === "invalida" ? "La firma no corresponde al documento generado." : "Firma de prueba.",
    signatures: [],
    checks: [],
    checkedAt: new Date().toISOString(),
  };
}

/** Stores one current document of the request (the generated or the signed Solicitud de uso, or the respaldo). */
export async function addRequestDocument(
  requestId: string,
  options: { kind: "respaldo" | "solicitud_uso"; origin: "generado" | "subido"; verdict?: SignatureVerdict["status"] },
  executor: DbOrTx = db,
) {
  const content = tinyPdf(`${options.kind} ${options.origin}`);
  const [row] = await executor
    .insert(ecuapassRequestDocuments)
    .values({
      requestId,
      kind: options.kind,
      origin: options.origin,
      fileName: `${options.kind === "respaldo" ? "respaldo" : "solicitud-de-uso"}${options.origin === "subido" && options.kind === "solicitud_uso" ? "-firmada" : ""}.pdf`,
      content,
      sha256: sha256Hex(content),
      sizeBytes: content.length,
      verificationCode: options.kind === "solicitud_uso" && options.origin === "generado" ? `T${uniqueSuffix().toUpperCase()}` : null,
      signatureCheck: options.verdict ? verdictOf(options.verdict) : null,
    })
    .returning();
  return row!;
}
