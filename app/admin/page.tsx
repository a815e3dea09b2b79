import type { Metadata } from "next";
import { formatDateMedium, formatDateTimeShort } from "@/lib/format/dates";
import Link from "next/link";
import { requireStaff } from "@/lib/auth/guards";
import { APPROVAL_TYPES } from "@/lib/ecuapass/queue";
import { REGISTRATION_TYPE_INFO, REQUEST_STATUS_LABEL, SENAE_SERVICE_BUSINESS_DAYS } from "@/lib/ecuapass/registration-types";
import { REVIEW_QUEUE_PAGE_SIZE, listReviewQueue, parseReviewQueueFilters, type ReviewQueueFilters, type ReviewQueueRow } from "@/lib/review/queue";
import { SERVICE_BUSINESS_DAYS } from "@/lib/seps/business-days";
import { QUEUE_STATUSES, STATUS_LABEL, STATUS_TAG } from "@/lib/seps/status";

export const metadata: Metadata = { title: "Bandeja de solicitudes" };


const SECTOR_SHORT = { financiera: "Financiero", no_financiera: "No financiero" } as const;

/** The state filter's words: "En revisión" is what waits for a decision on both portals. */
const STATE_OPTION: Partial<Record<(typeof QUEUE_STATUSES)[number], string>> = {
  pendiente_documentos: "Pendiente de documentos (solo SEPS)",
  en_revision: `${STATUS_LABEL.en_revision} / ${REQUEST_STATUS_LABEL.pendiente_aprobacion}`,
};

const ECUAPASS_TAG = {
  pendiente_aprobacion: "tag",
  aprobada: "tag tag--success",
  rechazada: "tag tag--danger",
  correccion_solicitada: "tag tag--warning",
} as const;

function statusOf(row: ReviewQueueRow): { label: string; tag: string } {
  return row.portal === "seps"
    ? { label: STATUS_LABEL[row.status], tag: STATUS_TAG[row.status] }
    : { label: REQUEST_STATUS_LABEL[row.status], tag: ECUAPASS_TAG[row.status] };
}

function queueHref(filters: ReviewQueueFilters, changes: Partial<ReviewQueueFilters>): string {
  const merged = { ...filters, ...changes };
  const params = new URLSearchParams();
  if (merged.portal !== "todos") params.set("portal", merged.portal);
  if (merged.tipo !== "todos") params.set("tipo", merged.tipo);
  if (merged.estado !== "en_revision") params.set("estado", merged.estado);
  if (merged.sector !== "todos") params.set("sector", merged.sector);
  if (merged.q) params.set("q", merged.q);
  if (merged.orden !== "antiguas") params.set("orden", merged.orden);
  if (merged.pagina > 1) params.set("pagina", String(merged.pagina));
  const query = params.toString();
  return query ? `/admin?${query}` : "/admin";
}

