import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { countryName } from "@/lib/catalog/countries";
import { cantonName, provinceName } from "@/lib/catalog/ecuador";
import { now } from "@/lib/clock";
import { db, type DbOrTx, type Tx } from "@/lib/db";
import {
  ecuapassRegistrationRequests,
  ecuapassRequestDocuments,
  ecuapassUsers,
  type EcuapassRegistrationRequest,
  type EcuapassRequestDocument,
  type EcuapassUser,
} from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { renderSolicitudUsoDocument, type SolicitudUsoPdfData } from "@/lib/pdf/render";
import { recordAudit } from "@/lib/security/audit";
import { consumeLimit, tooManyAttemptsMessage } from "@/lib/security/rate-limit";
import { sha256Hex } from "@/lib/security/tokens";
import { checkPdfUpload, newVerificationCode, normalizeVerificationCode } from "@/lib/seps/documents";
import { verifySignedUpload, type ExpectedSigner, type SignatureVerdict } from "@/lib/signatures";
import { RUC_KIND_LABEL, type RucKind } from "./organization-schema";
import { describeRequestDetails } from "./request-details";
import { APPROVER_LABEL, REGISTRATION_TYPE_INFO, REQUEST_STATUS_LABEL, type RegistrationType, type RequestStatus } from "./registration-types";
import { DOC_TYPES } from "./rules";
import { currentUpload } from "./document-files";

// The "Solicitud de uso" of a request SENAE approves (issue 19): generated once when the request is
// saved (rendered before the transaction, stored in it, bytes kept as generated), printed with a
// verification code anyone can check at /ecuapass/verificar/CODE; the applicant signs it
// electronically and uploads it on its status page, where lib/signatures checks it exactly as it
// checks the SEPS uploads (expected signer: the applicant's own document number).

export const SOLICITUD_USO_TITLE = "Solicitud de uso";

/** Only the types SENAE approves carry the document (an employee's representative vouches instead). */
export function needsSolicitudUso(type: RegistrationType): boolean {
  return REGISTRATION_TYPE_INFO[type].approver === "senae";
}

/** An uploaded copy counts once its electronic signature holds (valid, or valid with warnings). */
export function isElectronicallySigned(verdict: SignatureVerdict | null | undefined): boolean {
  return verdict?.status === "valida" || verdict?.status === "advertencias";
}

/** The request states in which the applicant may upload (or replace) its signed copy. */
export const UPLOAD_OPEN: readonly RequestStatus[] = ["pendiente_aprobacion", "correccion_solicitada"];

const ORGANIZATION_TITLE: Partial<Record<RegistrationType, string>> = {
  representante_comercio_exterior: "Datos de la empresa o de la persona con RUC",
  empleado: "Datos de la empresa",
  representante_entidad_publica: "Datos de la entidad pública",
  funcionario_entidad_publica: "Datos de la entidad pública",
  organismo_internacional: "Datos del organismo internacional",
};

/** What both a registration form's input and a stored account have. */
type Person = Pick<
  EcuapassUser,
  "userId" | "docType" | "docNumber" | "fullName" | "countryCode" | "provinceCode" | "cantonCode" | "address" | "phone1" | "mobile" | "email"
>;
type Organization = { ruc: string; kind: RucKind; razonSocial: string; address: string; phone: string } | null;

export function solicitudUsoData(person: Person, request: { type: RegistrationType; organization: Organization; details: unknown }, issuedAt: Date): SolicitudUsoPdfData {
  const info = REGISTRATION_TYPE_INFO[request.type];
  const org = request.organization;
  return {
    issuedAt: issuedAt.toISOString(),
    typeLabel: info.label,
    approverLabel: APPROVER_LABEL[info.approver],
    applicant: {
      userId: person.userId,
      fullName: person.fullName,
      docLabel: DOC_TYPES.find((d) => d.value === person.docType)?.label ?? person.docType,
      docNumber: person.docNumber,
      email: person.email,
      phone: person.phone1,
      mobile: person.mobile,
      location: [cantonName(person.cantonCode), provinceName(person.provinceCode), countryName(person.countryCode)].filter(Boolean).join(", "),
      address: person.address,
    },
    organization: org
      ? {
          title: ORGANIZATION_TITLE[request.type] ?? "Datos de la organización",
          ruc: org.ruc,
          rucKindLabel: RUC_KIND_LABEL[org.kind],
          razonSocial: org.razonSocial,
          address: org.address,
          phone: org.phone,
        }
      : null,
    details: describeRequestDetails(request.type, request.details),
  };
}

