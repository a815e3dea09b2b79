import type { Metadata } from "next";
import Link from "next/link";
import { CatastroImportForm } from "@/components/seps/catastro-import-form";
import { requireStaff } from "@/lib/auth/guards";
import { listOrganizations } from "@/lib/seps/catastro";
import { applyCatastroAction, previewCatastroAction } from "./actions";

export const metadata: Metadata = { title: "Catastro de organizaciones" };

const SECTOR = { financiera: "Financiero", no_financiera: "No financiero" } as const;

export default async function CatastroPage({ searchParams }: { searchParams: Promise<{ q?: string; pagina?: string }> }) {
  await requireStaff("admin");
  const { q, pagina } = await searchParams;
  const page = await listOrganizations({ search: q, page: Number(pagina) || 1 });
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const href = (p: number) => `/admin/catastro?${new URLSearchParams({ ...(q ? { q } : {}), pagina: String(p) })}`;
  return (
    <>
      <h1>Catastro de organizaciones</h1>
      <p className="lead">Organizaciones supervisadas por la SEPS. Solo sus RUC pueden presentar solicitudes de usuario y clave.</p>

      <h2>Importar desde CSV</h2>
      <CatastroImportForm preview={previewCatastroAction} apply={applyCatastroAction} />

      <h2>Organizaciones ({page.total})</h2>
      <form method="get" className="inline-group" role="search">
        <label htmlFor="q" className="visually-hidden">
          Buscar por RUC o razón social
        </label>
        <input id="q" name="q" type="search" defaultValue={q} placeholder="RUC o razón social" maxLength={100} />
        <button type="submit" className="button button--secondary">
          Buscar
        </button>
      </form>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Organizaciones del catastro</caption>
          <thead>
            <tr>
              <th scope="col">RUC</th>
              <th scope="col">Razón social</th>
              <th scope="col">Sector</th>
              <th scope="col">Segmento / Nivel</th>
              <th scope="col">Correo</th>
              <th scope="col">Representante legal</th>
              <th scope="col">Estado</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.length === 0 && (
              <tr>
                <td colSpan={7}>No hay organizaciones{q ? " que coincidan con la búsqueda" : ""}.</td>
              </tr>
            )}
            {page.rows.map((org) => (
              <tr key={org.id}>
                <td>{org.ruc}</td>
                <td>
                  <Link href={`/admin/catastro/${org.id}`}>{org.razonSocial}</Link>
                </td>
                <td>{SECTOR[org.sector]}</td>
                <td>{org.segmentoNivel}</td>
                <td>{org.email}</td>
                <td>
                  {org.legalRepName}
                  <br />
                  C.C. {org.legalRepCedula} · {org.legalRepEmail}
                </td>
                <td>{org.active ? <span className="tag tag--success">Activa</span> : <span className="tag tag--muted">Inactiva</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label="Páginas" className="actions">
          {page.page > 1 && <Link href={href(page.page - 1)}>Página anterior</Link>}
          <span>
            Página {page.page} de {pages}
          </span>
          {page.page < pages && <Link href={href(page.page + 1)}>Página siguiente</Link>}
        </nav>
      )}
    </>
  );
}
