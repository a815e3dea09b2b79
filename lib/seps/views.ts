// Plain shapes the request form exchanges with its server actions (client-safe, types only).

/** What the anonymous form may show of an organization: the legal representative masked ("R*** G***", "r***@dominio.ec"). */
export type OrganizationView = {
  ruc: string;
  razonSocial: string;
  segmentoNivel: string;
  legalRepName: string;
  legalRepEmail: string;
  /** Roles with active holders: masked names only. */
  occupancy: { code: string; max: number; full: boolean; holders: string[] }[];
};

export type RequestReview = {
  roles: { code: string; name: string; requestAccess: boolean; requestDeactivation: boolean; deactivate: string | null }[];
  user: { type: string; cedula: string; name: string; email: string; isEmployee: boolean; position: string; resolutionNumber: string | null };
  organization: OrganizationView;
  proxy: { cedula: string; name: string } | null;
};

export type RoleOption = { code: string; name: string; description: string; requiresResolution: boolean; maxPerOrganization: number };

/** What "Buscar RUC" answers. */
export type RucLookupData = { organization: OrganizationView };
/** What "Continuar" answers (and "Guardar" shares its state shape with). */
export type ReviewData = { review: RequestReview };
