// The "Formulario Solicitud Claves" schema: parsed from the form's fields by the server actions,
// with the Spanish messages people read. Rules that need the database (the catastro, who holds
// each role) are in requests.ts.
import { z } from "zod";
import { checkCedula, checkRuc } from "@/lib/identity/documents";
import { freeText } from "@/lib/forms/text";
import { emailKey } from "@/lib/security/normalize";
import { findRoleInSector, isSector, needsResolutionNumber, roleName, type Sector } from "./roles";
import { FIELD_LIMITS, MESSAGES, PERSON_NAME_PATTERN, RESOLUTION_PATTERN, ROLE_MESSAGES, maxCharsMessage, roleFieldIds } from "./rules";

export { FIELD_LIMITS, roleFieldIds } from "./rules";

const text = (raw: unknown) => (typeof raw === "string" ? raw : "");

const cedulaField = z.string().transform((raw, ctx) => {
  const check = checkCedula(raw);
  if (!check.ok) {
    ctx.addIssue({ code: "custom", message: raw.trim() ? check.message : MESSAGES.cedulaMissing });
    return z.NEVER;
  }
  return check.value;
});

const personNameField = (missing: string) =>
  freeText().pipe(
      z
        .string()
        .min(1, missing)
        .max(FIELD_LIMITS.name, maxCharsMessage(FIELD_LIMITS.name))
        .regex(PERSON_NAME_PATTERN, MESSAGES.nameChars)
        .refine((v) => v.split(" ").length >= 2, MESSAGES.nameTwoWords),
    );

const roleRowSchema = z.object({
  code: z.string().max(FIELD_LIMITS.roleCode),
  requestAccess: z.boolean(),
  requestDeactivation: z.boolean(),
  deactivateCedula: z.string().max(FIELD_LIMITS.cedulaRaw),
});
export type RoleRowInput = z.infer<typeof roleRowSchema>;

const baseSchema = z.object({
  sector: z.string().refine(isSector, MESSAGES.sector).transform((v) => v as Sector),
  roles: z.array(roleRowSchema).min(1, MESSAGES.rolesMissing).max(FIELD_LIMITS.maxRoles, MESSAGES.rolesTooMany),
  tipo: z.literal("natural", { error: MESSAGES.tipo }),
  cedula: cedulaField,
  nombres: personNameField(MESSAGES.nombresMissing),
  correo: z
    .string()
    .transform(emailKey)
    .pipe(z.string().min(1, MESSAGES.correoMissing).max(FIELD_LIMITS.email).pipe(z.email(MESSAGES.correoFormat))),
  empleado: z.enum(["si", "no"], { error: MESSAGES.empleado }).transform((v) => v === "si"),
  cargo: freeText().pipe(z.string().min(2, MESSAGES.cargo).max(FIELD_LIMITS.position, maxCharsMessage(FIELD_LIMITS.position))),
  resolucion: freeText().pipe(z.string().max(FIELD_LIMITS.resolution, maxCharsMessage(FIELD_LIMITS.resolution)).regex(RESOLUTION_PATTERN, MESSAGES.resolucionChars)),
  ruc: z.string().transform((raw, ctx) => {
    const check = checkRuc(raw);
    if (!check.ok) {
      ctx.addIssue({ code: "custom", message: raw.trim() ? check.message : MESSAGES.rucMissing });
      return z.NEVER;
    }
    return check.value;
  }),
  tramiteCedula: z.string().max(FIELD_LIMITS.cedulaRaw),
  tramiteNombres: freeText().pipe(z.string().max(FIELD_LIMITS.name)),
});

/** The form's fields → the schema's shape: role rows are `rol` (repeated) with per-code fields. */
export function requestFormToObject(raw: Record<string, unknown>): Record<string, unknown> {
  const codes = ([] as unknown[]).concat(raw.rol ?? []).map(text).filter(Boolean);
  const roles = codes.map((code) => {
    const ids = roleFieldIds(code);
    return {
      code,
      requestAccess: raw[ids.access] === "on",
      requestDeactivation: raw[ids.deactivation] === "on",
      deactivateCedula: text(raw[ids.deactivateCedula]),
    };
  });
  return {
    sector: text(raw.sector),
    roles,
    tipo: text(raw.tipo),
    cedula: text(raw.cedula),
    nombres: text(raw.nombres),
    correo: text(raw.correo),
    empleado: raw.empleado,
    cargo: text(raw.cargo),
    resolucion: text(raw.resolucion),
    ruc: text(raw.ruc),
    tramiteCedula: text(raw.tramiteCedula),
    tramiteNombres: text(raw.tramiteNombres),
  };
}

