// How long each kind of personal data is kept: the one table the purge (lib/privacy/purge.ts), the
// deletion rules (lib/privacy/deletion.ts), the "Mis datos" page and the README read. Changing a
// period here changes all of them.

const DAY = 86_400_000;

export type RetentionRule = {
  /** What is kept. */
  data: string;
  /** How long, in days, after `from`. */
  days: number;
  /** When the period starts. */
  from: string;
  /** What happens at the end of it. */
  then: string;
};

export const RETENTION = {
  /** Email security codes (Ecuapass registration). They also stand for unverified registrations: no account exists until a code is confirmed. */
  emailCodes: { data: "Códigos de seguridad enviados por correo (y con ellos los registros de Ecuapass nunca confirmados)", days: 7, from: "su envío", then: "se eliminan" },
  /** Emailed one-time links (activation, reset, staff invitations). */
  linkTokens: { data: "Enlaces de un solo uso (activación, restablecimiento, invitaciones)", days: 30, from: "su vencimiento, uso o revocación", then: "se eliminan" },
  /** SEPS requests never sent ("Remitir"), expired ("caducada"), withdrawn, or left in correction. */
  expiredRequests: {
    data: "Solicitudes SEPS no remitidas, caducadas, retiradas o en corrección sin respuesta",
    days: 90,
    from: "su última modificación",
    then: "se eliminan los datos personales y los PDF; queda el número, el estado y las fechas",
  },
  rejectedRequests: {
    data: "Solicitudes SEPS rechazadas",
    days: 365,
    from: "la decisión",
    then: "se eliminan los datos personales y los PDF; queda el número, el estado, las fechas y el motivo",
  },
  /** Sent messages in the outbox / retry queue hold addresses and bodies. */
  mail: { data: "Correos enviados (dirección, asunto y contenido)", days: 90, from: "su creación", then: "se eliminan" },
  /** Resolved deletion requests keep who asked only as long as a complaint could follow. */
  deletionRequests: { data: "Identificación de quien pidió eliminar su cuenta", days: 365, from: "la resolución", then: "se borra; queda la fecha y la resolución" },
  /** The audit log's events stay; who, from which address and the personal details go after this. */
  auditPersonal: {
    data: "Datos personales en el registro de auditoría (nombre o usuario de quien actuó, dirección IP, cédulas y motivos)",
    days: 2 * 365,
    from: "el evento",
    then: "se borran; el evento queda (qué pasó, cuándo, sobre qué registro)",
  },
  /** Legal retention: approved access to supervised systems is a record the SEPS must keep. */
  sepsAccessRecords: {
    data: "Cuentas SEPS, roles otorgados y solicitudes aprobadas (registro de acceso a los sistemas de la SEPS)",
    days: 5 * 365,
    from: "la desactivación del último rol",
    then: "la cuenta puede eliminarse a pedido de su titular",
  },
} as const satisfies Record<string, RetentionRule>;

export type RetentionKey = keyof typeof RETENTION;

/** The instant before which data of that kind is past its period (now minus the period). */
export function retentionCutoff(key: RetentionKey, now: Date): Date {
  return new Date(now.getTime() - RETENTION[key].days * DAY);
}

export function retentionEnd(key: RetentionKey, from: Date): Date {
  return new Date(from.getTime() + RETENTION[key].days * DAY);
}

export function periodLabel(days: number): string {
  if (days % 365 === 0) return days === 365 ? "1 año" : `${days / 365} años`;
  return days === 1 ? "1 día" : `${days} días`;
}
