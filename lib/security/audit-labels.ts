// Client-safe: what each audit action is called where people read it (a request's history, the
// audit log). An action without a label shows its code, so a new one is never hidden.

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.acceso_denegado": "Acceso denegado",
  "auth.ingreso": "Ingreso",
  "auth.ingreso_bloqueado": "Ingreso bloqueado",
  "auth.ingreso_fallido": "Ingreso fallido",
  "catastro.importado": "Catastro importado",
  "ecuapass.codigo_enviado": "Código de seguridad enviado",
  "ecuapass.funcion.creada": "Función del catálogo agregada",
  "ecuapass.funcion.desactivada": "Función del catálogo desactivada",
  "ecuapass.funcion.editada": "Función del catálogo editada",
  "ecuapass.funcion.reactivada": "Función del catálogo reactivada",
  "ecuapass.registro": "Registro de Usuario General",
  "ecuapass.solicitud.aprobada": "Solicitud de registro aprobada",
  "ecuapass.solicitud.correccion_solicitada": "Solicitud de registro: corrección solicitada",
  "ecuapass.solicitud.creada": "Solicitud de registro creada",
  "ecuapass.solicitud.rechazada": "Solicitud de registro rechazada",
  "ecuapass.solicitud.reenviada": "Solicitud de registro corregida y reenviada",
  "personal.activado": "Cuenta del personal activada",
  "personal.desactivado": "Cuenta del personal desactivada",
  "personal.invitado": "Personal invitado",
  "seps.activacion_cedula_incorrecta": "Activación: cédula incorrecta",
  "seps.clave_restablecida": "Contraseña restablecida",
  "seps.cuenta_activada": "Cuenta SEPS activada",
  "seps.restablecer_cedula_incorrecta": "Restablecer: cédula incorrecta",
  "seps.restablecer_solicitado": "Restablecimiento de contraseña solicitado",
  "seps.solicitud.aprobada": "Aprobada",
  "seps.solicitud.correccion_solicitada": "Corrección solicitada",
  "seps.solicitud.creada": "Solicitud creada",
  "seps.solicitud.documento_subido": "Documento firmado subido",
  "seps.solicitud.rechazada": "Rechazada",
  "seps.solicitud.remitida": "Remitida para revisión",
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}
