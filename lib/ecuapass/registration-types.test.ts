import { describe, expect, it } from "vitest";
import {
  REGISTRATION_TYPES,
  REGISTRATION_TYPE_INFO,
  REQUEST_STATUSES,
  SENAE_SERVICE_TIME,
  accountStatusFor,
  applicantStatusView,
  nextStatus,
  registrationTypeBySlug,
  type RequestAction,
} from "./registration-types";

describe("registration types", () => {
  it("describes the seven types with distinct slugs, an approver and what each grants", () => {
    const slugs = REGISTRATION_TYPES.map((t) => REGISTRATION_TYPE_INFO[t].slug);
    expect(new Set(slugs).size).toBe(7);
    for (const t of REGISTRATION_TYPES) {
      expect(REGISTRATION_TYPE_INFO[t].type).toBe(t);
      expect(REGISTRATION_TYPE_INFO[t].grants.length).toBeGreaterThan(0);
      expect(registrationTypeBySlug(REGISTRATION_TYPE_INFO[t].slug)?.type).toBe(t);
    }
    expect(REGISTRATION_TYPE_INFO.representante_comercio_exterior.approver).toBe("senae");
    expect(REGISTRATION_TYPE_INFO.empleado.approver).toBe("representante_empresa");
    expect(REGISTRATION_TYPE_INFO.persona_discapacidad.grants.join(" ")).toContain("Certificado 420");
    expect(registrationTypeBySlug("otro")).toBeUndefined();
  });
});

describe("request state machine", () => {
  const actions: RequestAction[] = ["aprobar", "rechazar", "solicitar_correccion", "reenviar"];

  it("allows exactly the four transitions", () => {
    const allowed = REQUEST_STATUSES.flatMap((s) => actions.map((a) => [s, a, nextStatus(s, a)] as const)).filter(([, , n]) => n !== null);
    expect(allowed).toEqual([
      ["pendiente_aprobacion", "aprobar", "aprobada"],
      ["pendiente_aprobacion", "rechazar", "rechazada"],
      ["pendiente_aprobacion", "solicitar_correccion", "correccion_solicitada"],
      ["correccion_solicitada", "reenviar", "pendiente_aprobacion"],
    ]);
  });

  it("decided requests are final", () => {
    for (const a of actions) {
      expect(nextStatus("aprobada", a)).toBeNull();
      expect(nextStatus("rechazada", a)).toBeNull();
    }
  });

  it("the account follows its request", () => {
    expect(accountStatusFor("aprobada")).toBe("activo");
    expect(accountStatusFor("rechazada")).toBe("rechazado");
    expect(accountStatusFor("pendiente_aprobacion")).toBe("pendiente_aprobacion");
    expect(accountStatusFor("correccion_solicitada")).toBe("pendiente_aprobacion");
  });
});

describe("the applicant's status page", () => {
  const base = { type: "representante_comercio_exterior" as const, decisionReason: null, correctionFields: null };

  it("pending: SENAE reviews, with its service time; nothing granted yet", () => {
    const view = applicantStatusView({ ...base, status: "pendiente_aprobacion" });
    expect(view).toMatchObject({ statusLabel: "Pendiente de aprobación", serviceTime: SENAE_SERVICE_TIME, grants: [] });
    expect(view.missing[0]).toContain("SENAE");
  });

  it("correction: the reason and the sections to correct", () => {
    const view = applicantStatusView({ ...base, status: "correccion_solicitada", decisionReason: "RUC equivocado.", correctionFields: ["organizacion"] });
    expect(view.reason).toBe("RUC equivocado.");
    expect(view.missing.join(" ")).toContain("Datos de la organización");
  });

  it("approved: what the type grants, nothing missing", () => {
    const view = applicantStatusView({ ...base, status: "aprobada" });
    expect(view.missing).toEqual([]);
    expect(view.serviceTime).toBeNull();
    expect(view.grants).toEqual(REGISTRATION_TYPE_INFO.representante_comercio_exterior.grants);
  });
});
