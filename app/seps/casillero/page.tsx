import type { Metadata } from "next";
import { formatDate } from "@/lib/format/dates";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guards";
import { findSepsUser, listUserRoles, type UserRoleRow } from "@/lib/seps/accounts";
import { findRole } from "@/lib/seps/roles";

export const metadata: Metadata = { title: "Casillero — Servicios electrónicos de la SEPS" };
export const dynamic = "force-dynamic";


export default async function SepsCasilleroPage() {
  const session = await requireUser("seps");
  const user = await findSepsUser(session.id);
  if (!user) return null;
  const roles = await listUserRoles(user.id);
  const byOrganization = new Map<string, { ruc: string; razonSocial: string; roles: UserRoleRow[] }>();
  for (const row of roles) {
    const entry = byOrganization.get(row.organizationId) ?? { ruc: row.ruc, razonSocial: row.razonSocial, roles: [] };
    entry.roles.push(row);
    byOrganization.set(row.organizationId, entry);
  }
  const activeCount = roles.filter((r) => r.status === "activa").length;

  return (
    <>
      <h1>Servicios electrónicos de la SEPS</h1>
      <p className="lead">
        {user.fullName} · Usuario {user.cedula}
      </p>
      {activeCount === 0 && (
        <div className="notice notice--warning">
          <p>No tiene roles activos. Para obtener acceso, su organización debe presentar una solicitud de usuario y clave.</p>
          <p>
            <Link href="/seps/solicitud">Solicitud de usuario y clave</Link>
          </p>
        </div>
      )}
      {[...byOrganization.entries()].map(([organizationId, org]) => (
        <section key={organizationId} className="card" aria-labelledby={`org-${organizationId}`}>
          <h2 id={`org-${organizationId}`}>{org.razonSocial}</h2>
          <p className="hint">RUC {org.ruc}</p>
          <div className="table-wrap">
            <table className="stack-table">
              <caption className="visually-hidden">Roles en {org.razonSocial}</caption>
              <thead>
                <tr>
                  <th scope="col">Rol</th>
                  <th scope="col">Sistemas</th>
                  <th scope="col">Estado</th>
                </tr>
              </thead>
              <tbody>
                {org.roles.map((row) => {
                  const role = findRole(row.roleCode);
                  return (
                    <tr key={row.assignmentId}>
                      <th scope="row">{role?.name ?? row.roleCode}</th>
                      <td data-label="Sistemas">
                        {role ? (
                          <>
                            {role.systems.join(", ")}
                            <br />
                            <span className="hint">{role.description}</span>
                          </>
                        ) : (
                          "—"
                        )}
                      </td>
                      <td data-label="Estado">
                        {row.status === "activa" ? (
                          <span className="tag tag--success">Activa</span>
                        ) : (
                          <>
                            <span className="tag tag--muted">Desactivada</span>
                            {row.deactivatedAt && <span className="hint"> desde el {formatDate(row.deactivatedAt)}</span>}
                          </>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <div className="actions">
        <Link href="/seps/casillero/mis-datos">Mis datos</Link>
        <Link href="/seps/restablecer">Cambiar mi contraseña</Link>
      </div>
    </>
  );
}
