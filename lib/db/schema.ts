import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  index,
  inet,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { SignatureVerdict } from "@/lib/signatures/types";

// Column names come from `casing: "snake_case"` (see lib/db/client.ts and drizzle.config.ts).

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

const id = () => uuid().primaryKey().defaultRandom();
const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

/**
 * The columns of a stored request file (SEPS and Ecuapass alike): its bytes kept as they came (a
 * signed PDF must never be rewritten), the verification code printed on generated documents, what
 * the electronic-signature check found on uploads (lib/signatures, shown to the reviewer and the
 * applicant), and when a newer file of the same kind and origin replaced it.
 */
const storedFileColumns = () => ({
  fileName: text().notNull(),
  content: bytea().notNull(),
  sha256: text().notNull(),
  sizeBytes: integer().notNull(),
  verificationCode: text(),
  signatureCheck: jsonb().$type<SignatureVerdict>(),
  supersededAt: timestamp({ withTimezone: true }),
  createdAt: createdAt(),
});
const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

// ---------------------------------------------------------------- Ecuapass

export const ecuapassDocTypeEnum = pgEnum("ecuapass_doc_type", ["ruc", "cedula", "pasaporte"]);
export const mobileOperatorEnum = pgEnum("mobile_operator", ["CLARO", "MOVISTAR", "CNT", "TUENTI", "OTROS"]);
/**
 * "pendiente_aprobacion": an account filed with a registration type that needs an approval (issue 19);
 * it cannot use Ecuapass until approved. "rechazado": its registration request was rejected.
 */
export const ecuapassUserStatusEnum = pgEnum("ecuapass_user_status", ["activo", "suspendido", "pendiente_aprobacion", "rechazado"]);

export const ecuapassUsers = pgTable(
  "ecuapass_users",
  {
    id: id(),
    /** ID.usuario as the user typed it (shown back to them). */
    userId: text().notNull(),
    /** NFKC + case-folded + invisible characters removed: the comparison key. */
    userIdKey: text().notNull(),
    docType: ecuapassDocTypeEnum().notNull(),
    /** Digits (cédula/RUC) or upper-cased letters and digits (passport), no spaces or dashes. */
    docNumber: text().notNull(),
    fullName: text().notNull(),
    passwordHash: text().notNull(),
    /** ISO 3166-1 alpha-2. */
    countryCode: text().notNull(),
    /** INEC province code (2 digits) and canton code (4 digits), only for Ecuador. */
    provinceCode: text(),
    cantonCode: text(),
    address: text().notNull(),
    phone1: text().notNull(),
    phone2: text(),
    mobileOperator: mobileOperatorEnum().notNull(),
    mobile: text().notNull(),
    fax: text(),
    email: text().notNull(),
    emailKey: text().notNull(),
    senaeEmail: text().notNull(),
    /** SHA-256 of the registration form's submission key: a retried "Registrar" finds this account. */
    registrationKeyHash: text(),
    status: ecuapassUserStatusEnum().notNull().default("activo"),
    sessionVersion: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("ecuapass_users_user_id_key_uq").on(t.userIdKey),
    uniqueIndex("ecuapass_users_doc_uq").on(t.docType, t.docNumber),
    uniqueIndex("ecuapass_users_email_key_uq").on(t.emailKey),
    uniqueIndex("ecuapass_users_registration_key_uq").on(t.registrationKeyHash),
  ],
);
export type EcuapassUser = typeof ecuapassUsers.$inferSelect;

/** The seven registration types of §5.2 (lib/ecuapass/registration-types.ts describes each). */
export const ecuapassRegistrationTypeEnum = pgEnum("ecuapass_registration_type", [
  "usuario_general",
  "representante_comercio_exterior",
  "empleado",
  "representante_entidad_publica",
  "funcionario_entidad_publica",
  "organismo_internacional",
  "persona_discapacidad",
]);
export const ecuapassRequestStatusEnum = pgEnum("ecuapass_request_status", [
  "pendiente_aprobacion",
  "aprobada",
  "rechazada",
  "correccion_solicitada",
]);
/** From the RUC's third digit: 0–5 natural person, 6 public entity, 9 private company. */
export const rucKindEnum = pgEnum("ruc_kind", ["persona_natural", "entidad_publica", "sociedad_privada"]);

