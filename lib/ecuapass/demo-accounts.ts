// Client-safe data (the /dev page, the seed and the end-to-end tests read it; no imports that run).
import type { RepresentativeType } from "./representatives";

// Approved representatives with known passwords (issue 19), seeded with the demo staff (development,
// or --demo-staff for the end-to-end tests): two companies, so a cross-organization attempt can be
// tried, and one public entity. Employees and officials register against these RUCs and are
// approved on the representative's "Mi página". Never in a production deployment.

export type DemoRepresentative = {
  userId: string;
  password: string;
  fullName: string;
  cedula: string;
  email: string;
  type: RepresentativeType;
  position: string;
  org: { ruc: string; kind: "sociedad_privada" | "entidad_publica"; razonSocial: string; address: string; phone: string };
};

export const DEMO_REPRESENTATIVES = [
  {
    userId: "rep.andina",
    password: "Representante-demo-2026",
    fullName: "Juan Carlos Andrade Vera",
    cedula: "1701047514",
    email: "representante.andina@ventanilla.local",
    type: "representante_comercio_exterior",
    position: "Gerente general",
    org: {
      ruc: "1790011674001",
      kind: "sociedad_privada",
      razonSocial: "Importadora Andina S.A. (demostración)",
      address: "Av. Amazonas N34-451 y Atahualpa, Quito",
      phone: "022345678",
    },
  },
  {
    userId: "rep.pacifico",
    password: "Representante-demo-2026",
    fullName: "Ana Lucía Mendoza Bravo",
    cedula: "1701102947",
    email: "representante.pacifico@ventanilla.local",
    type: "representante_comercio_exterior",
    position: "Representante legal",
    org: {
      ruc: "0991010548001",
      kind: "sociedad_privada",
      razonSocial: "Exportadora del Pacífico Cía. Ltda. (demostración)",
      address: "Av. 9 de Octubre 1200 y Pedro Moncayo, Guayaquil",
      phone: "042345678",
    },
  },
  {
    userId: "rep.entidad",
    password: "Representante-demo-2026",
    fullName: "María Fernanda Salazar Ortiz",
    cedula: "1701110866",
    email: "representante.entidad@ventanilla.local",
    type: "representante_entidad_publica",
    position: "Directora ejecutiva",
    org: {
      ruc: "1760102740001",
      kind: "entidad_publica",
      razonSocial: "Agencia de Regulación Fitosanitaria (demostración)",
      address: "Av. Eloy Alfaro N30-350 y Amazonas, Quito",
      phone: "023960100",
    },
  },
] as const satisfies readonly DemoRepresentative[];
