import type { Metadata } from "next";
import { formatDateMedium, formatDateTimeShort } from "@/lib/format/dates";
import Link from "next/link";
import { requireStaff } from "@/lib/auth/guards";
import { SERVICE_BUSINESS_DAYS } from "@/lib/seps/business-days";
import { QUEUE_PAGE_SIZE, listQueue, parseQueueFilters, type QueueFilters } from "@/lib/seps/queue";
import { QUEUE_STATUSES, STATUS_LABEL, STATUS_TAG } from "@/lib/seps/status";

export const metadata: Metadata = { title: "Bandeja de solicitudes" };


const SECTOR_SHORT = { financiera: "Financiero", no_financiera: "No financiero" } as const;

function queueHref(filters: QueueFilters, changes: Partial<QueueFilters>): string {
  const merged = { ...filters, ...changes };
  const params = new URLSearchParams();
  if (merged.estado !== "en_revision") params.set("estado", merged.estado);
  if (merged.sector !== "todos") params.set("sector", merged.sector);
  if (merged.q) params.set("q", merged.q);
  if (merged.orden !== "antiguas") params.set("orden", merged.orden);
  if (merged.pagina > 1) params.set("pagina", String(merged.pagina));
  const query = params.toString();
  return query ? `/admin?${query}` : "/admin";
}

function exportHref(filters: QueueFilters): string {
  const params = new URLSearchParams({ estado: filters.estado, sector: filters.sector });
  if (filters.q) params.set("q", filters.q);
  return `/admin/exportar/solicitudes?${params.toString()}`;
}

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const filters = parseQueueFilters(await searchParams);
  const queue = await listQueue(filters);
  const first = (queue.page - 1) * QUEUE_PAGE_SIZE + 1;
  const last = first + queue.rows.length - 1;

  return (
    <>
      <h1>Bandeja de solicitudes</h1>
      <p className="lead">
        Solicitudes de usuario y clave de los servicios electrónicos de la SEPS. Tiempo de atención:{" "}
        {SERVICE_BUSINESS_DAYS} días hábiles desde que la solicitud fue remitida.
      </p>
      <p className="visually-hidden">Sesión de {staff.name}.</p>
      {queue.overdue > 0 && (
        <div className="notice notice--warning">
          <p>
            <strong>
              {queue.overdue === 1
                ? "1 solicitud en revisión superó"
                : `${queue.overdue} solicitudes en revisión superaron`}{" "}
              el tiempo de atención de {SERVICE_BUSINESS_DAYS} días hábiles.
            </strong>{" "}
            <Link href={queueHref(filters, { estado: "en_revision", orden: "antiguas", pagina: 1, q: "" })}>
              Ver las más antiguas primero
            </Link>
          </p>
        </div>
      )}

      <form method="get" action="/admin" className="panel queue-filters" role="search" aria-label="Filtrar solicitudes">
        <div className="grid-3">
          <div className="field">
            <label htmlFor="estado">Estado</label>
            <select id="estado" name="estado" defaultValue={filters.estado}>
              {QUEUE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABEL[status]}
                </option>
              ))}
              <option value="todas">Todos los estados</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="sector">Sector</label>
            <select id="sector" name="sector" defaultValue={filters.sector}>
              <option value="todos">Todos</option>
              <option value="financiera">Financiero</option>
              <option value="no_financiera">No financiero</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="q">Buscar</label>
            <span className="hint" id="q-hint">
              Número de solicitud, RUC o cédula.
            </span>
            <input id="q" name="q" type="search" defaultValue={filters.q} maxLength={40} aria-describedby="q-hint" autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="orden">Orden</label>
            <select id="orden" name="orden" defaultValue={filters.orden}>
              <option value="antiguas">Más antiguas primero</option>
              <option value="recientes">Más recientes primero</option>
            </select>
          </div>
        </div>
        <div className="actions">
          <button type="submit" className="button">
            Filtrar
          </button>
          <Link href="/admin">Quitar filtros</Link>
          <a href={exportHref(filters)} download>
            Descargar CSV (con estos filtros)
          </a>
        </div>
      </form>

      <p role="status">
        {queue.total === 0
          ? "No hay solicitudes con estos filtros."
          : `Mostrando ${first}–${last} de ${queue.total} ${queue.total === 1 ? "solicitud" : "solicitudes"}.`}
      </p>

      {queue.rows.length > 0 && (
        <div className="table-wrap">
          <table className="queue-table">
            <caption className="visually-hidden">Solicitudes ({STATUS_LABEL[filters.estado as keyof typeof STATUS_LABEL] ?? "todos los estados"})</caption>
            <thead>
              <tr>
                <th scope="col">Número</th>
                <th scope="col">Estado</th>
                <th scope="col">Sector</th>
                <th scope="col">Organización</th>
                <th scope="col">Usuario</th>
                <th scope="col" className="nowrap">
                  Remitida
                </th>
                <th scope="col">En espera</th>
              </tr>
            </thead>
            <tbody>
              {queue.rows.map((row) => (
                <tr key={row.id}>
                  <td className="nowrap">
                    <Link href={`/admin/solicitudes/${row.id}`}>{row.number}</Link>
                  </td>
                  <td>
                    <span className={STATUS_TAG[row.status]}>{STATUS_LABEL[row.status]}</span>
                  </td>
                  <td>{SECTOR_SHORT[row.sector]}</td>
                  <td>
                    {row.orgRazonSocial}
                    <br />
                    <span className="hint">RUC {row.orgRuc}</span>
                  </td>
                  <td>
                    {row.userName}
                    <br />
                    <span className="hint">C.I. {row.userCedula}</span>
                  </td>
                  <td className="nowrap">{row.submittedAt ? formatDateTimeShort(row.submittedAt) : "No remitida"}</td>
                  <td>
                    {row.service ? (
                      <>
                        <span className={row.service.overdue ? "overdue" : undefined}>
                          {row.service.elapsed} {row.service.elapsed === 1 ? "día hábil" : "días hábiles"}
                        </span>
                        <br />
                        {row.service.overdue ? (
                          <span className="tag tag--danger">Fuera de tiempo</span>
                        ) : (
                          <span className="hint">Vence {formatDateMedium(row.service.dueAt)}</span>
                        )}
                      </>
                    ) : row.decidedAt ? (
                      <span className="hint">Decidida {formatDateMedium(row.decidedAt)}</span>
                    ) : (
                      <span className="hint">—</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {queue.pageCount > 1 && (
        <nav className="pagination" aria-label="Páginas">
          {queue.page > 1 ? <Link href={queueHref(filters, { pagina: queue.page - 1 })}>« Anterior</Link> : null}
          <span>
            Página {queue.page} de {queue.pageCount}
          </span>
          {queue.page < queue.pageCount ? <Link href={queueHref(filters, { pagina: queue.page + 1 })}>Siguiente »</Link> : null}
        </nav>
      )}
    </>
  );
}
