import "server-only";
import { and, desc, eq, or } from "drizzle-orm";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { auditEvents, deletionRequests, organizations, sepsDocuments, sepsRequests, type DeletionRequest } from "@/lib/db/schema";
import { getEcuapassProfile } from "@/lib/ecuapass/queries";
import { registrationDataOf } from "@/lib/ecuapass/registration-data";
import { findSepsUser, listUserRoles } from "@/lib/seps/accounts";
import { findRole } from "@/lib/seps/roles";
import { STATUS_LABEL } from "@/lib/seps/status";
import { listPersonalDataAccess, SUBJECT_TYPE, type DataSubjectKind } from "./access-log";

// Everything held about one person, with where each datum came from (LOPDP art. 13, right of
// access; art. 17, portability). The page, the JSON download and the PDF all render this.

export type DataItem = { label: string; value: string; source: string };
export type DataSection = { title: string; items: DataItem[] };
export type Consent = { document: string; version: string; hash: string; at: string; context: string };

export type PersonalDataReport = {
  kind: DataSubjectKind;
  service: string;
  generatedAt: string;
  holder: { fullName: string; username: string };
  sections: DataSection[];
  consents: Consent[];
  /** Activity recorded about the person (sign-ins, changes), with the address it came from. */
  activity: { at: string; action: string; ip: string | null }[];
  accessLog: { at: string; staffName: string; context: string }[];
  deletionRequest: { status: DeletionRequest["status"]; requestedAt: string; resolvedAt: string | null; resolutionReason: string | null } | null;
};

const ACTION_LABEL: Record<string, string> = {
  "auth.ingreso": "Ingreso",
  "ecuapass.registro": "Registro de la cuenta",
  "seps.cuenta_activada": "Activación de la cuenta",
  "seps.clave_restablecida": "Contraseña restablecida",
  "cuenta.suspendida": "Cuenta suspendida por la entidad",
  "cuenta.reactivada": "Cuenta reactivada por la entidad",
  "cuenta.desbloqueada": "Ingreso desbloqueado por la entidad",
  "seps.rol_revocado": "Rol revocado por la entidad",
  "seps.activacion_reenviada": "Enlace de activación reenviado",
  "datos_personales.eliminacion_solicitada": "Solicitud de eliminación de datos",
  "datos_personales.descarga": "Descarga de sus datos",
  "ecuapass.solicitud.creada": "Solicitud de registro enviada",
  "ecuapass.solicitud.aprobada": "Solicitud de registro aprobada",
  "ecuapass.solicitud.rechazada": "Solicitud de registro rechazada",
  "ecuapass.funciones.otorgadas": "Funciones asignadas",
  "ecuapass.funcion.retirada": "Función retirada",
  "ecuapass.representante.respaldo_descargado": "Su documento de respaldo descargado por el representante de su organización",
};

export function actionLabel(action: string): string {
  return ACTION_LABEL[action] ?? action;
}

const PASSWORD_NOTE = "Guardada solo como resumen criptográfico (argon2id): nadie, ni la entidad, puede leerla.";