/**
 * A registration request of a type that needs an approval, tied to the account it created (in
 * "pendiente_aprobacion"). One request per account. A decision moves it only from
 * "pendiente_aprobacion" (a conditional UPDATE: two reviewers at once get one decision), and a
 * rejection or a correction request always carries its reason (CHECK).
 */
export const ecuapassRegistrationRequests = pgTable(
  "ecuapass_registration_requests",
  {
    id: id(),
    type: ecuapassRegistrationTypeEnum().notNull(),
    status: ecuapassRequestStatusEnum().notNull().default("pendiente_aprobacion"),
    accountId: uuid()
      .notNull()
      // Erasing the account (LOPDP, lib/privacy/deletion.ts) erases its request.
      .references(() => ecuapassUsers.id, { onDelete: "cascade" }),
    // The organization (or the natural person with RUC) the applicant represents or works for.
    // Empty only for "persona_discapacidad", who acts for no organization (CHECK below).
    orgRuc: text(),
    orgRucKind: rucKindEnum(),
    orgRazonSocial: text(),
    orgAddress: text(),
    orgPhone: text(),
    /**
     * The type's own sections (representative, delegation or appointment document data, disability
     * data, operator codes), validated by the type's zod schema before it is stored.
     */
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    submittedAt: timestamp({ withTimezone: true }).notNull(),
    decidedAt: timestamp({ withTimezone: true }),
    decidedBy: uuid().references(() => staffUsers.id),
    /** An employee's or an official's request decided by the organization's representative. */
    decidedByAccount: uuid().references((): AnyPgColumn => ecuapassUsers.id, { onDelete: "set null" }),
    decisionReason: text(),
    /** The sections the reviewer asked to correct. */
    correctionFields: text().array(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("ecuapass_registration_requests_account_uq").on(t.accountId),
    index("ecuapass_registration_requests_queue_idx").on(t.status, t.type, t.submittedAt),
    index("ecuapass_registration_requests_org_ruc_idx").on(t.orgRuc),
    check(
      "ecuapass_registration_requests_reason_ck",
      sql`${t.status} not in ('rechazada', 'correccion_solicitada') or ${t.decisionReason} is not null`,
    ),
    check("ecuapass_registration_requests_ruc_ck", sql`${t.orgRuc} is null or ${t.orgRuc} ~ '^[0-9]{13}$'`),
    check(
      "ecuapass_registration_requests_org_ck",
      sql`${t.type} = 'persona_discapacidad' or (${t.orgRuc} is not null and ${t.orgRucKind} is not null and ${t.orgRazonSocial} is not null and ${t.orgAddress} is not null and ${t.orgPhone} is not null)`,
    ),
    check("ecuapass_registration_requests_one_decider_ck", sql`${t.decidedBy} is null or ${t.decidedByAccount} is null`),
  ],
);
export type EcuapassRegistrationRequest = typeof ecuapassRegistrationRequests.$inferSelect;

/** "respaldo": the delegation or appointment document the applicant uploads; "solicitud_uso": the generated request. */
export const ecuapassDocumentKindEnum = pgEnum("ecuapass_document_kind", ["respaldo", "solicitud_uso"]);
export const ecuapassDocumentOriginEnum = pgEnum("ecuapass_document_origin", ["generado", "subido"]);

/** The files of a registration request, kept byte for byte (a signed PDF must never be rewritten). */
export const ecuapassRequestDocuments = pgTable(
  "ecuapass_request_documents",
  {
    id: id(),
    requestId: uuid()
      .notNull()
      .references(() => ecuapassRegistrationRequests.id, { onDelete: "cascade" }),
    kind: ecuapassDocumentKindEnum().notNull(),
    origin: ecuapassDocumentOriginEnum().notNull(),
    // The verification code is printed on the generated "Solicitud de uso" (/ecuapass/verificar).
    ...storedFileColumns(),
  },
  (t) => [
    uniqueIndex("ecuapass_request_documents_current_uq")
      .on(t.requestId, t.kind, t.origin)
      .where(sql`superseded_at is null`),
    uniqueIndex("ecuapass_request_documents_verification_uq").on(t.verificationCode),
  ],
);
export type EcuapassRequestDocument = typeof ecuapassRequestDocuments.$inferSelect;

/** Which organizations a function applies to: companies (empleados) or public entities (funcionarios). */
export const ecuapassFunctionScopeEnum = pgEnum("ecuapass_function_scope", ["empresa", "entidad_publica"]);

/** The catalogue of functions a representative may grant (seeded by migration 0012; admins edit it). */
export const ecuapassFunctions = pgTable(
  "ecuapass_functions",
  {
    id: id(),
    code: text().notNull(),
    name: text().notNull(),
    description: text().notNull(),
    scope: ecuapassFunctionScopeEnum().notNull(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("ecuapass_functions_code_uq").on(t.code)],
);
export type EcuapassFunction = typeof ecuapassFunctions.$inferSelect;

/**
 * A function granted to an employee or official by a representative of its organization. A
 * revoked grant keeps its row (who, when); at most one live grant per account and function.
 */
export const ecuapassFunctionGrants = pgTable(
  "ecuapass_function_grants",
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => ecuapassUsers.id, { onDelete: "cascade" }),
    functionId: uuid()
      .notNull()
      .references(() => ecuapassFunctions.id),
    grantedBy: uuid().references(() => ecuapassUsers.id, { onDelete: "set null" }),
    grantedAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedBy: uuid().references(() => ecuapassUsers.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("ecuapass_function_grants_live_uq")
      .on(t.accountId, t.functionId)
      .where(sql`revoked_at is null`),
    index("ecuapass_function_grants_account_idx").on(t.accountId),
  ],
);
export type EcuapassFunctionGrant = typeof ecuapassFunctionGrants.$inferSelect;

export const emailCodePurposeEnum = pgEnum("email_code_purpose", ["ecuapass_registro", "ecuapass_datos", "ecuapass_correo"]);

/**
 * One row per security code sent. Only the hash is stored. `attempts` counts wrong tries and
 * carries over to the next code for the same address (a new code never resets it).
 */
export const emailCodes = pgTable(
  "email_codes",
  {
    id: id(),
    purpose: emailCodePurposeEnum().notNull(),
    emailKey: text().notNull(),
    /** The signed-in account a code confirms a change for (data or email change); null at registration. */
    subjectId: uuid(),
    codeHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    attempts: integer().notNull().default(0),
    consumedAt: timestamp({ withTimezone: true }),
    supersededAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("email_codes_email_idx").on(t.purpose, t.emailKey, t.createdAt)],
);
export type EmailCode = typeof emailCodes.$inferSelect;

// ---------------------------------------------------------------- SEPS catastro and requests

export const sectorEnum = pgEnum("seps_sector", ["financiera", "no_financiera"]);

export const organizations = pgTable(
  "organizations",
  {
    id: id(),
    ruc: text().notNull(),
    razonSocial: text().notNull(),
    sector: sectorEnum().notNull(),
    /** "Segmento 1".."Segmento 5", "Mutualista" (financial) or "Nivel 1".. (non-financial). */
    segmentoNivel: text().notNull(),
    email: text().notNull(),
    legalRepCedula: text().notNull(),
    legalRepName: text().notNull(),
    legalRepEmail: text().notNull(),
    /** False once a full catastro import no longer lists it: it keeps its history but files no new requests. */
    active: boolean().notNull().default(true),
    inactiveSince: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("organizations_ruc_uq").on(t.ruc)],
);
export type Organization = typeof organizations.$inferSelect;

/**
 * A validated catastro CSV waiting for an admin to apply it (the preview of /admin/catastro). Rows
 * are stored as parsed; applying re-reads the catastro, so the counts shown are recomputed then.
 */
export const catastroImports = pgTable("catastro_imports", {
  id: id(),
  staffId: uuid()
    .notNull()
    .references(() => staffUsers.id),
  fileName: text().notNull(),
  rows: jsonb().$type<unknown[]>().notNull(),
  /** A full import lists every organization: the active ones it leaves out become inactive. */
  fullImport: boolean().notNull(),
  appliedAt: timestamp({ withTimezone: true }),
  createdAt: createdAt(),
});
export type CatastroImport = typeof catastroImports.$inferSelect;

export const sepsRequestStatusEnum = pgEnum("seps_request_status", [
  "pendiente_documentos",
  "en_revision",
  "aprobada",
  "rechazada",
  "correccion_solicitada",
  /** Withdrawn by the applicant before a decision. */
  "retirada",
  /** Left in pendiente_documentos for 30 days (lib/seps/expiry.ts). */
  "caducada",
]);

export const sepsRequestNumberSeq = pgSequence("seps_request_number_seq", { startWith: 1 });

export const sepsRequests = pgTable(
  "seps_requests",
  {
    id: id(),
    /** Readable number, SEPS-YYYY-NNNNNN. */
    number: text().notNull(),
    sector: sectorEnum().notNull(),
    status: sepsRequestStatusEnum().notNull().default("pendiente_documentos"),
    /** SHA-256 of the private link token (/seps/solicitud/s/TOKEN). */
    accessTokenHash: text().notNull(),
    /**
     * SHA-256 of the form's submission key (lib/forms/submission-key.ts): a replayed «Guardar» finds
     * this request even after its link was rotated (the link's token alone would not).
     */
    submissionKeyHash: text(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    // The person who will use the key ("Datos Personales del Usuario").
    userType: text().notNull().default("natural"),
    userCedula: text().notNull(),
    userName: text().notNull(),
    userEmail: text().notNull(),
    userIsEmployee: boolean().notNull(),
    userPosition: text().notNull(),
    resolutionNumber: text(),
    // The organization as the catastro had it when the request was saved.
    orgRuc: text().notNull(),
    orgRazonSocial: text().notNull(),
    orgEmail: text().notNull(),
    orgSegmentoNivel: text().notNull(),
    legalRepCedula: text().notNull(),
    legalRepName: text().notNull(),
    legalRepEmail: text().notNull(),
    // "Datos de la persona que va a realizar el trámite" (optional).
    proxyCedula: text(),
    proxyName: text(),
    /** Version and SHA-256 of the personal-data notice the user accepted. */
    privacyNoticeVersion: text().notNull(),
    privacyNoticeHash: text().notNull(),
    submittedAt: timestamp({ withTimezone: true }),
    decidedAt: timestamp({ withTimezone: true }),
    decidedBy: uuid().references(() => staffUsers.id),
    /** An employee's or an official's request decided by the organization's representative. */
    decidedByAccount: uuid().references((): AnyPgColumn => ecuapassUsers.id, { onDelete: "set null" }),
    decisionReason: text(),
    /** Set when the retention purge removed the request's personal data (lib/privacy/retention.ts). */
    personalDataPurgedAt: timestamp({ withTimezone: true }),
    /** The sections a reviewer asked to correct ("Corrección solicitada"): lib/seps/correction.ts. */
    correctionFields: text().array(),
    /** When the applicant withdrew it or it expired. */
    closedAt: timestamp({ withTimezone: true }),
    /** When the "caduca en 7 días" warning was sent (once per request). */
    expiryWarnedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("seps_requests_number_uq").on(t.number),
    uniqueIndex("seps_requests_access_token_uq").on(t.accessTokenHash),
    uniqueIndex("seps_requests_submission_key_uq").on(t.submissionKeyHash),
    index("seps_requests_status_idx").on(t.status, t.createdAt),
    index("seps_requests_user_cedula_idx").on(t.userCedula),
    index("seps_requests_org_ruc_idx").on(t.orgRuc),
  ],
);
export type SepsRequest = typeof sepsRequests.$inferSelect;

export const sepsRequestRoles = pgTable(
  "seps_request_roles",
  {
    id: id(),
    requestId: uuid()
      .notNull()
      .references(() => sepsRequests.id, { onDelete: "cascade" }),
    /** Code from the role catalog (lib/seps/roles.ts). */
    roleCode: text().notNull(),
    requestAccess: boolean().notNull(),
    requestDeactivation: boolean().notNull(),
    /** Cédula of the current holder to deactivate, when asked. */
    deactivateCedula: text(),
  },
  (t) => [uniqueIndex("seps_request_roles_uq").on(t.requestId, t.roleCode)],
);
export type SepsRequestRole = typeof sepsRequestRoles.$inferSelect;

export const sepsDocumentKindEnum = pgEnum("seps_document_kind", [
  "solicitud",
  "acuerdo_confidencialidad",
  "consentimiento_datos",
]);
export const sepsDocumentOriginEnum = pgEnum("seps_document_origin", ["generado", "firmado"]);

export const sepsDocuments = pgTable(
  "seps_documents",
  {
    id: id(),
    requestId: uuid()
      .notNull()
      .references(() => sepsRequests.id, { onDelete: "cascade" }),
    kind: sepsDocumentKindEnum().notNull(),
    origin: sepsDocumentOriginEnum().notNull(),
    // The verification code is printed on the three generated documents (/seps/verificar).
    ...storedFileColumns(),
  },
  (t) => [
    uniqueIndex("seps_documents_current_uq")
      .on(t.requestId, t.kind, t.origin)
      .where(sql`superseded_at is null`),
    uniqueIndex("seps_documents_verification_uq").on(t.verificationCode),
  ],
);
export type SepsDocument = typeof sepsDocuments.$inferSelect;

// ---------------------------------------------------------------- SEPS users

/** "suspendido": an admin suspended the account (reason in the audit); reactivating restores it. */
export const accountStatusEnum = pgEnum("account_status", ["pendiente_activacion", "activo", "desactivado", "suspendido"]);

export const sepsUsers = pgTable(
  "seps_users",
  {
    id: id(),
    /** Username = cédula. */
    cedula: text().notNull(),
    fullName: text().notNull(),
    email: text().notNull(),
    passwordHash: text(),
    status: accountStatusEnum().notNull().default("pendiente_activacion"),
    sessionVersion: integer().notNull().default(1),
    passwordChangedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("seps_users_cedula_uq").on(t.cedula)],
);
export type SepsUser = typeof sepsUsers.$inferSelect;

export const roleAssignmentStatusEnum = pgEnum("role_assignment_status", ["activa", "desactivada"]);

/**
 * user × organization × role. "# Usuarios por entidad" is enforced by the database: an active
 * assignment takes a slot 1..maxPerOrganization, and a slot is unique per organization and role.
 */
export const sepsRoleAssignments = pgTable(
  "seps_role_assignments",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => sepsUsers.id),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    roleCode: text().notNull(),
    slot: integer().notNull(),
    maxPerOrganization: integer().notNull(),
    status: roleAssignmentStatusEnum().notNull().default("activa"),
    requestId: uuid().references(() => sepsRequests.id),
    deactivatedAt: timestamp({ withTimezone: true }),
    deactivatedByRequestId: uuid().references(() => sepsRequests.id),
    createdAt: createdAt(),
  },
  (t) => [
    check("seps_role_assignments_slot_ck", sql`${t.slot} >= 1 and ${t.slot} <= ${t.maxPerOrganization}`),
    uniqueIndex("seps_role_assignments_slot_uq")
      .on(t.organizationId, t.roleCode, t.slot)
      .where(sql`status = 'activa'`),
    uniqueIndex("seps_role_assignments_holder_uq")
      .on(t.userId, t.organizationId, t.roleCode)
      .where(sql`status = 'activa'`),
  ],
);
export type SepsRoleAssignment = typeof sepsRoleAssignments.$inferSelect;