/** The organization as the registration form gives it. */
export function organizationOfInput(
  organization: { orgRuc: { ruc: string; kind: RucKind }; orgRazonSocial: string; orgAddress: string; orgPhone: string } | null | undefined,
): Organization {
  return organization
    ? { ruc: organization.orgRuc.ruc, kind: organization.orgRuc.kind, razonSocial: organization.orgRazonSocial, address: organization.orgAddress, phone: organization.orgPhone }
    : null;
}

/** The organization as the request row stores it. */
export function organizationOfRequest(request: EcuapassRegistrationRequest): Organization {
  if (!request.orgRuc || !request.orgRucKind) return null;
  return {
    ruc: request.orgRuc,
    kind: request.orgRucKind,
    razonSocial: request.orgRazonSocial ?? "",
    address: request.orgAddress ?? "",
    phone: request.orgPhone ?? "",
  };
}

export function solicitudUsoVerificationUrl(code: string): string {
  return new URL(`/ecuapass/verificar/${code}`, getEnv().APP_URL).toString();
}

export type GeneratedSolicitudUso = { fileName: string; content: Buffer; sha256: string; sizeBytes: number; verificationCode: string };

export function solicitudUsoFileName(userId: string, origin: "generado" | "subido"): string {
  const safe = userId.replace(/[^\w.-]/g, "_");
  return `solicitud-uso-${safe}${origin === "subido" ? "-firmada" : ""}.pdf`;
}

/** Renders the document (CPU work in the PDF worker): call it before the transaction opens. */
export async function generateSolicitudUso(data: SolicitudUsoPdfData): Promise<GeneratedSolicitudUso> {
  const verificationCode = newVerificationCode();
  const content = await renderSolicitudUsoDocument(data, { issuedAt: data.issuedAt, verificationCode, verifyUrl: solicitudUsoVerificationUrl(verificationCode) });
  return { fileName: solicitudUsoFileName(data.applicant.userId, "generado"), content, sha256: sha256Hex(content), sizeBytes: content.length, verificationCode };
}

/**
 * Stores a generated copy inside the caller's transaction. A newer one (the data were corrected)
 * supersedes the previous generated copy and the signed copy made of it, which no longer matches.
 */
export async function storeGeneratedSolicitudUso(tx: Tx, requestId: string, generated: GeneratedSolicitudUso): Promise<string> {
  const at = now();
  await tx
    .update(ecuapassRequestDocuments)
    .set({ supersededAt: at })
    .where(and(eq(ecuapassRequestDocuments.requestId, requestId), eq(ecuapassRequestDocuments.kind, "solicitud_uso"), isNull(ecuapassRequestDocuments.supersededAt)));
  const [row] = await tx
    .insert(ecuapassRequestDocuments)
    .values({ requestId, kind: "solicitud_uso", origin: "generado", ...generated, createdAt: at })
    .returning({ id: ecuapassRequestDocuments.id });
  return row!.id;
}

/** The signer the uploaded copy must carry: the applicant (a natural person's RUC holds the cédula). */
export function expectedSignerOf(account: Pick<EcuapassUser, "docType" | "docNumber">): ExpectedSigner {
  const cedula = account.docType === "ruc" ? account.docNumber.slice(0, 10) : account.docNumber;
  return { cedula, role: "la persona solicitante" };
}

export async function expectedSignerOfAccount(accountId: string): Promise<ExpectedSigner | null> {
  const [account] = await db.select({ docType: ecuapassUsers.docType, docNumber: ecuapassUsers.docNumber }).from(ecuapassUsers).where(eq(ecuapassUsers.id, accountId)).limit(1);
  return account ? expectedSignerOf(account) : null;
}

export type DocumentMeta = Omit<EcuapassRequestDocument, "content">;

