// The parts of a request a reviewer may ask the applicant to correct besides the signed copies
// (client-safe: the reviewer's checkboxes and the applicant's form read these labels).

export const CORRECTABLE_SECTIONS = {
  usuario: "Datos Personales del Usuario",
  tramite: "Datos de la persona que va a realizar el trámite",
} as const;

export type CorrectableSection = keyof typeof CORRECTABLE_SECTIONS;

export function isCorrectableSection(value: unknown): value is CorrectableSection {
  return typeof value === "string" && Object.hasOwn(CORRECTABLE_SECTIONS, value);
}

/** The form fields each section lets the applicant change (names as in the request form). */
export const SECTION_FIELDS: Record<CorrectableSection, readonly string[]> = {
  usuario: ["cedula", "nombres", "correo", "empleado", "cargo", "resolucion"],
  tramite: ["tramiteCedula", "tramiteNombres"],
};