// ---------------------------------------------------------------- Staff

export const staffRoleEnum = pgEnum("staff_role", ["reviewer", "admin"]);

export const staffUsers = pgTable(
  "staff_users",
  {
    id: id(),
    email: text().notNull(),
    fullName: text().notNull(),
    role: staffRoleEnum().notNull(),
    passwordHash: text(),
    /** Base32 TOTP secret (RFC 6238); set when the account is activated. */
    totpSecret: text(),
    /** The last TOTP time step whose code was accepted: a code is good once (RFC 6238 §5.2). */
    totpLastStep: bigint({ mode: "number" }),
    status: accountStatusEnum().notNull().default("pendiente_activacion"),
    sessionVersion: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("staff_users_email_uq").on(t.email)],
);
export type StaffUser = typeof staffUsers.$inferSelect;

export const staffRecoveryCodes = pgTable(
  "staff_recovery_codes",
  {
    id: id(),
    staffId: uuid()
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("staff_recovery_codes_staff_idx").on(t.staffId)],
);

// ---------------------------------------------------------------- Links, mail, limits, audit

export const linkTokenPurposeEnum = pgEnum("link_token_purpose", ["seps_activation", "seps_reset", "staff_invite", "ecuapass_reset"]);

/** Emailed one-time links. Only the SHA-256 of the token is stored. */
export const linkTokens = pgTable(
  "link_tokens",
  {
    id: id(),
    tokenHash: text().notNull(),
    purpose: linkTokenPurposeEnum().notNull(),
    subjectId: uuid().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("link_tokens_hash_uq").on(t.tokenHash),
    index("link_tokens_subject_idx").on(t.purpose, t.subjectId),
  ],
);
export type LinkToken = typeof linkTokens.$inferSelect;

