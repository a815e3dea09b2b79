/** The text fields the request form keeps in state (role rows are kept by useRoleRows). */
export type RequestValues = {
  tipo: string;
  cedula: string;
  nombres: string;
  correo: string;
  empleado: string;
  cargo: string;
  resolucion: string;
  ruc: string;
  tramiteCedula: string;
  tramiteNombres: string;
};

export const EMPTY_REQUEST: RequestValues = {
  tipo: "natural",
  cedula: "",
  nombres: "",
  correo: "",
  empleado: "",
  cargo: "",
  resolucion: "",
  ruc: "",
  tramiteCedula: "",
  tramiteNombres: "",
};
