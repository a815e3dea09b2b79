import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { ecuapassRegistrationRequests, ecuapassRequestDocuments, ecuapassUsers, type EcuapassRegistrationRequest } from "@/lib/db/schema";
import type { FieldErrors } from "@/lib/forms/state";
import { afterCommit, type Defer } from "@/lib/mail/after-commit";
import { recordAudit } from "@/lib/security/audit";
import { checkPdfUpload, safePdfFileName } from "@/lib/security/pdf-upload";
import { sha256Hex } from "@/lib/security/tokens";
import { correctableSections, type CorrectableSection } from "./applicant-status";
import { organizationSchema, RUC_KINDS_FOR, type OrganizationInput } from "./organization-schema";
import { NO_REPRESENTATIVE_MESSAGE } from "./register";
import { detailsFormValues, parseDetailsForm } from "./registration-forms";
import { mailRequestStatus } from "./registration-requests";
import { REGISTRATION_TYPE_INFO, transition } from "./registration-types";
import { needsRespaldo, RESPALDO_KIND_LABEL, type DetailedType } from "./request-details";
import { respaldoKindFor } from "./type-forms";
import { hasActiveRepresentative, isRepresentedType } from "./representatives";
import {
  generateSolicitudUso,
  isElectronicallySigned,
  needsSolicitudUso,
  organizationOfInput,
  organizationOfRequest,
  solicitudUsoData,
  storeGeneratedSolicitudUso,
} from "./solicitud-uso";
import { currentUpload } from "./document-files";

// The applicant's answer to "corrección solicitada" (issue 19): only the sections SENAE named
// (organization, the type's data, the supporting document, the signed Solicitud de uso), checked
// like the form checked them, then one transaction that sends the request back to the queue. New
// organization data or details make a new "Solicitud de uso" (rendered before the transaction):
// the signed copy of the old one no longer matches and must be signed again.

export const RESPALDO_CORRECTION_MISSING = "Adjunte el documento de respaldo corregido en PDF.";
export const SIGNED_COPY_MISSING = "Suba primero la Solicitud de uso firmada electrónicamente (más arriba en esta página).";

export type CorrectionResult = { ok: true; request: EcuapassRegistrationRequest } | { ok: false; message: string; fieldErrors?: FieldErrors };