export const mailTransportEnum = pgEnum("mail_transport", ["outbox", "resend"]);
export const mailStatusEnum = pgEnum("mail_status", ["pendiente", "enviado", "fallido"]);

/** The dev outbox, and for Resend the retry queue (bodies are cleared once sent). */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: id(),
    transport: mailTransportEnum().notNull(),
    to: text().notNull(),
    subject: text().notNull(),
    html: text(),
    text: text(),
    status: mailStatusEnum().notNull().default("pendiente"),
    idempotencyKey: text().notNull(),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
    providerId: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("mail_outbox_idempotency_uq").on(t.idempotencyKey),
    index("mail_outbox_to_idx").on(t.to, t.createdAt),
    index("mail_outbox_due_idx").on(t.status, t.nextAttemptAt),
  ],
);
export type MailMessage = typeof mailOutbox.$inferSelect;

/** Store of rate-limiter-flexible's RateLimiterDrizzle (its column names are fixed). */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  points: integer().notNull().default(0),
  expire: timestamp({ withTimezone: true }),
});

/**
 * The same store for the limits of anonymous lookups (the availability checks), created UNLOGGED
 * (migration 0004): no WAL and no commit flush on the hottest write of a registration day. A crash
 * or a restarted compute empties it, which only gives every address a fresh minute; the limits that
 * guard accounts (sign-in locks, codes, resets) stay in `rate_limits`.
 */
