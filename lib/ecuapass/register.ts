import "server-only";
import { and, eq, or } from "drizzle-orm";
import { now } from "@/lib/clock";
import { db, uniqueViolation } from "@/lib/db";
import { ecuapassUsers } from "@/lib/db/schema";
import type { FieldErrors } from "@/lib/forms/state";
import { recordAudit } from "@/lib/security/audit";
import { hashPassword, verifyPassword } from "@/lib/security/passwords";
import { sha256Hex } from "@/lib/security/tokens";
import { consumeSecurityCode, verifySecurityCode } from "./codes";
import type { OrganizationInput } from "./organization-schema";
import type { RespaldoUpload } from "./registration-forms";
import { insertRegistrationRequest } from "./registration-requests";
import { hasActiveRepresentative, isRepresentedType, type RepresentedType } from "./representatives";
import type { RegistrationType } from "./registration-types";
import { MESSAGES, senaeEmailFor, userIdKey } from "./rules";
import { generateSolicitudUso, needsSolicitudUso, organizationOfInput, solicitudUsoData, storeGeneratedSolicitudUso } from "./solicitud-uso";
import type { RegistrationInput } from "./schema";

/**
 * A type that needs an approval: the account starts in "pendiente_aprobacion" with its request
 * (issue 19), the type's own sections (`details`, validated by request-details.ts before storing)
 * and the supporting PDF, all in the same transaction.
 */
export type ApprovalRequest = {
  type: Exclude<RegistrationType, "usuario_general">;
  /** Null only for Persona con Discapacidad (a CHECK enforces it). */
  organization: OrganizationInput | null;
  details?: Record<string, unknown>;
  respaldo?: RespaldoUpload | null;
};

/** An employee or an official needs the organization's representative registered first. */
export const NO_REPRESENTATIVE_MESSAGE: Record<RepresentedType, string> = {
  empleado:
    "La empresa con este RUC no tiene un representante de comercio exterior registrado y aprobado en Ecuapass. " +
    "Su representante debe registrarse primero; cuando el SENAE lo apruebe, podrá enviar su solicitud.",
  funcionario_entidad_publica:
    "La entidad con este RUC no tiene un representante registrado y aprobado en Ecuapass. " +
    "La máxima autoridad o su delegado debe registrarse primero; cuando el SENAE lo apruebe, podrá enviar su solicitud.",
};

export type RegistrationResult =
  | {
      ok: true;
      id: string;
      sessionVersion: number;
      userId: string;
      fullName: string;
      email: string;
      senaeEmail: string;
      repeated?: boolean;
      /** The registration request, for a type that needs an approval. */
      requestId?: string;
    }
  | { ok: false; message: string; fieldErrors: FieldErrors };

const TAKEN_BY_CONSTRAINT: Record<string, [field: string, message: string]> = {
  ecuapass_users_user_id_key_uq: ["userId", MESSAGES.userIdTaken],
  ecuapass_users_doc_uq: ["docNumber", MESSAGES.docTaken],
  ecuapass_users_email_key_uq: ["email", MESSAGES.emailTaken],
};

const refuse = (field: string, message: string, summary?: string): RegistrationResult => ({
  ok: false,
  message: summary ?? message,
  fieldErrors: { [field]: [message] },
});

class CodeAlreadyUsed extends Error {}
class NoRepresentative extends Error {}

/** The represented type's organization, when the type has one (else null: nothing to check). */
function representedOrganization(approval: ApprovalRequest | null): { type: RepresentedType; ruc: string } | null {
  if (!approval?.organization || !isRepresentedType(approval.type)) return null;
  return { type: approval.type, ruc: approval.organization.orgRuc.ruc };
}

/** The three "no disponible" answers, from one indexed lookup (a hint; the unique indexes decide). */
async function takenFields(input: RegistrationInput, key: string): Promise<FieldErrors> {
  const rows = await db
    .select({ userIdKey: ecuapassUsers.userIdKey, docType: ecuapassUsers.docType, docNumber: ecuapassUsers.docNumber, emailKey: ecuapassUsers.emailKey })
    .from(ecuapassUsers)
    .where(
      or(
        eq(ecuapassUsers.userIdKey, key),
        and(eq(ecuapassUsers.docType, input.docType), eq(ecuapassUsers.docNumber, input.docNumber)),
        eq(ecuapassUsers.emailKey, input.emailKey),
      ),
    )
    .limit(3);
  const errors: FieldErrors = {};
  for (const row of rows) {
    if (row.userIdKey === key) errors.userId = [MESSAGES.userIdTaken];
    if (row.docType === input.docType && row.docNumber === input.docNumber) errors.docNumber = [MESSAGES.docTaken];
    if (row.emailKey === input.emailKey) errors.email = [MESSAGES.emailTaken];
  }
  return errors;
}

/**
 * "Registrar": availability, the security code, then one transaction that consumes the code and
 * stores the user (active at once, §5.4). The password is hashed before the transaction opens so
 * the transaction stays short. Parallel registrations of one ID, document or email: the unique
 * indexes let one through and the others get the field's "no disponible".
 */
