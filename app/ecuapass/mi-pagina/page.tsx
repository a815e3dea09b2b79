import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format/dates";
import { notFound } from "next/navigation";
import { requireEcuapassAccount } from "@/lib/auth/guards";
import { getEcuapassProfile } from "@/lib/ecuapass/queries";
import { findRequestOfAccount } from "@/lib/ecuapass/registration-requests";
import { REGISTRATION_TYPE_INFO } from "@/lib/ecuapass/registration-types";
import { MOBILE_OPERATORS } from "@/lib/identity/phones";
import { RequestStatusPage } from "./request-status-page";
import { RegistrationSections } from "./registration-sections";
import { SummaryList } from "@/components/summary-list";

export const metadata: Metadata = { title: "Mi página — Ecuapass" };

// The public information services a Usuario General may use (SENAE-ISEE-3-2-006, 4.1.1 and 5.2).
// They live on the SENAE portal; here they are listed, not imitated.
const SERVICES = [
  {
    name: "Consulta del Arancel",
    description: "Consulta de la información pública del arancel de importaciones relacionada al comercio exterior.",
  },
  { name: "e-docs", description: "Documentos electrónicos de información pública del comercio exterior." },
  { name: "Preguntas y respuestas", description: "Respuestas a las consultas frecuentes sobre el uso del portal Ecuapass." },
  { name: "Avisos", description: "Avisos y comunicados del Servicio Nacional de Aduana del Ecuador." },
];

const CHANGED: Record<string, string> = {
  contrasena: "Su contraseña fue cambiada. Las sesiones abiertas en otros dispositivos se cerraron.",
  datos: "Su información de registro fue actualizada.",
  correo: "Su correo electrónico fue cambiado. Enviamos un aviso a la dirección anterior.",
  aprobada: "La solicitud fue aprobada con las funciones elegidas. La persona recibió un correo y ya puede ingresar.",
  rechazada: "La solicitud fue rechazada. La persona recibió el motivo por correo.",
  funciones: "Las funciones fueron asignadas. La persona recibió un correo con sus funciones vigentes.",
  funcion_retirada: "La función fue retirada. La persona recibió un correo con sus funciones vigentes.",
};

export default async function MiPaginaPage({ searchParams }: { searchParams: Promise<{ cambio?: string | string[] }> }) {
  const { cambio } = await searchParams;
  const changed = typeof cambio === "string" ? CHANGED[cambio] : undefined;
  const user = await requireEcuapassAccount();
  // Pending or rejected: the registration request's status page, nothing of the account's own pages.
  if (user.status !== "activo") return <RequestStatusPage accountId={user.id} fullName={user.name} accountStatus={user.status} />;
  const profile = await getEcuapassProfile(user.id);
  if (!profile) notFound();
  // An account of a type that needs an approval has its request (approved: this page is for active accounts).
  const registration = await findRequestOfAccount(user.id);
  const typeLabel = registration ? REGISTRATION_TYPE_INFO[registration.type].label : "Usuario General";
  const operator = MOBILE_OPERATORS.find((o) => o.value === profile.mobileOperator)?.label ?? profile.mobileOperator;
  const rows: [string, string | null][] = [
    ["ID.usuario", profile.userId],
    ["Nombre Usuario", profile.fullName],
    ["Doc. Identificación", `${profile.docTypeLabel} ${profile.docNumber}`],
    ["País", profile.country],
    ["Provincia", profile.province],
    ["Ciudad", profile.city],
    ["Dirección", profile.address],
    ["Teléfono1", profile.phone1],
    ["Teléfono2", profile.phone2],
    ["Número de celular", `${profile.mobile} (${operator})`],
    ["Fax", profile.fax],
    ["Correo electrónico", profile.email],
    ["SENAE Correo Electrónico", profile.senaeEmail],
    ["Registrado el", formatDateTime(profile.registeredAt)],
  ];
  return (
    <>
      <h1>Mi página</h1>
      {changed && (
        <p className="notice notice--success" role="status">
          {changed}
        </p>
      )}
      <p className="lead">Bienvenido(a), {profile.fullName}. Su registro como {typeLabel} está activo.</p>
      {registration && <RegistrationSections accountId={user.id} request={registration} />}

      <section className="card" aria-labelledby="mis-datos">
        <h2 id="mis-datos">Mis datos</h2>
        <SummaryList rows={rows} />
      </section>

      <section className="card" aria-labelledby="mi-cuenta">
        <h2 id="mi-cuenta">Mi cuenta</h2>
        <ul>
          <li>
            <Link href="/ecuapass/mi-pagina/datos">Modificar información de registro de usuario</Link>
          </li>
          <li>
            <Link href="/ecuapass/mi-pagina/correo">Cambiar correo electrónico</Link>
          </li>
          <li>
            <Link href="/ecuapass/mi-pagina/contrasena">Cambiar contraseña</Link>
          </li>
          <li>
            <Link href="/ecuapass/mi-pagina/mis-datos">Mis datos: qué guardamos sobre usted, descargas y eliminación</Link>
          </li>
        </ul>
      </section>

      <section className="card" aria-labelledby="correo-senae">
        <h2 id="correo-senae">SENAE Correo Electrónico</h2>
        <p>
          Su dirección en el SENAE es <strong>{profile.senaeEmail}</strong>.
        </p>
      </section>

      <section className="card" aria-labelledby="servicios">
        <h2 id="servicios">Servicios de información pública</h2>
        <p>Como {typeLabel} puede acceder a los servicios de información del portal Ecuapass:</p>
        <ul className="services">
          {SERVICES.map((service) => (
            <li key={service.name}>
              <strong>{service.name}</strong>: {service.description}
            </li>
          ))}
        </ul>
        <p className="hint">Estos servicios se consultan en el portal Ecuapass del SENAE (ecuapass.aduana.gob.ec).</p>
      </section>
    </>
  );
}
