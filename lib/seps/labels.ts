// Client-safe: the request form and the server name fields the same way.

/** Labels for the error summary and the "Revise su solicitud" step, as the document names the fields. */
export const REQUEST_LABELS: Record<string, string> = {
  roles: "Sistemas Disponibles",
  tipo: "Tipo",
  cedula: "Cédula de Ciudadanía / Identidad",
  nombres: "Nombres Completos",
  correo: "Correo electrónico",
  empleado: "¿Es empleado de la organización?",
  cargo: "Función o cargo que desempeña",
  resolucion: "Número de Resolución Calificación",
  ruc: "RUC",
  tramiteCedula: "Cédula de Ciudadanía / Identidad de la persona que realiza el trámite",
  tramiteNombres: "Nombres Completos de la persona que realiza el trámite",
  captcha: "Captcha",
  avisoPrivacidad: "Consentimiento de tratamiento de datos personales",
};
