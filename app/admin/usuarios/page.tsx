import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ACCOUNT_KIND_LABEL, accountStatus } from "@/lib/accounts/labels";
import { accountSearchSchema, searchAccounts, SEARCH_LIMIT } from "@/lib/accounts/search";
import { requireStaff } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Usuarios" };

export default async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaff();
  const search = accountSearchSchema.parse(await searchParams);
  const hits = search.q ? await searchAccounts(search) : [];
  return (
    <>
      <Breadcrumbs trail={[{ href: "/admin", label: "Bandeja" }]} current="Usuarios" />
      <h1>Usuarios</h1>
      <p className="lead">Cuentas de Ecuapass (Usuario General) y de los servicios electrónicos de la SEPS.</p>
      <form method="get" action="/admin/usuarios" className="panel queue-filters" role="search" aria-label="Buscar usuarios">
        <div className="grid-3">
          <div className="field">
            <label htmlFor="q">Buscar</label>
            <span className="hint" id="q-hint">
              ID.usuario, cédula, RUC, nombre o correo electrónico (al menos 2 caracteres).
            </span>
            <input id="q" name="q" type="search" defaultValue={search.q} maxLength={120} aria-describedby="q-hint" autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="tipo">Tipo de cuenta</label>
            <select id="tipo" name="tipo" defaultValue={search.tipo}>
              <option value="todas">Todas</option>
              <option value="ecuapass">Ecuapass</option>
              <option value="seps">SEPS</option>
            </select>
          </div>
        </div>
        <div className="actions">
          <button type="submit" className="button">
            Buscar
          </button>
        </div>
      </form>

      {search.q && (
        <p role="status">
          {hits.length === 0
            ? "No se encontraron cuentas."
            : hits.length >= SEARCH_LIMIT
              ? `Se muestran las primeras ${SEARCH_LIMIT} cuentas; precise la búsqueda.`
              : `${hits.length} ${hits.length === 1 ? "cuenta encontrada" : "cuentas encontradas"}.`}
        </p>
      )}
      {hits.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Cuentas encontradas</caption>
            <thead>
              <tr>
                <th scope="col">Nombre</th>
                <th scope="col">Tipo</th>
                <th scope="col">Usuario</th>
                <th scope="col">Correo</th>
                <th scope="col">Estado</th>
              </tr>
            </thead>
            <tbody>
              {hits.map((hit) => {
                const status = accountStatus(hit.status);
                return (
                  <tr key={`${hit.kind}-${hit.id}`}>
                    <td>
                      <Link href={`/admin/usuarios/${hit.kind}/${hit.id}`}>{hit.fullName}</Link>
                    </td>
                    <td>{ACCOUNT_KIND_LABEL[hit.kind]}</td>
                    <td>
                      {hit.username}
                      {hit.kind === "ecuapass" && (
                        <>
                          <br />
                          <span className="hint">Doc. {hit.document}</span>
                        </>
                      )}
                    </td>
                    <td>{hit.email}</td>
                    <td>
                      <span className={status.tag}>{status.label}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