function exportHref(filters: ReviewQueueFilters): string {
  const params = new URLSearchParams({ estado: filters.estado, sector: filters.sector });
  if (filters.q) params.set("q", filters.q);
  return `/admin/exportar/solicitudes?${params.toString()}`;
}

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const filters = parseReviewQueueFilters(await searchParams);
  const queue = await listReviewQueue(filters);
  const first = (queue.page - 1) * REVIEW_QUEUE_PAGE_SIZE + 1;
  const sepsListed = filters.portal !== "ecuapass" && (filters.tipo === "todos" || filters.tipo === "seps");
  const last = first + queue.rows.length - 1;

  return (
    <>
      <h1>Bandeja de solicitudes</h1>
      <p className="lead">
        Solicitudes de usuario y clave de los servicios electrónicos de la SEPS (tiempo de atención: {SERVICE_BUSINESS_DAYS} días
        hábiles desde que fue remitida) y solicitudes de registro en Ecuapass que aprueba el SENAE (hasta{" "}
        {SENAE_SERVICE_BUSINESS_DAYS} días laborables).
      </p>
      <p className="visually-hidden">Sesión de {staff.name}.</p>
      {queue.overdue.seps + queue.overdue.ecuapass > 0 && (
        <div className="notice notice--warning">
          {queue.overdue.seps > 0 && (
            <p>
              <strong>
                {queue.overdue.seps === 1 ? "1 solicitud SEPS en revisión superó" : `${queue.overdue.seps} solicitudes SEPS en revisión superaron`} el
                tiempo de atención de {SERVICE_BUSINESS_DAYS} días hábiles.
              </strong>{" "}
              <Link href={queueHref(filters, { portal: "seps", tipo: "todos", estado: "en_revision", orden: "antiguas", pagina: 1, q: "" })}>
                Ver las solicitudes SEPS más antiguas primero
              </Link>
            </p>
          )}
          {queue.overdue.ecuapass > 0 && (
            <p>
              <strong>
                {queue.overdue.ecuapass === 1
                  ? "1 solicitud de Ecuapass pendiente de aprobación superó"
                  : `${queue.overdue.ecuapass} solicitudes de Ecuapass pendientes de aprobación superaron`}{" "}
                el tiempo de atención de {SENAE_SERVICE_BUSINESS_DAYS} días laborables.
              </strong>{" "}
              <Link href={queueHref(filters, { portal: "ecuapass", tipo: "todos", sector: "todos", estado: "en_revision", orden: "antiguas", pagina: 1, q: "" })}>
                Ver las solicitudes de Ecuapass más antiguas primero
              </Link>
            </p>
          )}
        </div>
      )}

      <form method="get" action="/admin" className="panel queue-filters" role="search" aria-label="Filtrar solicitudes">
        <div className="grid-3">
          <div className="field">
            <label htmlFor="portal">Portal</label>
            <select id="portal" name="portal" defaultValue={filters.portal}>
              <option value="todos">Todos</option>
              <option value="seps">SEPS</option>
              <option value="ecuapass">Ecuapass</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="tipo">Tipo de solicitud</label>
            <select id="tipo" name="tipo" defaultValue={filters.tipo}>
              <option value="todos">Todos</option>
              <option value="seps">SEPS: usuario y clave</option>
              <optgroup label="Ecuapass: registro de usuario">
                {APPROVAL_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {REGISTRATION_TYPE_INFO[type].label}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
          <div className="field">
            <label htmlFor="estado">Estado</label>
            <select id="estado" name="estado" defaultValue={filters.estado}>
              {QUEUE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STATE_OPTION[status] ?? STATUS_LABEL[status]}
                </option>
              ))}
              <option value="todas">Todos los estados</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="sector">Sector (SEPS)</label>
            <select id="sector" name="sector" defaultValue={filters.sector}>
              <option value="todos">Todos</option>
              <option value="financiera">Financiero</option>
              <option value="no_financiera">No financiero</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="q">Buscar</label>
            <span className="hint" id="q-hint">
              Número de solicitud, RUC, cédula o ID.usuario.
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
          {sepsListed && (
            <a href={exportHref(filters)} download>
              Descargar CSV de las solicitudes SEPS (con estos filtros)
            </a>
          )}
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
            <caption className="visually-hidden">Solicitudes ({STATE_OPTION[filters.estado as keyof typeof STATE_OPTION] ?? STATUS_LABEL[filters.estado as keyof typeof STATUS_LABEL] ?? "todos los estados"})</caption>
            <thead>
              <tr>
                <th scope="col">Solicitud</th>
                <th scope="col">Estado</th>
                <th scope="col">Portal y tipo</th>
                <th scope="col">Organización</th>
                <th scope="col">Usuario</th>
                <th scope="col" className="nowrap">
                  Remitida
                </th>
                <th scope="col">En espera</th>
              </tr>
            </thead>
            <tbody>
              {queue.rows.map((row) => {
                const status = statusOf(row);
                return (
                  <tr key={row.id}>
                    <td className="nowrap">
                      <Link href={`/admin/solicitudes/${row.id}`}>{row.reference}</Link>
                    </td>
                    <td>
                      <span className={status.tag}>{status.label}</span>
                    </td>
                    <td>
                      {row.portal === "seps" ? "SEPS" : "Ecuapass"}
                      <br />
                      <span className="hint">{row.portal === "seps" ? SECTOR_SHORT[row.sector] : REGISTRATION_TYPE_INFO[row.type].label}</span>
                    </td>
                    <td>
                      {row.orgRazonSocial ?? <span className="hint">Sin organización</span>}
                      {row.orgRuc && (
                        <>
                          <br />
                          <span className="hint">RUC {row.orgRuc}</span>
                        </>
                      )}
                    </td>
                    <td>
                      {row.applicantName}
                      <br />
                      <span className="hint">
                        {row.portal === "seps" ? "C.I." : "Doc."} {row.applicantDoc}
                      </span>
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
                );
              })}
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