export const sepsRequestSchema = z.preprocess(
  (raw) => (raw && typeof raw === "object" && !Array.isArray(raw) ? requestFormToObject(raw as Record<string, unknown>) : raw),
  baseSchema.transform((input, ctx) => {
    const seen = new Set<string>();
    const roles = [];
    for (const row of input.roles) {
      const role = findRoleInSector(row.code, input.sector);
      const ids = roleFieldIds(row.code);
      if (!role) {
        ctx.addIssue({ code: "custom", path: ["roles"], message: MESSAGES.roleUnknown });
        continue;
      }
      if (seen.has(row.code)) {
        ctx.addIssue({ code: "custom", path: ["roles"], message: ROLE_MESSAGES.duplicated(role.name) });
        continue;
      }
      seen.add(row.code);
      if (!row.requestAccess && !row.requestDeactivation) {
        ctx.addIssue({
          code: "custom",
          path: [ids.access],
          message: ROLE_MESSAGES.nothingMarked(role.name),
        });
      }
      let deactivateCedula: string | null = null;
      if (row.requestDeactivation) {
        const check = checkCedula(row.deactivateCedula);
        if (!check.ok) {
          ctx.addIssue({
            code: "custom",
            path: [ids.deactivateCedula],
            message: row.deactivateCedula.trim()
              ? ROLE_MESSAGES.deactivateCedulaInvalid(role.name, check.message)
              : ROLE_MESSAGES.deactivateCedulaMissing(role.name),
          });
        } else deactivateCedula = check.value;
      }
      roles.push({ code: role.code, requestAccess: row.requestAccess, requestDeactivation: row.requestDeactivation, deactivateCedula });
    }
    const accessCodes = roles.filter((r) => r.requestAccess).map((r) => r.code);
    const resolutionNeeded = needsResolutionNumber(accessCodes);
    if (resolutionNeeded && !input.resolucion) {
      ctx.addIssue({
        code: "custom",
        path: ["resolucion"],
        message: ROLE_MESSAGES.resolutionMissing(accessCodes.filter((c) => needsResolutionNumber([c])).map(roleName)),
      });
    }
    let proxy: { cedula: string; name: string } | null = null;
    const proxyCedula = input.tramiteCedula.trim();
    if (proxyCedula || input.tramiteNombres) {
      const check = checkCedula(proxyCedula);
      if (!check.ok) ctx.addIssue({ code: "custom", path: ["tramiteCedula"], message: proxyCedula ? check.message : MESSAGES.proxyCedulaMissing });
      if (!input.tramiteNombres || input.tramiteNombres.split(" ").length < 2) {
        ctx.addIssue({ code: "custom", path: ["tramiteNombres"], message: MESSAGES.proxyNamesMissing });
      } else if (!PERSON_NAME_PATTERN.test(input.tramiteNombres)) {
        ctx.addIssue({ code: "custom", path: ["tramiteNombres"], message: MESSAGES.nameChars });
      }
      if (check.ok) proxy = { cedula: check.value, name: input.tramiteNombres };
      if (check.ok && check.value === input.cedula) {
        ctx.addIssue({ code: "custom", path: ["tramiteCedula"], message: MESSAGES.proxyIsUser });
      }
    }
    return {
      sector: input.sector,
      roles,
      user: {
        type: input.tipo,
        cedula: input.cedula,
        name: input.nombres,
        email: input.correo,
        isEmployee: input.empleado,
        position: input.cargo,
        resolutionNumber: resolutionNeeded ? input.resolucion : null,
      },
      ruc: input.ruc,
      proxy,
    };
  }),
);

export type SepsRequestInput = z.output<typeof sepsRequestSchema>;
export type RequestedRole = SepsRequestInput["roles"][number];

export { PDF_UPLOAD_MAX_BYTES as UPLOAD_MAX_BYTES } from "@/lib/security/pdf-upload";
