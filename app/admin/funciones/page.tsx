import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { FunctionCreateForm } from "@/components/admin/function-forms";
import { requireStaff } from "@/lib/auth/guards";
import { listCatalogue, type CatalogueEntry } from "@/lib/ecuapass/function-catalogue";
import { createFunctionAction } from "./actions";

export const metadata: Metadata = { title: "Catálogo de funciones" };

const SCOPES = [
  { scope: "empresa", title: "Empleados de empresas" },
  { scope: "entidad_publica", title: "Funcionarios de entidades públicas" },
] as const;

function CatalogueTable({ caption, entries }: { caption: string; entries: CatalogueEntry[] }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Función</th>
            <th scope="col">Estado</th>
            <th scope="col">Personas que la tienen</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((f) => (
            <tr key={f.id}>
              <td>
                <Link href={`/admin/funciones/${f.id}`}>{f.name}</Link>
                <br />
                <span className="hint">
                  <span className="mono">{f.code}</span> · {f.description}
                </span>
              </td>
              <td>{f.active ? <span className="tag tag--success">Activa</span> : <span className="tag tag--muted">Desactivada</span>}</td>
              <td>{f.liveGrants}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function FunctionsCataloguePage() {
  await requireStaff("admin");
  const catalogue = await listCatalogue();
  return (
    <>
      <Breadcrumbs trail={[{ href: "/admin", label: "Bandeja" }]} current="Funciones" />
      <h1>Catálogo de funciones</h1>
      <p className="lead">
        Las funciones que el representante de una empresa o de una entidad pública (o el SENAE, cuando la organización se queda sin
        representante) asigna a sus empleados y funcionarios de Ecuapass.
      </p>
      <p>
        Una función no se elimina: se desactiva. Deja de ofrecerse al aprobar o asignar, y quien ya la tiene la conserva hasta que se la
        retiren.
      </p>
      {SCOPES.map(({ scope, title }) => {
        const entries = catalogue.filter((f) => f.scope === scope);
        return (
          <section key={scope} aria-labelledby={`ambito-${scope}`}>
            <h2 id={`ambito-${scope}`}>
              {title} ({entries.length})
            </h2>
            {entries.length ? <CatalogueTable caption={`Funciones para ${title.toLowerCase()}`} entries={entries} /> : <p>No hay funciones.</p>}
          </section>
        );
      })}
      <section aria-labelledby="agregar">
        <h2 id="agregar">Agregar una función</h2>
        <FunctionCreateForm action={createFunctionAction} />
      </section>
    </>
  );
}
