import { formatDateMedium } from "@/lib/format/dates";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OrganizationContactForm } from "@/components/admin/organization-contact-form";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireStaff } from "@/lib/auth/guards";
import { getOrganizationDetail } from "@/lib/seps/organizations";
import { STATUS_LABEL } from "@/lib/seps/status";
import { updateOrganizationContactAction } from "./actions";

export const metadata: Metadata = { title: "Organización del catastro" };

const SECTOR = { financiera: "Financiero", no_financiera: "No financiero" } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function OrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff("admin");
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const detail = await getOrganizationDetail(id);
  if (!detail) notFound();
  const { organization: org, roles, requests } = detail;
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/admin", label: "Bandeja" },
          { href: "/admin/catastro", label: "Catastro" },
        ]}
        current={org.razonSocial}
      />
      <h1>
        {org.razonSocial}{" "}
        {org.active ? <span className="tag tag--success">Activa</span> : <span className="tag tag--muted">Inactiva</span>}
      </h1>
      <p className="lead">
        RUC {org.ruc} · Sector {SECTOR[org.sector]} · {org.segmentoNivel}
      </p>
      {!org.active && org.inactiveSince && (
        <div className="notice notice--warning">
          <p>Inactiva desde el {formatDateMedium(org.inactiveSince)}: la última importación completa del catastro no la incluyó. No puede presentar nuevas solicitudes.</p>
        </div>
      )}

      <section aria-labelledby="roles">
        <h2 id="roles">Roles y titulares</h2>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Roles de la organización y sus titulares activos</caption>
            <thead>
              <tr>
                <th scope="col">Rol</th>
                <th scope="col">Cupos en uso</th>
                <th scope="col">Titulares</th>
              </tr>
            </thead>
            <tbody>
              {roles.map((role) => (
                <tr key={role.roleCode}>
                  <th scope="row">{role.name}</th>
                  <td>
                    {role.holders.length} de {role.max}
                  </td>
                  <td>
                    {role.holders.length === 0 ? (
                      <span className="hint">Sin titular</span>
                    ) : (
                      <ul>
                        {role.holders.map((h) => (
                          <li key={h.userId}>
                            <Link href={`/admin/usuarios/seps/${h.userId}`}>{h.fullName}</Link> · C.I. {h.cedula}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="solicitudes">
        <h2 id="solicitudes">Solicitudes</h2>
        {requests.length === 0 ? (
          <p>No hay solicitudes de esta organización.</p>
        ) : (
          <ul>
            {requests.map((r) => (
              <li key={r.id}>
                <Link href={`/admin/solicitudes/${r.id}`}>{r.number}</Link> · {STATUS_LABEL[r.status as keyof typeof STATUS_LABEL] ?? r.status} ·{" "}
                {r.userName} · {formatDateMedium(r.createdAt)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <OrganizationContactForm
        action={updateOrganizationContactAction}
        organizationId={org.id}
        contact={{ email: org.email, legalRepCedula: org.legalRepCedula, legalRepName: org.legalRepName, legalRepEmail: org.legalRepEmail }}
      />
    </>
  );
}