export async function registerEcuapassUser(
  input: RegistrationInput,
  ip: string,
  submissionKey: string | null = null,
  approval: ApprovalRequest | null = null,
): Promise<RegistrationResult> {
  const expectedStatus = approval ? "pendiente_aprobacion" : "activo";
  const keyHash = submissionKey ? sha256Hex(`ecuapass-registro:${submissionKey}`) : null;
  // A retried "Registrar" (same key) finds its ID taken and its code used: before any refusal, the
  // account the first one created is looked for (and given back once the password matches). Only
  // refusals pay for that lookup; a retry that passes every check fails on the key's unique index.
  const refusedUnlessRegistered = async (refusal: RegistrationResult) =>
    (keyHash && (await registeredBySubmission(keyHash, input, expectedStatus))) || refusal;
  const key = userIdKey(input.userId);
  const taken = await takenFields(input, key);
  if (Object.keys(taken).length > 0) {
    return refusedUnlessRegistered({ ok: false, message: "Algunos datos ya están registrados con otro usuario.", fieldErrors: taken });
  }

  // Before the code is tried, so that a refused request does not spend an attempt.
  const represented = representedOrganization(approval);
  if (represented && !(await hasActiveRepresentative(represented.ruc, represented.type))) {
    return refusedUnlessRegistered(refuse("orgRuc", NO_REPRESENTATIVE_MESSAGE[represented.type]));
  }

  const code = await verifySecurityCode(input.email, input.securityCode);
  if (!code.ok) {
    const left =
      code.reason === "wrong" && code.remaining !== undefined
        ? ` Le ${code.remaining === 1 ? "queda 1 intento" : `quedan ${code.remaining} intentos`}.`
        : "";
    return refusedUnlessRegistered(refuse("securityCode", code.message, code.message + left));
  }

  // SENAE's types: the "Solicitud de uso" is rendered now (in the PDF worker, beside the password
  // hash) and stored in the transaction, so the request and its document exist together or not at all.
  const [passwordHash, solicitudUso] = await Promise.all([
    hashPassword(input.password),
    approval && needsSolicitudUso(approval.type)
      ? generateSolicitudUso(
          solicitudUsoData(input, { type: approval.type, organization: organizationOfInput(approval.organization), details: approval.details ?? {} }, now()),
        )
      : null,
  ]);
  const senaeEmail = senaeEmailFor(input.userId);
  try {
    const user = await db.transaction(async (tx) => {
      if (!(await consumeSecurityCode(tx, code.codeId))) throw new CodeAlreadyUsed();
      // Again inside the transaction: the last representative may have been suspended meanwhile.
      if (represented && !(await hasActiveRepresentative(represented.ruc, represented.type, tx))) throw new NoRepresentative();
      const [row] = await tx
        .insert(ecuapassUsers)
        .values({
          userId: input.userId,
          userIdKey: key,
          docType: input.docType,
          docNumber: input.docNumber,
          fullName: input.fullName,
          passwordHash,
          countryCode: input.countryCode,
          provinceCode: input.provinceCode,
          cantonCode: input.cantonCode,
          address: input.address,
          phone1: input.phone1,
          phone2: input.phone2,
          mobileOperator: input.mobileOperator,
          mobile: input.mobile,
          fax: input.fax,
          email: input.email,
          emailKey: input.emailKey,
          senaeEmail,
          registrationKeyHash: keyHash,
          status: expectedStatus,
          createdAt: now(),
          updatedAt: now(),
        })
        .returning({ id: ecuapassUsers.id, sessionVersion: ecuapassUsers.sessionVersion });
      await recordAudit(
        {
          actor: { kind: "ecuapass", id: row!.id, label: input.userId },
          action: "ecuapass.registro",
          subjectType: "ecuapass_user",
          subjectId: row!.id,
          details: { docType: input.docType, ...(approval ? { tipo: approval.type } : {}), ...(input.docWarning ? { rucModulo11: "no cumple" } : {}) },
        },
        tx,
      );
      const request = approval
        ? await insertRegistrationRequest(tx, {
            accountId: row!.id,
            accountLabel: input.userId,
            type: approval.type,
            organization: approval.organization,
            details: approval.details,
            respaldo: approval.respaldo ?? null,
          })
        : null;
      if (request && solicitudUso) await storeGeneratedSolicitudUso(tx, request.id, solicitudUso);
      return { ...row!, requestId: request?.id };
    });
    return {
      ok: true,
      id: user.id,
      sessionVersion: user.sessionVersion,
      userId: input.userId,
      fullName: input.fullName,
      email: input.email,
      senaeEmail,
      ...(user.requestId ? { requestId: user.requestId } : {}),
    };
  } catch (error) {
    // The same submission registered meanwhile (a double click): its code, its ID, its account.
    const prior = keyHash ? await registeredBySubmission(keyHash, input, expectedStatus) : null;
    if (prior) return prior;
    if (error instanceof CodeAlreadyUsed) return refuse("securityCode", MESSAGES.codeUsed);
    if (error instanceof NoRepresentative && represented) return refuse("orgRuc", NO_REPRESENTATIVE_MESSAGE[represented.type]);
    const constraint = uniqueViolation(error);
    const mapped = constraint ? TAKEN_BY_CONSTRAINT[constraint] : undefined;
    if (mapped) return refuse(mapped[0], mapped[1], "Algunos datos ya están registrados con otro usuario.");
    throw error;
  }
}

export const OTHER_REGISTRATION_MESSAGE = "Este formulario ya registró una cuenta con otros datos. Recargue la página para registrar otra.";

/** The account created by this submission key, if the retried form is the same person's (ID and password). */
async function registeredBySubmission(
  keyHash: string,
  input: RegistrationInput,
  expectedStatus: "activo" | "pendiente_aprobacion",
): Promise<RegistrationResult | null> {
  const [user] = await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.registrationKeyHash, keyHash)).limit(1);
  if (!user) return null;
  if (user.userIdKey !== userIdKey(input.userId) || user.status !== expectedStatus || !(await verifyPassword(user.passwordHash, input.password))) {
    return { ok: false, message: OTHER_REGISTRATION_MESSAGE, fieldErrors: {} };
  }
  return {
    ok: true,
    id: user.id,
    sessionVersion: user.sessionVersion,
    userId: user.userId,
    fullName: user.fullName,
    email: user.email,
    senaeEmail: user.senaeEmail,
    repeated: true,
  };
}