const META = {
  id: ecuapassRequestDocuments.id,
  requestId: ecuapassRequestDocuments.requestId,
  kind: ecuapassRequestDocuments.kind,
  origin: ecuapassRequestDocuments.origin,
  fileName: ecuapassRequestDocuments.fileName,
  sha256: ecuapassRequestDocuments.sha256,
  sizeBytes: ecuapassRequestDocuments.sizeBytes,
  verificationCode: ecuapassRequestDocuments.verificationCode,
  signatureCheck: ecuapassRequestDocuments.signatureCheck,
  supersededAt: ecuapassRequestDocuments.supersededAt,
  createdAt: ecuapassRequestDocuments.createdAt,
};

/** A request's files without their bytes, newest first (current and superseded). */
export async function listRequestDocuments(requestId: string, executor: DbOrTx = db): Promise<DocumentMeta[]> {
  return executor.select(META).from(ecuapassRequestDocuments).where(eq(ecuapassRequestDocuments.requestId, requestId)).orderBy(desc(ecuapassRequestDocuments.createdAt));
}

/** The current file of a kind and origin (null when none). */
export function currentDocument(documents: DocumentMeta[], kind: DocumentMeta["kind"], origin: DocumentMeta["origin"]): DocumentMeta | null {
  return documents.find((d) => d.kind === kind && d.origin === origin && !d.supersededAt) ?? null;
}

// ------------------------------------------------------------------ the signed upload

export type UploadResult = { ok: true; documentId: string; verdict: SignatureVerdict } | { ok: false; message: string };

/** Bounds the history a request keeps of replaced signed copies. */
export const MAX_STORED_SIGNED_COPIES = 30;

const notOpenMessage = (status: RequestStatus) =>
  `Su solicitud está «${REQUEST_STATUS_LABEL[status]}»: ya no se puede subir la Solicitud de uso firmada.`;

class UploadRefused extends Error {}

/**
 * The applicant's signed copy of its own "Solicitud de uso": a PDF by content, the generated file
 * plus electronic signatures by the applicant. Like the SEPS uploads: a broken signature, another
 * signer or another document is refused; the generated file unchanged is refused with what to do;
 * a PDF without any electronic signature is kept and marked (it does not count as signed).
 */
