import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonActionForm } from "@/components/admin/account-forms";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { FunctionEditForm } from "@/components/admin/function-forms";
import { requireStaff } from "@/lib/auth/guards";
import { getCatalogueEntry } from "@/lib/ecuapass/function-catalogue";
import { formatDateTime } from "@/lib/format/dates";
import { deactivateFunctionAction, reactivateFunctionAction, updateFunctionAction } from "../actions";

export const metadata: Metadata = { title: "Función del catálogo" };

const SCOPE_LABEL = { empresa: "Empleados de empresas", entidad_publica: "Funcionarios de entidades públicas" } as const;

export default async function FunctionPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff("admin");
  const { id } = await params;
  const entry = await getCatalogueEntry(id);
  if (!entry) notFound();
  const held = entry.liveGrants === 0 ? "Nadie la tiene" : entry.liveGrants === 1 ? "1 persona la tiene" : `${entry.liveGrants} personas la tienen`;
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/admin", label: "Bandeja" },
          { href: "/admin/funciones", label: "Funciones" },
        ]}
        current={entry.code}
      />
      <h1>
        {entry.name} {entry.active ? <span className="tag tag--success">Activa</span> : <span className="tag tag--muted">Desactivada</span>}
      </h1>
      <dl className="summary">
        <dt>Código</dt>
        <dd className="mono">{entry.code}</dd>
        <dt>Se asigna a</dt>
        <dd>{SCOPE_LABEL[entry.scope]}</dd>
        <dt>Asignaciones vigentes</dt>
        <dd>{held}</dd>
        <dt>Última modificación</dt>
        <dd>{formatDateTime(entry.updatedAt)}</dd>
      </dl>

      <section aria-labelledby="editar">
        <h2 id="editar">Nombre y descripción</h2>
        <FunctionEditForm action={updateFunctionAction} functionId={entry.id} name={entry.name} description={entry.description} />
      </section>

      <section aria-labelledby="estado">
        <h2 id="estado">Estado</h2>
        {/* One form in both states, so its answer stays on the page after the state changes. */}
        <ButtonActionForm
          action={entry.active ? deactivateFunctionAction : reactivateFunctionAction}
          id="estado-funcion"
          title={entry.active ? "Desactivar la función" : "Reactivar la función"}
          description={
            entry.active
              ? `Deja de ofrecerse al aprobar o asignar funciones. ${entry.liveGrants === 0 ? "Nadie la tiene." : `${held}: la conservan hasta que se la retiren.`}`
              : "Vuelve a ofrecerse a los representantes y al SENAE al aprobar o asignar funciones."
          }
          button={entry.active ? "Desactivar" : "Reactivar"}
          pending={entry.active ? "Desactivando…" : "Reactivando…"}
          hidden={{ functionId: entry.id }}
        />
      </section>
    </>
  );
}
