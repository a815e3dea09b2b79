import type { Metadata } from "next";
import Link from "next/link";
import { SECTOR_LABEL, SECTOR_SLUG, rolesForSector, type Sector } from "@/lib/seps/roles";
import "../seps.css";

export const metadata: Metadata = { title: "Solicitud de usuario y clave — SEPS" };

function RolesTable({ sector }: { sector: Sector }) {
  return (
    <div className="table-wrap">
      <table className="stack-table">
        <caption className="visually-hidden">Roles para {SECTOR_LABEL[sector]}</caption>
        <thead>
          <tr>
            <th scope="col">Tipo de usuario</th>
            <th scope="col">Acceso</th>
            <th scope="col"># Usuarios por entidad</th>
          </tr>
        </thead>
        <tbody>
          {rolesForSector(sector).map((role) => (
            <tr key={role.code}>
              <td data-label="Tipo de usuario">{role.name}</td>
              <td data-label="Acceso">{role.description}</td>
              <td data-label="# Usuarios por entidad">{role.maxPerOrganization}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function SepsRequestStartPage() {
  return (
    <>
      <h1>Solicitud de usuario y clave de acceso a los servicios electrónicos de la SEPS</h1>
      <p className="lead">
        Servicio mediante el cual las personas naturales o jurídicas y organizaciones pueden acceder a los Servicios Electrónicos
        de la Superintendencia de Economía Popular y Solidaria, para el acopio, envío de información o acceso a servicios en línea.
      </p>

      <div className="cards">
        {(["financiera", "no_financiera"] as const).map((sector) => (
          <section className="card" key={sector} aria-labelledby={`opcion-${sector}`}>
            <h2 id={`opcion-${sector}`}>Solicitud {SECTOR_LABEL[sector]}</h2>
            <p>
              {sector === "financiera"
                ? "Cooperativas de ahorro y crédito (Segmentos 1 a 5), cajas y mutualistas."
                : "Asociaciones, cooperativas de producción, consumo, vivienda, servicios y transporte."}
            </p>
            <p>
              <Link className="button" href={`/seps/solicitud/${SECTOR_SLUG[sector]}`}>
                Solicitud {SECTOR_LABEL[sector]}
              </Link>
            </p>
          </section>
        ))}
      </div>

      <h2>Pasos a seguir</h2>
      <ol className="steps">
        <li>Acceder a la solicitud del rol, escogiendo la opción «Solicitud Organizaciones Financieras» o «Solicitud Organizaciones No Financieras».</li>
        <li>
          Completar la información requerida en el siguiente orden: Rol del Usuario; información del usuario a desactivar en caso de
          existir un usuario anterior (verificar el # de usuarios permitidos en el rol); datos del usuario nuevo; y autorización a un
          tercero para realizar el trámite en caso de requerir.
        </li>
        <li>
          Oprimir el botón «Guardar». El sistema generará tres documentos en formato PDF: la solicitud, que debe ser suscrita por el
          representante legal de la entidad registrado en la SEPS; el «Acuerdo de Confidencialidad»; y el «Consentimiento informado de
          tratamiento de datos personales», que deben ser suscritos por la persona que hará uso de la clave generada para el rol
          solicitado.
        </li>
        <li>Remitir los formularios y documentos a la Superintendencia: suba las copias firmadas en el enlace privado de su solicitud y oprima «Remitir a la Superintendencia».</li>
      </ol>
      <p>
        Una solicitud que no se remite en 30 días caduca. ¿Ya presentó una solicitud y no encuentra su enlace privado?{" "}
        <Link href="/seps/consulta">Consulte su estado</Link> con el número de solicitud y la cédula del usuario.
      </p>

      <h2>Acceso otorgado</h2>
      <ul>
        <li>
          Posterior a la revisión de la solicitud por parte de la SEPS (tiempo de atención: 4 días hábiles), se emite la asignación
          de creación del usuario solicitado, a través de la notificación al correo electrónico del usuario de la clave.
        </li>
        <li>Deberá ingresar al enlace enviado al correo electrónico en el tiempo establecido (72 horas).</li>
      </ul>

      <h2>Roles disponibles</h2>
      <h3>Sector No Financiero</h3>
      <RolesTable sector="no_financiera" />
      <h3>Sector Financiero</h3>
      <RolesTable sector="financiera" />

      <p>
        ¿Tiene un documento emitido por este servicio? <Link href="/seps/verificar">Verifique su autenticidad</Link>.
      </p>
    </>
  );
}
