import { formatDateTime } from "@/lib/format/dates";
import type { EcuapassAccountStatus } from "@/lib/auth/kinds";
import { findRequestOfAccount } from "@/lib/ecuapass/registration-requests";
import { applicantStatusView, type RequestStatus } from "@/lib/ecuapass/registration-types";

const STATUS_TAG: Record<RequestStatus, string> = {
  pendiente_aprobacion: "tag tag--warning",
  aprobada: "tag tag--success",
  rechazada: "tag tag--danger",
  correccion_solicitada: "tag tag--warning",
};

/**
 * "Mi página" of an account whose registration request is pending or was rejected: its request's
 * status and nothing else. A rejected account sees the type, the state and the reason only.
 */
export async function RequestStatusPage({ accountId, fullName, accountStatus }: { accountId: string; fullName: string; accountStatus: EcuapassAccountStatus }) {
  const request = await findRequestOfAccount(accountId);
  if (!request) {
    return (
      <>
        <h1>Mi página</h1>
        <p className="lead">Su cuenta todavía no está activa. Comuníquese con el SENAE para conocer el estado de su registro.</p>
      </>
    );
  }
  const view = applicantStatusView(request);
  const rejected = accountStatus === "rechazado" || request.status === "rechazada";
  return (
    <>
      <h1>Mi página</h1>
      <p className="lead">
        Bienvenido(a), {fullName}.{" "}
        {rejected
          ? `Su solicitud de registro como ${view.typeLabel} fue rechazada.`
          : `Su solicitud de registro como ${view.typeLabel} todavía no está aprobada: hasta entonces solo puede ver su estado.`}
      </p>

      <section className="card" aria-labelledby="estado">
        <h2 id="estado">Estado de su solicitud</h2>
        <p>
          <span className={STATUS_TAG[request.status]}>{view.statusLabel}</span>
        </p>
        <dl className="summary">
          <dt>Tipo de registro</dt>
          <dd>{view.typeLabel}</dd>
          {!rejected && (
            <>
              <dt>La aprueba</dt>
              <dd>{view.approver}</dd>
            </>
          )}
          {view.serviceTime && (
            <>
              <dt>Tiempo de servicio</dt>
              <dd>{view.serviceTime}</dd>
            </>
          )}
          <dt>Enviada el</dt>
          <dd>{formatDateTime(request.submittedAt)}</dd>
          {request.decidedAt && (
            <>
              <dt>{rejected ? "Rechazada el" : "Revisada el"}</dt>
              <dd>{formatDateTime(request.decidedAt)}</dd>
            </>
          )}
        </dl>
        {view.reason && (
          <div className={rejected ? "notice notice--error" : "notice notice--warning"}>
            <p>
              <strong>Motivo:</strong> {view.reason}
            </p>
          </div>
        )}
        {rejected && <p>Si tiene preguntas sobre esta decisión, comuníquese con el SENAE.</p>}
      </section>

      {view.missing.length > 0 && (
        <section className="card" aria-labelledby="falta">
          <h2 id="falta">Qué falta</h2>
          <ul>
            {view.missing.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
