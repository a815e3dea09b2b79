// The "Formulario Solicitud Claves" schema: parsed from the form's fields by the server actions,
// with the Spanish messages people read. Rules that need the database (the catastro, who holds
// each role) are in requests.ts.
import { z } from "zod";
import { checkCedula, checkRuc } from "@/lib/identity/documents";
import { emailKey } from "@/lib/security/normalize";
import { findRoleInSector, isSector, needsResolutionNumber, roleName, type Sector } from "./roles";

export const FIELD_LIMITS = {
  name: 120,
  email: 254,
  position: 120,
  resolution: 60,
  maxRoles: 10,
} as const;

/** Field names of the form (ids too: the error summary links to them). */
export const REQUEST_FIELDS = {
  roles: "roles",
  tipo: "tipo",
  cedula: "cedula",
  nombres: "nombres",
  correo: "correo",
  empleado: "empleado",
  cargo: "cargo",
  resolucion: "resolucion",
  ruc: "ruc",
  tramiteCedula: "tramiteCedula",
  tramiteNombres: "tramiteNombres",
} as const;

export const roleFieldIds = (code: string) => ({
  access: `acceso_${code}`,
  deactivation: `desactivacion_${code}`,
  deactivateCedula: `desactivar_${code}`,
});


const text = (raw: unknown) => (typeof raw === "string" ? raw : "");
const collapse = (value: string) => value.normalize("NFC").replace(/\s+/g, " ").trim();

const cedulaField = z.string().transform((raw, ctx) => {
  const check = checkCedula(raw);
  if (!check.ok) {
    ctx.addIssue({ code: "custom", message: raw.trim() ? check.message : "Ingrese la cédula." });
    return z.NEVER;
  }
  return check.value;
});

const personNameField = (missing: string) =>
  z
    .string()
    .transform(collapse)
    .pipe(
      z
        .string()
        .min(1, missing)
        .max(FIELD_LIMITS.name, `Máximo ${FIELD_LIMITS.name} caracteres.`)
        .regex(/^[\p{L}][\p{L}' .-]*$/u, "Use solo letras, espacios, apóstrofos y guiones.")
        .refine((v) => v.split(" ").length >= 2, "Escriba nombres y apellidos."),
    );

const roleRowSchema = z.object({
  code: z.string().max(60),
  requestAccess: z.boolean(),
  requestDeactivation: z.boolean(),
  deactivateCedula: z.string().max(40),
});
export type RoleRowInput = z.infer<typeof roleRowSchema>;

const baseSchema = z.object({
  sector: z.string().refine(isSector, "Sector no válido.").transform((v) => v as Sector),
  roles: z.array(roleRowSchema).min(1, "Agregue al menos un rol de usuario.").max(FIELD_LIMITS.maxRoles, "Demasiados roles."),
  tipo: z.literal("natural", { error: "Seleccione el tipo de persona." }),
  cedula: cedulaField,
  nombres: personNameField("Ingrese los nombres completos."),
  correo: z
    .string()
    .transform(emailKey)
    .pipe(z.string().min(1, "Ingrese el correo electrónico.").max(FIELD_LIMITS.email).pipe(z.email("Ingrese un correo electrónico válido, por ejemplo nombre@dominio.ec."))),
  empleado: z.enum(["si", "no"], { error: "Indique si es empleado de la organización." }).transform((v) => v === "si"),
  cargo: z
    .string()
    .transform(collapse)
    .pipe(z.string().min(2, "Ingrese la función o cargo que desempeña.").max(FIELD_LIMITS.position, `Máximo ${FIELD_LIMITS.position} caracteres.`)),
  resolucion: z
    .string()
    .transform(collapse)
    .pipe(z.string().max(FIELD_LIMITS.resolution, `Máximo ${FIELD_LIMITS.resolution} caracteres.`).regex(/^[\p{L}\d .\-/]*$/u, "Use letras, números, guiones, puntos o barras.")),
  ruc: z.string().transform((raw, ctx) => {
    const check = checkRuc(raw);
    if (!check.ok) {
      ctx.addIssue({ code: "custom", message: raw.trim() ? check.message : "Ingrese el RUC de la organización." });
      return z.NEVER;
    }
    return check.value;
  }),
  tramiteCedula: z.string().max(40),
  tramiteNombres: z.string().transform(collapse).pipe(z.string().max(FIELD_LIMITS.name)),
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
        ctx.addIssue({ code: "custom", path: ["roles"], message: "Uno de los roles no existe para este tipo de organización." });
        continue;
      }
      if (seen.has(row.code)) {
        ctx.addIssue({ code: "custom", path: ["roles"], message: `El rol «${role.name}» está agregado más de una vez.` });
        continue;
      }
      seen.add(row.code);
      if (!row.requestAccess && !row.requestDeactivation) {
        ctx.addIssue({
          code: "custom",
          path: [ids.access],
          message: `En «${role.name}» marque «¿Solicita acceso?», «¿Solicita desactivación?» o ambos.`,
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
              ? `Usuario a desactivar (${role.name}): ${check.message}`
              : `Ingrese la cédula del usuario a desactivar en «${role.name}».`,
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
        message: `Ingrese el Número de Resolución Calificación (obligatorio para ${accessCodes.filter((c) => needsResolutionNumber([c])).map(roleName).join(", ")}).`,
      });
    }
    let proxy: { cedula: string; name: string } | null = null;
    const proxyCedula = input.tramiteCedula.trim();
    if (proxyCedula || input.tramiteNombres) {
      const check = checkCedula(proxyCedula);
      if (!check.ok) ctx.addIssue({ code: "custom", path: ["tramiteCedula"], message: proxyCedula ? check.message : "Ingrese la cédula de la persona que realiza el trámite, o deje ambos campos vacíos." });
      if (!input.tramiteNombres || input.tramiteNombres.split(" ").length < 2) {
        ctx.addIssue({ code: "custom", path: ["tramiteNombres"], message: "Escriba los nombres y apellidos de la persona que realiza el trámite, o deje ambos campos vacíos." });
      } else if (!/^[\p{L}][\p{L}' .-]*$/u.test(input.tramiteNombres)) {
        ctx.addIssue({ code: "custom", path: ["tramiteNombres"], message: "Use solo letras, espacios, apóstrofos y guiones." });
      }
      if (check.ok) proxy = { cedula: check.value, name: input.tramiteNombres };
      if (check.ok && check.value === input.cedula) {
        ctx.addIssue({ code: "custom", path: ["tramiteCedula"], message: "La persona que realiza el trámite es el propio usuario: deje esta sección vacía." });
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

export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