async function activityOf(kind: DataSubjectKind, id: string) {
  const rows = await db
    .select({ at: auditEvents.at, action: auditEvents.action, ip: auditEvents.ip })
    .from(auditEvents)
    .where(
      and(
        or(and(eq(auditEvents.actorKind, kind), eq(auditEvents.actorId, id)), and(eq(auditEvents.subjectType, SUBJECT_TYPE[kind]), eq(auditEvents.subjectId, id))),
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(100);
  return rows
    .filter((r) => r.action !== "datos_personales.consulta")
    .map((r) => ({ at: r.at.toISOString(), action: actionLabel(r.action), ip: r.ip }));
}

async function latestDeletion(kind: DataSubjectKind, id: string): Promise<PersonalDataReport["deletionRequest"]> {
  const [row] = await db
    .select()
    .from(deletionRequests)
    .where(and(eq(deletionRequests.subjectKind, kind), eq(deletionRequests.subjectId, id)))
    .orderBy(desc(deletionRequests.createdAt))
    .limit(1);
  return row
    ? { status: row.status, requestedAt: row.createdAt.toISOString(), resolvedAt: row.resolvedAt?.toISOString() ?? null, resolutionReason: row.resolutionReason }
    : null;
}

const present = (items: (DataItem | null)[]) => items.filter((i): i is DataItem => Boolean(i?.value));

async function ecuapassReport(id: string): Promise<PersonalDataReport | null> {
  const profile = await getEcuapassProfile(id);
  if (!profile) return null;
  const [activity, accessLog, deletionRequest, registration] = await Promise.all([
    activityOf("ecuapass", id),
    listPersonalDataAccess("ecuapass", id),
    latestDeletion("ecuapass", id),
    registrationDataOf(id),
  ]);
  const typeLabel = registration?.typeLabel ?? "Usuario General";
  const form = `Formulario «Registro de ${typeLabel}» (ingresado por usted)`;
  return {
    kind: "ecuapass",
    service: `Ecuapass — ${typeLabel}`,
    generatedAt: now().toISOString(),
    holder: { fullName: profile.fullName, username: profile.userId },
    sections: [
      {
        title: "Cuenta",
        items: present([
          { label: "ID.usuario", value: profile.userId, source: form },
          { label: "Contraseña", value: PASSWORD_NOTE, source: form },
          { label: "Registrada el", value: profile.registeredAt.toISOString(), source: "Registrado por el sistema" },
          { label: "SENAE Correo Electrónico", value: profile.senaeEmail, source: "Asignado por el sistema a partir de su ID.usuario" },
        ]),
      },
      {
        title: "Identificación y contacto",
        items: present([
          { label: "Nombre", value: profile.fullName, source: form },
          { label: "Documento de identificación", value: `${profile.docTypeLabel} ${profile.docNumber}`, source: form },
          { label: "País", value: profile.country, source: form },
          profile.province ? { label: "Provincia", value: profile.province, source: form } : null,
          profile.city ? { label: "Ciudad", value: profile.city, source: form } : null,
          { label: "Dirección", value: profile.address, source: form },
          { label: "Teléfono 1", value: profile.phone1, source: form },
          profile.phone2 ? { label: "Teléfono 2", value: profile.phone2, source: form } : null,
          { label: "Celular", value: `${profile.mobile} (${profile.mobileOperator})`, source: form },
          profile.fax ? { label: "Fax", value: profile.fax, source: form } : null,
          { label: "Correo electrónico", value: profile.email, source: `${form}; confirmado con un código enviado a esa dirección` },
        ]),
      },
      ...(registration?.sections ?? []),
    ],
    consents: [],
    activity,
    accessLog: accessLog.map((a) => ({ ...a, at: a.at.toISOString() })),
    deletionRequest,
  };
}

async function sepsReport(id: string): Promise<PersonalDataReport | null> {
  const user = await findSepsUser(id);
  if (!user) return null;
  const [roles, requests, represented, activity, accessLog, deletionRequest] = await Promise.all([
    listUserRoles(id),
    db.select().from(sepsRequests).where(eq(sepsRequests.userCedula, user.cedula)).orderBy(desc(sepsRequests.createdAt)),
    db.select({ ruc: organizations.ruc, razonSocial: organizations.razonSocial }).from(organizations).where(eq(organizations.legalRepCedula, user.cedula)),
    activityOf("seps", id),
    listPersonalDataAccess("seps", id),
    latestDeletion("seps", id),
  ]);
  const documents = requests.length
    ? await db
        .select({ requestId: sepsDocuments.requestId, fileName: sepsDocuments.fileName, origin: sepsDocuments.origin, createdAt: sepsDocuments.createdAt })
        .from(sepsDocuments)
        .where(or(...requests.map((r) => eq(sepsDocuments.requestId, r.id))))
    : [];
  const firstApproved = requests.filter((r) => r.status === "aprobada").at(-1);
  const accountSource = firstApproved
    ? `Solicitud ${firstApproved.number}, aprobada (datos ingresados por su organización)`
    : "Solicitud de usuario y clave aprobada (datos ingresados por su organización)";
  const sections: DataSection[] = [
    {
      title: "Cuenta",
      items: present([
        { label: "Usuario (cédula)", value: user.cedula, source: accountSource },
        { label: "Nombre", value: user.fullName, source: accountSource },
        { label: "Correo electrónico", value: user.email, source: accountSource },
        { label: "Contraseña", value: user.passwordHash ? PASSWORD_NOTE : "Aún no generada", source: "Definida por usted con el enlace de activación" },
        { label: "Cuenta creada el", value: user.createdAt.toISOString(), source: "Registrado por el sistema" },
      ]),
    },
  ];
  if (roles.length) {
    sections.push({
      title: "Roles",
      items: roles.map((r) => ({
        label: `${findRole(r.roleCode)?.name ?? r.roleCode} en ${r.razonSocial} (RUC ${r.ruc})`,
        value: r.status === "activa" ? `Activo desde ${r.grantedAt.toISOString().slice(0, 10)}` : `Desactivado el ${r.deactivatedAt?.toISOString().slice(0, 10) ?? "—"}`,
        source: "Aprobación de la Superintendencia",
      })),
    });
  }
  for (const r of requests) {
    const source = `Solicitud ${r.number} (ingresada por su organización ${r.orgRazonSocial})`;
    sections.push({
      title: `Solicitud ${r.number} — ${STATUS_LABEL[r.status]}`,
      items: r.personalDataPurgedAt
        ? [{ label: "Datos personales", value: `Eliminados el ${r.personalDataPurgedAt.toISOString().slice(0, 10)} por el plazo de conservación`, source: "Política de conservación" }]
        : present([
            { label: "Nombre", value: r.userName, source },
            { label: "Correo electrónico", value: r.userEmail, source },
            { label: "Cargo", value: r.userPosition, source },
            { label: "Relación con la organización", value: r.userIsEmployee ? "Empleado/a" : "No empleado/a", source },
            r.resolutionNumber ? { label: "Número de resolución de calificación", value: r.resolutionNumber, source } : null,
            { label: "Presentada el", value: r.createdAt.toISOString(), source: "Registrado por el sistema" },
            ...documents
              .filter((d) => d.requestId === r.id)
              .map((d) => ({ label: d.origin === "firmado" ? "Documento firmado" : "Documento generado", value: d.fileName, source: d.origin === "firmado" ? "Subido por su organización" : "Generado por el sistema" })),
          ]),
    });
  }
  if (represented.length) {
    sections.push({
      title: "Representación legal",
      items: represented.map((o) => ({ label: "Representante legal de", value: `${o.razonSocial} (RUC ${o.ruc})`, source: "Catastro de organizaciones de la SEPS" })),
    });
  }
  return {
    kind: "seps",
    service: "Servicios electrónicos de la SEPS",
    generatedAt: now().toISOString(),
    holder: { fullName: user.fullName, username: user.cedula },
    sections,
    consents: requests.map((r) => ({
      document: "Consentimiento informado de tratamiento de datos personales",
      version: r.privacyNoticeVersion,
      hash: r.privacyNoticeHash,
      at: r.createdAt.toISOString(),
      context: `Solicitud ${r.number}`,
    })),
    activity,
    accessLog: accessLog.map((a) => ({ ...a, at: a.at.toISOString() })),
    deletionRequest,
  };
}

/** The person's own report. Callers pass the signed-in user's id: never another person's. */
export async function personalDataReport(kind: DataSubjectKind, id: string): Promise<PersonalDataReport | null> {
  return kind === "ecuapass" ? ecuapassReport(id) : sepsReport(id);
}