export async function resubmitCorrection(
  account: { id: string; label: string },
  input: { raw: Record<string, unknown>; respaldo: { name: string; bytes: Uint8Array } | null },
  defer: Defer = afterCommit,
): Promise<CorrectionResult> {
  const [found] = await db
    .select({ request: ecuapassRegistrationRequests, person: ecuapassUsers })
    .from(ecuapassRegistrationRequests)
    .innerJoin(ecuapassUsers, eq(ecuapassUsers.id, ecuapassRegistrationRequests.accountId))
    .where(eq(ecuapassRegistrationRequests.accountId, account.id))
    .limit(1);
  const notAsked = { ok: false as const, message: "Su solicitud no tiene una corrección pendiente. No se realizó ningún cambio." };
  if (!found || found.request.status !== "correccion_solicitada") return notAsked;
  const { request, person } = found;
  const type = request.type as DetailedType;
  const sections = correctableSections(request);
  const fieldErrors: FieldErrors = {};

  let organization: OrganizationInput | null = null;
  if (sections.includes("organizacion")) {
    const kinds = RUC_KINDS_FOR[type as keyof typeof RUC_KINDS_FOR] ?? [];
    const parsed = organizationSchema(kinds).safeParse(input.raw);
    if (parsed.success) organization = parsed.data;
    else for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "orgRuc")] ??= []).push(issue.message);
  }

  let details: Record<string, unknown> | null = null;
  if (sections.includes("detalles")) {
    // The whole of the type's own sections, posted under the registration form's field names
    // (Persona con Discapacidad's cédula is the account's document, not a field of the correction).
    const raw = { ...detailsFormValues(request.details), ...input.raw, docNumber: person.docNumber };
    const parsed = parseDetailsForm(type, raw, organization?.orgRuc.kind ?? request.orgRucKind ?? null);
    if (parsed.details) details = parsed.details;
    else for (const [field, messages] of Object.entries(parsed.fieldErrors)) (fieldErrors[field] ??= []).push(...(messages ?? []));
  }

  // New data may call for another supporting document (a delegate instead of the highest authority…).
  // Said even when other fields are wrong, so one answer names every field to fix.
  const raw = { ...detailsFormValues(request.details), ...input.raw };
  const text = (key: string) => (typeof raw[key] === "string" ? (raw[key] as string) : "");
  const newKind = sections.includes("detalles")
    ? respaldoKindFor(type, { rucKind: organization?.orgRuc.kind ?? request.orgRucKind ?? null, capacity: text("capacity"), hasLegalRepresentative: text("hasLegalRepresentative") === "si", chosen: text("respaldoKind") })
    : null;
  const respaldoKindChanged = newKind !== null && needsRespaldo(type) && newKind !== request.details.respaldoKind;
  let respaldo: { fileName: string; content: Buffer } | null = null;
  const respaldoPosted = input.respaldo && input.respaldo.bytes.length > 0;
  if (sections.includes("respaldo") || respaldoKindChanged || (sections.includes("detalles") && needsRespaldo(type) && respaldoPosted)) {
    const missing = respaldoKindChanged
      ? `Con estos datos el documento de respaldo es: ${RESPALDO_KIND_LABEL[newKind!]}. Adjúntelo en PDF.`
      : RESPALDO_CORRECTION_MISSING;
    const check = respaldoPosted ? checkPdfUpload(input.respaldo!.bytes, "El archivo no es un PDF. Adjunte el documento de respaldo en formato PDF.") : { ok: false as const, message: missing };
    if (!check.ok) fieldErrors.respaldo = [check.message];
    else respaldo = { fileName: safePdfFileName(input.respaldo!.name, `respaldo-${REGISTRATION_TYPE_INFO[type].slug}`), content: Buffer.from(input.respaldo!.bytes) };
  }

  // An employee or an official moves to another organization only if it has an active representative of the right type.
  const represented = organization && isRepresentedType(type) ? { type, ruc: organization.orgRuc.ruc } : null;
  if (represented && !fieldErrors.orgRuc && !(await hasActiveRepresentative(represented.ruc, represented.type))) {
    fieldErrors.orgRuc = [NO_REPRESENTATIVE_MESSAGE[represented.type]];
  }

  const dataChanged = organization !== null || details !== null;
  // A new signed copy was asked and the document stays the same: it must be there, signed, and newer than the request for it.
  if (sections.includes("solicitud_uso") && !dataChanged) {
    const [signed] = await db
      .select({ verdict: ecuapassRequestDocuments.signatureCheck, createdAt: ecuapassRequestDocuments.createdAt })
      .from(ecuapassRequestDocuments)
      .where(
        and(
          eq(ecuapassRequestDocuments.requestId, request.id),
          currentUpload("solicitud_uso"),
        ),
      )
      .limit(1);
    const fresh = signed && isElectronicallySigned(signed.verdict) && (!request.decidedAt || signed.createdAt > request.decidedAt);
    if (!fresh) fieldErrors.solicitudUso = [SIGNED_COPY_MISSING];
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, message: "Revise los campos marcados.", fieldErrors };

  const solicitudUso =
    dataChanged && needsSolicitudUso(type)
      ? await generateSolicitudUso(
          solicitudUsoData(person, { type, organization: organization ? organizationOfInput(organization) : organizationOfRequest(request), details: details ?? request.details }, now()),
        )
      : null;

  const { from, to } = transition("reenviar");
  const row = await db.transaction(async (tx) => {
    // Again inside the transaction: the organization's last representative may have been suspended meanwhile.
    if (represented && !(await hasActiveRepresentative(represented.ruc, represented.type, tx))) return "sin_representante" as const;
    const at = now();
    const [updated] = await tx
      .update(ecuapassRegistrationRequests)
      .set({
        status: to,
        ...(organization
          ? {
              orgRuc: organization.orgRuc.ruc,
              orgRucKind: organization.orgRuc.kind,
              orgRazonSocial: organization.orgRazonSocial,
              orgAddress: organization.orgAddress,
              orgPhone: organization.orgPhone,
            }
          : {}),
        ...(details ? { details } : {}),
        submittedAt: at,
        correctionFields: null,
        updatedAt: at,
      })
      .where(and(eq(ecuapassRegistrationRequests.id, request.id), eq(ecuapassRegistrationRequests.status, from)))
      .returning();
    if (!updated) return null;
    if (respaldo) {
      await tx
        .update(ecuapassRequestDocuments)
        .set({ supersededAt: at })
        .where(and(eq(ecuapassRequestDocuments.requestId, request.id), eq(ecuapassRequestDocuments.kind, "respaldo"), isNull(ecuapassRequestDocuments.supersededAt)));
      await tx.insert(ecuapassRequestDocuments).values({
        requestId: request.id,
        kind: "respaldo",
        origin: "subido",
        fileName: respaldo.fileName,
        content: respaldo.content,
        sha256: sha256Hex(respaldo.content),
        sizeBytes: respaldo.content.length,
        createdAt: at,
      });
    }
    if (solicitudUso) await storeGeneratedSolicitudUso(tx, request.id, solicitudUso);
    await recordAudit(
      {
        actor: { kind: "ecuapass", id: account.id, label: account.label },
        action: "ecuapass.solicitud.reenviada",
        subjectType: "ecuapass_registration_request",
        subjectId: request.id,
        details: { tipo: request.type, corregido: sections, ...(solicitudUso ? { solicitudUsoNueva: solicitudUso.sha256 } : {}) },
      },
      tx,
    );
    return updated;
  });
  if (row === "sin_representante") return { ok: false, message: "Revise los campos marcados.", fieldErrors: { orgRuc: [NO_REPRESENTATIVE_MESSAGE[represented!.type]] } };
  if (!row) return notAsked;
  defer(() => mailRequestStatus(row));
  return { ok: true, request: row };
}

export type { CorrectableSection };
