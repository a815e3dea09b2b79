// The SEPS role catalog, per sector: the one place that says which roles exist, what each gives
// access to, and how many users an organization may have in it ("# Usuarios por entidad").
// Client-safe plain data: the form lists the roles, the server enforces them, the casillero
// shows their systems. Non-financial roles are the seed document's table (seed 000), word for word.

export type Sector = "financiera" | "no_financiera";

export const SECTOR_LABEL: Record<Sector, string> = {
  financiera: "Organizaciones Financieras",
  no_financiera: "Organizaciones No Financieras",
};

/** The URL segment of each sector's form: /seps/solicitud/financieras, /seps/solicitud/no-financieras. */
export const SECTOR_SLUG: Record<Sector, string> = {
  financiera: "financieras",
  no_financiera: "no-financieras",
};

/** The systems a role opens, named as the SEPS names them. */
export type SepsSystem =
  | "Casillero SEPS"
  | "SISGO"
  | "AGSEPS"
  | "Balances"
  | "Estructuras de información"
  | "Liquidación";

export type SepsRole = {
  /** Stable code stored in seps_request_roles and seps_role_assignments. */
  code: string;
  sector: Sector;
  name: string;
  /** "Acceso a: …", as shown in the catalog table and the Casillero. */
  description: string;
  systems: readonly SepsSystem[];
  /** "# Usuarios por entidad": active users per organization, enforced by the database on approval. */
  maxPerOrganization: number;
  /** Auditors must give their "Número de Resolución Calificación". */
  requiresResolution: boolean;
};

export const SEPS_ROLES: readonly SepsRole[] = [
  // Sector No Financiero: the seed document's table.
  {
    code: "NF_REPRESENTANTE_LEGAL",
    sector: "no_financiera",
    name: "Rol de Representante Legal Sector No Financiero",
    description:
      "Acceso a: Casillero SEPS, Actualización de Datos de contacto organización y Representante; Registro de Salida de Socios/Asociados (a través del SISGO).",
    systems: ["Casillero SEPS", "SISGO"],
    maxPerOrganization: 1,
    requiresResolution: false,
  },
  {
    code: "NF_ACOPIO_INFORMACION",
    sector: "no_financiera",
    name: "Rol de Acopio de Información",
    description: "Acceso al envío de estructuras de información: Balances.",
    systems: ["Balances"],
    maxPerOrganization: 1,
    requiresResolution: false,
  },
  {
    code: "NF_AUDITOR_EXTERNO",
    sector: "no_financiera",
    name: "Rol de Auditor Externo",
    description:
      "Acceso al Sistema de Automatización del Seguimiento EPS (AGSEPS), para el envío de Hallazgos del Sector No Financiero.",
    systems: ["AGSEPS"],
    maxPerOrganization: 1,
    requiresResolution: true,
  },
  {
    code: "NF_LIQUIDADOR",
    sector: "no_financiera",
    name: "Rol de Liquidador",
    description: "Gestión de información de proceso de liquidación de la organización.",
    systems: ["Liquidación"],
    maxPerOrganization: 1,
    requiresResolution: false,
  },
  // Sector Financiero: the equivalent roles, plus internal auditors (the form's "Solo para
  // auditores internos, externos") and the president of the supervisory board.
  {
    code: "F_REPRESENTANTE_LEGAL",
    sector: "financiera",
    name: "Rol de Representante Legal Sector Financiero",
    description:
      "Acceso a: Casillero SEPS, Actualización de Datos de contacto de la entidad y Representante; Registro de Salida de Socios (a través del SISGO).",
    systems: ["Casillero SEPS", "SISGO"],
    maxPerOrganization: 1,
    requiresResolution: false,
  },
  {
    code: "F_ACOPIO_INFORMACION",
    sector: "financiera",
    name: "Rol de Acopio de Información",
    description: "Acceso al envío de estructuras de información: Balances y estructuras de información financiera.",
    systems: ["Balances", "Estructuras de información"],
    maxPerOrganization: 2,
    requiresResolution: false,
  },
  {
    code: "F_AUDITOR_INTERNO",
    sector: "financiera",
    name: "Rol de Auditor Interno",
    description:
      "Acceso al Sistema de Automatización del Seguimiento EPS (AGSEPS), para el envío de Hallazgos del Sector Financiero.",
    systems: ["AGSEPS"],
    maxPerOrganization: 1,
    requiresResolution: true,
  },
  {
    code: "F_AUDITOR_EXTERNO",
    sector: "financiera",
    name: "Rol de Auditor Externo",
    description:
      "Acceso al Sistema de Automatización del Seguimiento EPS (AGSEPS), para el envío de Hallazgos del Sector Financiero.",
    systems: ["AGSEPS"],
    maxPerOrganization: 1,
    requiresResolution: true,
  },
  {
    code: "F_PRESIDENTE_CONSEJO_VIGILANCIA",
    sector: "financiera",
    name: "Rol de Presidente del Consejo de Vigilancia",
    description: "Acceso a: Casillero SEPS, para recibir notificaciones y remitir los informes del Consejo de Vigilancia.",
    systems: ["Casillero SEPS"],
    maxPerOrganization: 1,
    requiresResolution: false,
  },
  {
    code: "F_LIQUIDADOR",
    sector: "financiera",
    name: "Rol de Liquidador",
    description: "Gestión de información de proceso de liquidación de la entidad.",
    systems: ["Liquidación"],
    maxPerOrganization: 1,
    requiresResolution: false,
  },
];

const BY_CODE = new Map(SEPS_ROLES.map((role) => [role.code, role]));

export function findRole(code: string): SepsRole | undefined {
  return BY_CODE.get(code);
}

/** A role of that sector, or undefined (a code of the other sector is not a role of this form). */
export function findRoleInSector(code: string, sector: Sector): SepsRole | undefined {
  const role = BY_CODE.get(code);
  return role?.sector === sector ? role : undefined;
}

export function rolesForSector(sector: Sector): SepsRole[] {
  return SEPS_ROLES.filter((role) => role.sector === sector);
}

/** "Número de Resolución Calificación" is asked only when an auditor role is requested. */
export function needsResolutionNumber(roleCodes: readonly string[]): boolean {
  return roleCodes.some((code) => BY_CODE.get(code)?.requiresResolution);
}

export function roleName(code: string): string {
  return BY_CODE.get(code)?.name ?? code;
}

export function isSector(value: unknown): value is Sector {
  return value === "financiera" || value === "no_financiera";
}

/** "Segmento / Nivel" values the catastro accepts, per sector. */
export const SEGMENTOS_FINANCIEROS = ["Segmento 1", "Segmento 2", "Segmento 3", "Segmento 4", "Segmento 5", "Mutualista"] as const;
export const NIVELES_NO_FINANCIEROS = ["Nivel 1", "Nivel 2", "Nivel 3"] as const;

/** "J*** P****": enough for the applicant to recognise the holder, not enough to learn the name. */
export function maskName(fullName: string): string {
  return fullName
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4)
    .map((word) => {
      const chars = Array.from(word);
      return chars[0]!.toUpperCase() + "*".repeat(Math.max(3, chars.length - 1));
    })
    .join(" ");
}

/** "r***@dominio.ec": the first letter of the mailbox and the domain, for confirming an address without disclosing it. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  return `${Array.from(email.slice(0, at))[0]}***${email.slice(at)}`;
}

/** "R*** G*** P***": initials only (no word lengths), for people the applicant need only recognise. */
export function maskInitials(fullName: string): string {
  return fullName
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4)
    .map((word) => `${Array.from(word)[0]!.toUpperCase()}***`)
    .join(" ");
}
