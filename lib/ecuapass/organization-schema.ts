// The organization section of the request types that act for an organization (first: Representante
// de Comercio Exterior). RUC checked by lib/identity/documents.ts (stdnum ec.ruc); its kind comes from
// the third digit (SRI): 0–5 natural person with RUC, 6 public entity, 9 private company.
import { z } from "zod";
import { checkLandline, checkMobile } from "@/lib/identity/phones";
import { checkRuc } from "@/lib/identity/documents";
import { freeText } from "@/lib/forms/text";
import { ADDRESS_MAX, ADDRESS_MIN } from "./rules";

export type RucKind = "persona_natural" | "entidad_publica" | "sociedad_privada";

export const RUC_KIND_LABEL: Record<RucKind, string> = {
  persona_natural: "Persona natural con RUC",
  entidad_publica: "Entidad pública",
  sociedad_privada: "Sociedad privada",
};

/** The kind of a RUC that passed checkRuc (null for anything else). */
export function rucKind(ruc: string): RucKind | null {
  if (!/^\d{13}$/.test(ruc)) return null;
  const third = Number(ruc[2]);
  if (third <= 5) return "persona_natural";
  if (third === 6) return "entidad_publica";
  if (third === 9) return "sociedad_privada";
  return null;
}

export const RAZON_SOCIAL_MAX = 300;

export const ORGANIZATION_MESSAGES = {
  razonSocial: "Escriba la razón social tal como consta en el RUC.",
  razonSocialLong: `La razón social puede tener hasta ${RAZON_SOCIAL_MAX} caracteres.`,
  address: `Escriba la dirección de la organización (entre ${ADDRESS_MIN} y ${ADDRESS_MAX} caracteres).`,
  phone: "Escriba el teléfono de la organización (fijo con código de provincia, o celular).",
  kindNotAllowed: "Este tipo de registro no admite un RUC de ese tipo.",
} as const;

/** "…no admite un RUC de ese tipo" naming the kinds it admits (the third digit tells them apart). */
export function kindNotAllowedMessage(allowed: readonly RucKind[]): string {
  const labels = allowed.map((k) => RUC_KIND_LABEL[k].toLowerCase());
  const list = labels.length > 1 ? `${labels.slice(0, -1).join(", ")} o ${labels.at(-1)}` : labels[0];
  return `${ORGANIZATION_MESSAGES.kindNotAllowed} Admite el RUC de: ${list}.`;
}

/** Which RUC kinds each organization-bound type accepts. */
export const RUC_KINDS_FOR = {
  representante_comercio_exterior: ["sociedad_privada", "entidad_publica", "persona_natural"],
  // The employer is a company (or person with RUC) that registers a representante de comercio exterior.
  empleado: ["sociedad_privada", "entidad_publica", "persona_natural"],
  representante_entidad_publica: ["entidad_publica"],
  funcionario_entidad_publica: ["entidad_publica"],
  // The SRI registers international organizations as sociedades (third digit 9); some act through a public entity's RUC.
  organismo_internacional: ["sociedad_privada", "entidad_publica"],
} as const satisfies Record<string, readonly RucKind[]>;

export function organizationSchema(allowed: readonly RucKind[]) {
  return z.object({
    orgRuc: z
      .string({ error: "Escriba el RUC." })
      .max(40, "El RUC debe tener 13 dígitos.")
      .transform((raw, ctx) => {
        const check = checkRuc(raw);
        if (!check.ok) {
          ctx.addIssue({ code: "custom", message: check.message });
          return z.NEVER;
        }
        const kind = rucKind(check.value);
        if (!kind || !allowed.includes(kind)) {
          ctx.addIssue({ code: "custom", message: kindNotAllowedMessage(allowed) });
          return z.NEVER;
        }
        return { ruc: check.value, kind, warning: check.warning };
      }),
    orgRazonSocial: freeText({ error: ORGANIZATION_MESSAGES.razonSocial, maxRaw: RAZON_SOCIAL_MAX * 4 }).pipe(
      z.string().min(3, ORGANIZATION_MESSAGES.razonSocial).max(RAZON_SOCIAL_MAX, ORGANIZATION_MESSAGES.razonSocialLong),
    ),
    orgAddress: freeText({ error: ORGANIZATION_MESSAGES.address, maxRaw: ADDRESS_MAX * 4 }).pipe(
      z.string().min(ADDRESS_MIN, ORGANIZATION_MESSAGES.address).max(ADDRESS_MAX, ORGANIZATION_MESSAGES.address),
    ),
    orgPhone: z
      .string({ error: ORGANIZATION_MESSAGES.phone })
      .max(40, ORGANIZATION_MESSAGES.phone)
      .transform((raw, ctx) => {
        const landline = checkLandline(raw);
        if (landline.ok) return landline.value;
        const mobile = checkMobile(raw);
        if (mobile.ok) return mobile.value;
        ctx.addIssue({ code: "custom", message: ORGANIZATION_MESSAGES.phone });
        return z.NEVER;
      }),
  });
}
export type OrganizationInput = z.infer<ReturnType<typeof organizationSchema>>;
