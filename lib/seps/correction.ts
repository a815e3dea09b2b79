import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { sepsDocuments, sepsRequestRoles, sepsRequests, type SepsRequest } from "@/lib/db/schema";
import { recordAudit } from "@/lib/security/audit";
import { hashToken, isLinkTokenShape } from "@/lib/security/tokens";
import { isCorrectableSection, SECTION_FIELDS, type CorrectableSection } from "./correction-sections";
import { generateRequestDocuments } from "./documents";
import { checkSepsRequest, pdfDataFor } from "./requests";
import { roleFieldIds, sepsRequestSchema } from "./schema";

/** The sections a reviewer named on "Solicitar corrección" (unknown values dropped). */
export function correctionSections(request: Pick<SepsRequest, "correctionFields">): CorrectableSection[] {
  return (request.correctionFields ?? []).filter(isCorrectableSection);
}

/** The request as the form would have posted it, so that a correction is checked by the same schema. */
export function requestAsFormFields(request: SepsRequest, roles: { roleCode: string; requestAccess: boolean; requestDeactivation: boolean; deactivateCedula: string | null }[]) {
  const fields: Record<string, unknown> = {
    sector: request.sector,
    rol: roles.map((r) => r.roleCode),
    tipo: request.userType,
    cedula: request.userCedula,
    nombres: request.userName,
    correo: request.userEmail,
    empleado: request.userIsEmployee ? "si" : "no",
    cargo: request.userPosition,
    resolucion: request.resolutionNumber ?? "",
    ruc: request.orgRuc,
    tramiteCedula: request.proxyCedula ?? "",
    tramiteNombres: request.proxyName ?? "",
  };
  for (const r of roles) {
    const ids = roleFieldIds(r.roleCode);
    if (r.requestAccess) fields[ids.access] = "on";
    if (r.requestDeactivation) fields[ids.deactivation] = "on";
    fields[ids.deactivateCedula] = r.deactivateCedula ?? "";
  }
  return fields;
}

export type CorrectionResult =
  | { ok: true; number: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]>; notFound?: boolean };

/**
 * "Corregir los datos" after "Corrección solicitada": only the sections the reviewer named take the
 * applicant's values; the whole request is then checked as on "Guardar" (schema and catastro), the
 * three PDFs are generated again (same number, new verification codes), and the previous generated
 * documents and signed copies are superseded, so the request cannot be remitted before new signed
 * copies of the corrected documents are uploaded. One transaction; the PDFs render before it.
 */
export async function correctSepsRequest(input: { token: string; fields: Record<string, unknown>; ip: string }): Promise<CorrectionResult> {
  if (!isLinkTokenShape(input.token)) return { ok: false, message: "Solicitud no encontrada.", notFound: true };
  const [request] = await db.select().from(sepsRequests).where(eq(sepsRequests.accessTokenHash, hashToken(input.token))).limit(1);
  if (!request) return { ok: false, message: "Solicitud no encontrada.", notFound: true };
  const sections = correctionSections(request);
  if (request.status !== "correccion_solicitada" || sections.length === 0) {
    return { ok: false, message: "La SEPS no pidió corregir datos de esta solicitud." };
  }
  const roles = await db.select().from(sepsRequestRoles).where(eq(sepsRequestRoles.requestId, request.id));
  const merged = requestAsFormFields(request, roles);
  for (const section of sections) for (const field of SECTION_FIELDS[section]) merged[field] = input.fields[field] ?? "";

  const parsed = sepsRequestSchema.safeParse(merged);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
    return { ok: false, message: "Revise los campos marcados.", fieldErrors };
  }
  const check = await checkSepsRequest(parsed.data);
  if (!check.ok) return { ok: false, message: check.message, fieldErrors: check.fieldErrors };
  const { plan } = check;
  const issuedAt = now();
  const documents = await generateRequestDocuments(pdfDataFor(plan, request.number, issuedAt));
  const user = parsed.data.user;

  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(sepsRequests)
      .set({
        userCedula: user.cedula,
        userName: user.name,
        userEmail: user.email,
        userIsEmployee: user.isEmployee,
        userPosition: user.position,
        resolutionNumber: user.resolutionNumber,
        proxyCedula: parsed.data.proxy?.cedula ?? null,
        proxyName: parsed.data.proxy?.name ?? null,
        updatedAt: issuedAt,
      })
      // A reviewer cannot be deciding it (it is with the applicant), but a remission racing this must win or lose whole.
      .where(and(eq(sepsRequests.id, request.id), eq(sepsRequests.status, "correccion_solicitada")))
      .returning({ id: sepsRequests.id });
    if (!updated) return { ok: false as const, message: "La solicitud ya no está «Corrección solicitada»." };
    await tx
      .update(sepsDocuments)
      .set({ supersededAt: issuedAt })
      .where(and(eq(sepsDocuments.requestId, request.id), isNull(sepsDocuments.supersededAt)));
    await tx.insert(sepsDocuments).values(
      documents.map((d) => ({
        requestId: request.id,
        kind: d.kind,
        origin: "generado" as const,
        fileName: d.fileName,
        content: d.content,
        sha256: d.sha256,
        sizeBytes: d.sizeBytes,
        verificationCode: d.verificationCode,
        createdAt: issuedAt,
      })),
    );
    const changed = Object.entries({
      cedula: [request.userCedula, user.cedula],
      nombres: [request.userName, user.name],
      correo: [request.userEmail, user.email],
      cargo: [request.userPosition, user.position],
      empleado: [request.userIsEmployee, user.isEmployee],
      resolucion: [request.resolutionNumber, user.resolutionNumber],
      tramiteCedula: [request.proxyCedula, parsed.data.proxy?.cedula ?? null],
      tramiteNombres: [request.proxyName, parsed.data.proxy?.name ?? null],
    })
      .filter(([, [before, after]]) => before !== after)
      .map(([field]) => field);
    await recordAudit(
      {
        actor: { kind: "anonimo", label: request.userCedula },
        action: "seps.solicitud.datos_corregidos",
        subjectType: "seps_request",
        subjectId: request.id,
        details: { numero: request.number, secciones: sections, camposCambiados: changed, ip: input.ip },
      },
      tx,
    );
    return { ok: true as const, number: request.number };
  });
}