export const volatileRateLimits = pgTable("volatile_rate_limits", {
  key: text().primaryKey(),
  points: integer().notNull().default(0),
  expire: timestamp({ withTimezone: true }),
});

/** Solved captcha challenges, so that one solution is accepted once. */
export const usedCaptchas = pgTable("used_captchas", {
  signature: text().primaryKey(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
});

export const actorKindEnum = pgEnum("actor_kind", ["anonimo", "ecuapass", "seps", "staff", "sistema"]);

/** Append-only (a trigger refuses UPDATE and DELETE). Never a password, code or token. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorKind: actorKindEnum().notNull(),
    actorId: uuid(),
    actorLabel: text(),
    ip: inet(),
    action: text().notNull(),
    subjectType: text(),
    subjectId: text(),
    details: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [
    index("audit_events_at_idx").on(t.at),
    index("audit_events_action_idx").on(t.action, t.at),
    index("audit_events_subject_idx").on(t.subjectType, t.subjectId),
  ],
);
export type AuditEvent = typeof auditEvents.$inferSelect;

// ---------------------------------------------------------------- Data subjects' rights (LOPDP)

export const dataSubjectKindEnum = pgEnum("data_subject_kind", ["ecuapass", "seps"]);
export const deletionRequestStatusEnum = pgEnum("deletion_request_status", ["pendiente", "aceptada", "rechazada"]);

/**
 * A citizen's request to delete their account and personal data (LOPDP art. 15), resolved by an
 * admin. `subjectLabel` is what staff see while it is pending (ID.usuario or cédula); it is the
 * only personal datum kept once an accepted deletion has run, and the purge clears it later.
 */
export const deletionRequests = pgTable(
  "deletion_requests",
  {
    id: id(),
    subjectKind: dataSubjectKindEnum().notNull(),
    subjectId: uuid().notNull(),
    subjectLabel: text(),
    reason: text(),
    status: deletionRequestStatusEnum().notNull().default("pendiente"),
    resolvedAt: timestamp({ withTimezone: true }),
    resolvedBy: uuid().references(() => staffUsers.id),
    resolutionReason: text(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("deletion_requests_pending_uq").on(t.subjectKind, t.subjectId).where(sql`status = 'pendiente'`),
    index("deletion_requests_status_idx").on(t.status, t.createdAt),
  ],
);
export type DeletionRequest = typeof deletionRequests.$inferSelect;
