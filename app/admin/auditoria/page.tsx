import type { Metadata } from "next";
import { formatDateTimeSeconds } from "@/lib/format/dates";
import { auditActionLabel } from "@/lib/security/audit-labels";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireStaff } from "@/lib/auth/guards";
import { auditFilterSchema, listAuditEvents, type AuditFilter } from "@/lib/security/audit";

export const metadata: Metadata = { title: "Auditoría" };


function pageHref(filter: AuditFilter, pagina: number) {
  const params = new URLSearchParams();
  for (const key of ["accion", "actor", "sujeto", "desde", "hasta"] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  params.set("pagina", String(pagina));
  return `/admin/auditoria?${params.toString()}`;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaff("admin");
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const filter = auditFilterSchema.parse({
    accion: first(raw.accion),
    actor: first(raw.actor),
    sujeto: first(raw.sujeto),
    desde: first(raw.desde),
    hasta: first(raw.hasta),
    pagina: first(raw.pagina),
  });
  const { events, hasNext } = await listAuditEvents(filter);
  return (
    <>
      <Breadcrumbs trail={[{ href: "/admin", label: "Bandeja" }]} current="Auditoría" />
      <h1>Registro de auditoría</h1>
      <p>Cada ingreso, envío de código, registro, solicitud, decisión, activación y cambio del personal. Solo lectura.</p>
      <form method="get" className="panel" role="search" aria-label="Filtrar eventos">
        <div className="grid-2">
          <div className="field">
            <label htmlFor="accion">Acción (comienza con)</label>
            <span className="hint" id="accion-hint">Por ejemplo: auth.ingreso, personal., seps.</span>
            <input id="accion" name="accion" defaultValue={filter.accion ?? ""} maxLength={200} aria-describedby="accion-hint" />
          </div>
          <div className="field">
            <label htmlFor="actor">Actor</label>
            <span className="hint" id="actor-hint">Nombre, correo o usuario (parte), o identificador.</span>
            <input id="actor" name="actor" defaultValue={filter.actor ?? ""} maxLength={200} aria-describedby="actor-hint" />
          </div>
          <div className="field">
            <label htmlFor="sujeto">Sujeto</label>
            <span className="hint" id="sujeto-hint">Identificador exacto, o tipo (staff, ecuapass, seps, solicitud…).</span>
            <input id="sujeto" name="sujeto" defaultValue={filter.sujeto ?? ""} maxLength={200} aria-describedby="sujeto-hint" />
          </div>
          <div className="field">
            <label htmlFor="desde">Desde</label>
            <input id="desde" name="desde" type="date" defaultValue={filter.desde ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="hasta">Hasta</label>
            <input id="hasta" name="hasta" type="date" defaultValue={filter.hasta ?? ""} />
          </div>
        </div>
        <div className="actions">
          <button type="submit" className="button">
            Filtrar
          </button>
          <Link href="/admin/auditoria">Quitar filtros</Link>
          <a href={pageHref(filter, 1).replace("/admin/auditoria?", "/admin/exportar/auditoria?")} download>
            Descargar CSV (con estos filtros)
          </a>
        </div>
      </form>
      <div className="table-wrap">
        <table>
          <caption>
            Eventos, del más reciente al más antiguo (página {filter.pagina})
          </caption>
          <thead>
            <tr>
              <th scope="col">Fecha y hora</th>
              <th scope="col">Acción</th>
              <th scope="col">Actor</th>
              <th scope="col">Dirección IP</th>
              <th scope="col">Sujeto</th>
              <th scope="col">Detalles</th>
            </tr>
          </thead>
          <tbody>
            {events.length === 0 && (
              <tr>
                <td colSpan={6}>No hay eventos con estos filtros.</td>
              </tr>
            )}
            {events.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTimeSeconds(e.at)}</td>
                <td>
                  {auditActionLabel(e.action)} <code className="hint">{e.action}</code>
                </td>
                <td>
                  {e.actorKind}
                  {e.actorLabel ? `: ${e.actorLabel}` : ""}
                </td>
                <td>{e.ip ?? "—"}</td>
                <td>{e.subjectType ? `${e.subjectType}${e.subjectId ? ` ${e.subjectId}` : ""}` : "—"}</td>
                <td>{e.details ? <code className="break-all">{JSON.stringify(e.details)}</code> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Paginación" className="actions">
        {filter.pagina > 1 && <Link href={pageHref(filter, filter.pagina - 1)}>← Anteriores</Link>}
        {hasNext && <Link href={pageHref(filter, filter.pagina + 1)}>Siguientes →</Link>}
      </nav>
    </>
  );
}
