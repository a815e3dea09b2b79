import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DEMO_ADMIN, DEMO_REVIEWER } from "@/lib/auth/demo-staff";
import { currentTotp } from "@/lib/auth/totp";
import { DEMO_REPRESENTATIVES } from "@/lib/ecuapass/demo-accounts";
import { REGISTRATION_TYPE_INFO } from "@/lib/ecuapass/registration-types";
import { getEnv } from "@/lib/env";
import { DEMO_FULL_ROLE, DEMO_ORGANIZATIONS } from "@/lib/seps/demo-catastro";
import { listDemoRequests } from "@/lib/seps/demo-requests";
import { SECTOR_LABEL } from "@/lib/seps/roles";
import { STATUS_LABEL, STATUS_TAG } from "@/lib/seps/status";

export const metadata: Metadata = { title: "Datos de demostración", robots: { index: false } };

/** Development only: what `npm run dev` seeded, to try every flow at once. */
export default async function DevPage() {
  if (getEnv().NODE_ENV !== "development") notFound();
  const requests = await listDemoRequests();
  return (
    <>
      <h1>Datos de demostración</h1>
      <p>
        Solo en desarrollo (<code>npm run dev</code>). Los correos que envía el sitio están en el{" "}
        <Link href="/dev/correo">correo de desarrollo</Link>.
      </p>

      <h2>Personal de la SEPS</h2>
      <p>
        Ingrese en <Link href="/admin/ingresar">/admin/ingresar</Link>. Código del segundo factor: el que se muestra
        aquí (recargue la página para uno nuevo; cada código sirve una vez) o un código de recuperación.
      </p>
      <div className="table-wrap">
        <table className="stack-table">
          <thead>
            <tr>
              <th scope="col">Cuenta</th>
              <th scope="col">Correo</th>
              <th scope="col">Contraseña</th>
              <th scope="col">Código actual</th>
              <th scope="col">Recuperación</th>
            </tr>
          </thead>
          <tbody>
            {[
              { label: "Revisor", account: DEMO_REVIEWER },
              { label: "Administrador", account: DEMO_ADMIN },
            ].map(({ label, account }) => (
              <tr key={account.email}>
                <th scope="row" data-label="Cuenta">{label}</th>
                <td data-label="Correo"><code>{account.email}</code></td>
                <td data-label="Contraseña"><code>{account.password}</code></td>
                <td data-label="Código actual"><code>{currentTotp(account.totpSecret)}</code></td>
                <td data-label="Recuperación"><code>{account.recoveryCodes[0]}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Representantes Ecuapass</h2>
      <p>
        Ingrese en <Link href="/ecuapass/ingresar">/ecuapass/ingresar</Link>. En «Mi página» cada representante aprueba o rechaza las
        solicitudes de los empleados (o funcionarios) que se registren con el RUC de su organización y les asigna funciones. Dos empresas:
        el representante de una no ve a los empleados de la otra.
      </p>
      <div className="table-wrap">
        <table className="stack-table">
          <thead>
            <tr>
              <th scope="col">ID.usuario</th>
              <th scope="col">Contraseña</th>
              <th scope="col">Tipo</th>
              <th scope="col">Organización</th>
              <th scope="col">RUC</th>
            </tr>
          </thead>
          <tbody>
            {DEMO_REPRESENTATIVES.map((rep) => (
              <tr key={rep.userId}>
                <th scope="row" data-label="ID.usuario"><code>{rep.userId}</code></th>
                <td data-label="Contraseña"><code>{rep.password}</code></td>
                <td data-label="Tipo">{REGISTRATION_TYPE_INFO[rep.type].label}</td>
                <td data-label="Organización">{rep.org.razonSocial}</td>
                <td data-label="RUC"><code>{rep.org.ruc}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Solicitudes SEPS</h2>
      {requests.length === 0 ? (
        <p>No hay solicitudes de demostración: ejecute <code>npm run db:seed</code>.</p>
      ) : (
        <ul className="plain-list">
          {requests.map((request) => (
            <li key={request.id} className="card">
              <p>
                <strong>{request.number}</strong> <span className={STATUS_TAG[request.status]}>{STATUS_LABEL[request.status]}</span>
                <br />
                {request.organization}
              </p>
              <p>{request.note}</p>
              <p>
                <Link href={`/admin/solicitudes/${request.id}`}>Abrir como revisor</Link> ·{" "}
                <a href={request.link}>Enlace privado del solicitante</a>
              </p>
            </li>
          ))}
        </ul>
      )}

      <h2>Organizaciones del catastro (RUC)</h2>
      <p>
        Úselas en <Link href="/seps/solicitud">la solicitud de usuario y clave</Link>. En{" "}
        <strong>{DEMO_FULL_ROLE.ruc}</strong> el rol de representante legal ya está ocupado por la cédula{" "}
        <strong>{DEMO_FULL_ROLE.holder.cedula}</strong>: pruebe «Usuario a desactivar».
      </p>
      <div className="table-wrap">
        <table className="stack-table">
          <thead>
            <tr>
              <th scope="col">RUC</th>
              <th scope="col">Razón social</th>
              <th scope="col">Sector</th>
              <th scope="col">Segmento o nivel</th>
            </tr>
          </thead>
          <tbody>
            {DEMO_ORGANIZATIONS.map((org) => (
              <tr key={org.ruc}>
                <td data-label="RUC"><code>{org.ruc}</code></td>
                <td data-label="Razón social">{org.razonSocial}</td>
                <td data-label="Sector">{SECTOR_LABEL[org.sector]}</td>
                <td data-label="Segmento o nivel">{org.segmentoNivel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