export async function uploadSignedSolicitudUso(input: { accountId: string; accountLabel: string; bytes: Uint8Array; ip: string }): Promise<UploadResult> {
  const pdf = checkPdfUpload(input.bytes);
  if (!pdf.ok) return pdf;
  const [found] = await db
    .select({ request: ecuapassRegistrationRequests, account: ecuapassUsers })
    .from(ecuapassRegistrationRequests)
    .innerJoin(ecuapassUsers, eq(ecuapassUsers.id, ecuapassRegistrationRequests.accountId))
    .where(eq(ecuapassRegistrationRequests.accountId, input.accountId))
    .limit(1);
  if (!found || !needsSolicitudUso(found.request.type)) return { ok: false, message: "Su solicitud no requiere la Solicitud de uso firmada." };
  for (const [limit, key] of [["uploadPerIp", input.ip], ["uploadPerRequest", `ecuapass:${found.request.id}`]] as const) {
    const taken = await consumeLimit(limit, key);
    if (!taken.ok) return { ok: false, message: tooManyAttemptsMessage(taken.retryAfterSeconds) };
  }
  if (!UPLOAD_OPEN.includes(found.request.status)) return { ok: false, message: notOpenMessage(found.request.status) };
  const [generated] = await db
    .select({ id: ecuapassRequestDocuments.id, content: ecuapassRequestDocuments.content, verificationCode: ecuapassRequestDocuments.verificationCode })
    .from(ecuapassRequestDocuments)
    .where(
      and(
        eq(ecuapassRequestDocuments.requestId, found.request.id),
        eq(ecuapassRequestDocuments.kind, "solicitud_uso"),
        eq(ecuapassRequestDocuments.origin, "generado"),
        isNull(ecuapassRequestDocuments.supersededAt),
      ),
    )
    .limit(1);
  if (generated && Buffer.from(input.bytes).equals(generated.content)) {
    return {
      ok: false,
      message: "Este archivo es la Solicitud de uso generada, sin firmar. Fírmela electrónicamente (por ejemplo, con FirmaEC) y suba el archivo firmado.",
    };
  }
  // Verified before the transaction: the request row stays locked only for the writes.
  const verdict = await verifySignedUpload({
    bytes: input.bytes,
    generated: generated?.content ?? null,
    verificationCode: generated?.verificationCode ?? null,
    expectedSigner: expectedSignerOf(found.account),
    now: now(),
  });
  if (verdict.status === "invalida") return { ok: false, message: `No se aceptó el archivo: ${verdict.summary}` };
  const content = Buffer.from(input.bytes);
  const sha256 = sha256Hex(content);
  try {
    const documentId = await db.transaction(async (tx) => {
      const [request] = await tx.select().from(ecuapassRegistrationRequests).where(eq(ecuapassRegistrationRequests.id, found.request.id)).for("update").limit(1);
      if (!request || !UPLOAD_OPEN.includes(request.status)) throw new UploadRefused(notOpenMessage(request?.status ?? "rechazada"));
      const [stored] = await tx
        .select({ n: count() })
        .from(ecuapassRequestDocuments)
        .where(and(eq(ecuapassRequestDocuments.requestId, request.id), eq(ecuapassRequestDocuments.origin, "subido"), eq(ecuapassRequestDocuments.kind, "solicitud_uso")));
      if ((stored?.n ?? 0) >= MAX_STORED_SIGNED_COPIES) {
        throw new UploadRefused("Su solicitud alcanzó el número máximo de copias firmadas guardadas. Comuníquese con el SENAE.");
      }
      const at = now();
      // The previous copy stays, superseded, so the reviewer can compare the two.
      await tx
        .update(ecuapassRequestDocuments)
        .set({ supersededAt: at })
        .where(
          and(
            eq(ecuapassRequestDocuments.requestId, request.id),
            currentUpload("solicitud_uso"),
          ),
        );
      const [doc] = await tx
        .insert(ecuapassRequestDocuments)
        .values({
          requestId: request.id,
          kind: "solicitud_uso",
          origin: "subido",
          fileName: solicitudUsoFileName(found.account.userId, "subido"),
          content,
          sha256,
          sizeBytes: content.length,
          signatureCheck: verdict,
          createdAt: at,
        })
        .returning({ id: ecuapassRequestDocuments.id });
      await tx.update(ecuapassRegistrationRequests).set({ updatedAt: at }).where(eq(ecuapassRegistrationRequests.id, request.id));
      await recordAudit(
        {
          actor: { kind: "ecuapass", id: input.accountId, label: input.accountLabel },
          action: "ecuapass.solicitud.documento_subido",
          subjectType: "ecuapass_registration_request",
          subjectId: request.id,
          details: { documento: "solicitud_uso", sha256, bytes: content.length, firma: verdict.status, ip: input.ip },
        },
        tx,
      );
      return doc!.id;
    });
    return { ok: true, documentId, verdict };
  } catch (error) {
    if (error instanceof UploadRefused) return { ok: false, message: error.message };
    throw error;
  }
}

// ------------------------------------------------------------------ verification page

export type SolicitudUsoVerification = { title: string; issuedAt: Date; typeLabel: string; requestStatus: RequestStatus; current: boolean };

/** /ecuapass/verificar/CODE: was a "Solicitud de uso" with this code issued (type and state only, no personal data). */
export async function verifySolicitudUsoCode(raw: string, executor: DbOrTx = db): Promise<SolicitudUsoVerification | null> {
  const code = normalizeVerificationCode(raw);
  if (!code) return null;
  const [row] = await executor
    .select({
      issuedAt: ecuapassRequestDocuments.createdAt,
      supersededAt: ecuapassRequestDocuments.supersededAt,
      type: ecuapassRegistrationRequests.type,
      status: ecuapassRegistrationRequests.status,
    })
    .from(ecuapassRequestDocuments)
    .innerJoin(ecuapassRegistrationRequests, eq(ecuapassRegistrationRequests.id, ecuapassRequestDocuments.requestId))
    .where(and(eq(ecuapassRequestDocuments.verificationCode, code), eq(ecuapassRequestDocuments.origin, "generado")))
    .limit(1);
  if (!row) return null;
  return {
    title: SOLICITUD_USO_TITLE,
    issuedAt: row.issuedAt,
    typeLabel: REGISTRATION_TYPE_INFO[row.type].label,
    requestStatus: row.status,
    current: row.supersededAt === null,
  };
}
