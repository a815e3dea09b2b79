import type { Metadata } from "next";
import { RequestHistory } from "@/components/admin/request-history";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DocumentLink, SupersededCopies } from "@/components/admin/document-link";
import { SignatureVerdictView } from "@/components/seps/signature-verdict";
import { requireStaff } from "@/lib/auth/guards";
import { recordPersonalDataAccess } from "@/lib/privacy/access-log";
import { now } from "@/lib/clock";
import { SERVICE_BUSINESS_DAYS, serviceTime } from "@/lib/seps/business-days";
import { DOCUMENT_TITLES } from "@/lib/seps/documents";
import { getReviewDetail, type DocumentMeta } from "@/lib/seps/queries";
import { STATUS_LABEL, STATUS_TAG } from "@/lib/seps/status";
import { SECTOR_LABEL, findRole } from "@/lib/seps/roles";
import { getEcuapassReviewDetail } from "@/lib/ecuapass/review";
import { DecisionForms } from "./decision-forms";
import { EcuapassReview } from "./ecuapass-review";

export const metadata: Metadata = { title: "Solicitud" };

const ACCOUNT_STATUS = {
  pendiente_activacion: "Pendiente de activación (aún no generó su contraseña)",
  activo: "Activo",
  desactivado: "Desactivado",
  suspendido: "Suspendido",
} as const;

const documentUrl = (requestId: string, doc: DocumentMeta) => `/api/admin/solicitudes/${requestId}/documentos/${doc.id}`;

const KINDS: DocumentMeta["kind"][] = ["solicitud", "acuerdo_confidencialidad", "consentimiento_datos"];

function yesNo(value: boolean) {
  return value ? "Sí" : "No";
}

export default async function ReviewRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff();
  const { id } = await params;
  const detail = await getReviewDetail(id);
  if (!detail) {
    // Not a SEPS request: an Ecuapass registration request (same route, one queue).
    const ecuapass = await getEcuapassReviewDetail(id);
    if (!ecuapass) notFound();
    await recordPersonalDataAccess({ id: staff.id, label: staff.name }, { kind: "ecuapass", id: ecuapass.account.id }, "solicitud de registro Ecuapass");
    return <EcuapassReview detail={ecuapass} />;
  }
  const { request, roles, documents, organization, occupancy, history, account } = detail;
  // The request carries the data of a person who has an account: this read lands in their access log.
  if (account) await recordPersonalDataAccess({ id: staff.id, label: staff.name }, { kind: "seps", id: account.id }, "solicitud SEPS");
  const service = request.status === "en_revision" ? serviceTime(request.submittedAt ?? request.createdAt, now()) : null;
  const current = (kind: DocumentMeta["kind"], origin: DocumentMeta["origin"]) =>
    documents.find((d) => d.kind === kind && d.origin === origin && d.supersededAt === null);
  const superseded = documents.filter((d) => d.supersededAt !== null);
  const catastroChanged =
    organization &&
    (organization.legalRepCedula !== request.legalRepCedula ||
      organization.razonSocial !== request.orgRazonSocial ||
      organization.sector !== request.sector);
  const grants = roles.filter((r) => r.requestAccess).map((r) => findRole(r.roleCode)?.name ?? r.roleCode);
  const deactivations = roles.filter((r) => r.requestDeactivation);
  const approveSummary = [
    grants.length ? `Se asignará: ${grants.join("; ")}.` : "La solicitud no pide roles nuevos.",
    deactivations.length ? `Se desactivará ${deactivations.length === 1 ? "1 usuario" : `${deactivations.length} usuarios`} anterior(es).` : "",
    account?.status === "activo"
      ? "El usuario ya tiene cuenta: recibirá los roles y un aviso por correo."
      : "El usuario recibirá un enlace para generar su contraseña (válido 72 horas).",
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <>
      <Breadcrumbs trail={[{ href: "/admin", label: "Bandeja" }]} current={request.number} />
      <h1>
        Solicitud {request.number} <span className={STATUS_TAG[request.status]}>{STATUS_LABEL[request.status]}</span>
      </h1>
      <p className="lead">
        {SECTOR_LABEL[request.sector]} · {request.orgRazonSocial}
      </p>

      {service && (
        <div className={`notice ${service.overdue ? "notice--warning" : ""}`}>
          <p>
            Remitida el {formatDateTime(request.submittedAt ?? request.createdAt)}. En espera:{" "}
            <strong className={service.overdue ? "overdue" : undefined}>
              {service.elapsed} {service.elapsed === 1 ? "día hábil" : "días hábiles"}
            </strong>{" "}
            de {SERVICE_BUSINESS_DAYS}
            {service.overdue ? " — fuera del tiempo de atención." : `; vence el ${formatDate(service.dueAt)}.`}
          </p>
        </div>
      )}
      {request.decidedAt && request.status !== "en_revision" && request.status !== "pendiente_documentos" && (
        <div className={`notice ${request.status === "aprobada" ? "notice--success" : "notice--warning"}`}>
          <p>
            <strong>{STATUS_LABEL[request.status]}</strong> el {formatDateTime(request.decidedAt)}
            {detail.decidedByName ? ` por ${detail.decidedByName}` : ""}.
          </p>
          {request.decisionReason && <p>Motivo: {request.decisionReason}</p>}
          {request.status === "aprobada" && account && <p>Cuenta del usuario: {ACCOUNT_STATUS[account.status]}.</p>}
        </div>
      )}

      <section aria-labelledby="roles-titulo">
        <h2 id="roles-titulo">Sistemas y roles solicitados</h2>
        <div className="table-wrap">
          <table className="stack-table">
            <thead>
              <tr>
                <th scope="col">Sistema / rol</th>
                <th scope="col">¿Solicita acceso?</th>
                <th scope="col">¿Solicita desactivación?</th>
                <th scope="col">Usuario a desactivar</th>
                <th scope="col">Titulares actuales</th>
              </tr>
            </thead>
            <tbody>
              {roles.map((row) => {
                const role = findRole(row.roleCode);
                const holders = occupancy.get(row.roleCode);
                const max = role?.maxPerOrganization ?? 1;
                return (
                  <tr key={row.id}>
                    <td>
                      <strong>{role?.name ?? row.roleCode}</strong>
                      <br />
                      <span className="hint">{role?.description}</span>
                    </td>
                    <td data-label="¿Solicita acceso?">{yesNo(row.requestAccess)}</td>
                    <td data-label="¿Solicita desactivación?">{yesNo(row.requestDeactivation)}</td>
                    <td data-label="Usuario a desactivar">{row.requestDeactivation ? (row.deactivateCedula ?? `${request.userCedula} (el propio usuario)`) : "—"}</td>
                    <td data-label="Titulares actuales">
                      {holders?.holders.length ? (
                        <ul>
                          {holders.holders.map((h) => (
                            <li key={h.userId}>
                              {h.fullName} (C.I. {h.cedula})
                            </li>
                          ))}
                        </ul>
                      ) : (
                        "Ninguno"
                      )}
                      <span className={holders?.full ? "tag tag--warning" : "tag tag--muted"}>
                        {holders?.holders.length ?? 0} de {max} por entidad
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="usuario-titulo">
        <h2 id="usuario-titulo">Datos Personales del Usuario</h2>
        <dl className="summary">
          <dt>Tipo</dt>
          <dd>{request.userType === "natural" ? "Natural" : request.userType}</dd>
          <dt>Cédula de Ciudadanía / Identidad</dt>
          <dd>{request.userCedula}</dd>
          <dt>Nombres Completos</dt>
          <dd>{request.userName}</dd>
          <dt>Correo electrónico</dt>
          <dd>{request.userEmail}</dd>
          <dt>¿Es empleado de la organización?</dt>
          <dd>{yesNo(request.userIsEmployee)}</dd>
          <dt>Función o cargo que desempeña</dt>
          <dd>{request.userPosition}</dd>
          {request.resolutionNumber && (
            <>
              <dt>Número de Resolución Calificación</dt>
              <dd>{request.resolutionNumber}</dd>
            </>
          )}
          {account && (
            <>
              <dt>Cuenta SEPS</dt>
              <dd>{ACCOUNT_STATUS[account.status]}</dd>
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="organizacion-titulo">
        <h2 id="organizacion-titulo">Datos de la Organización</h2>
        <div className="grid-2">
          <div>
            <h3>En la solicitud</h3>
            <dl className="summary">
              <dt>RUC</dt>
              <dd>{request.orgRuc}</dd>
              <dt>Razón Social</dt>
              <dd>{request.orgRazonSocial}</dd>
              <dt>Correo de la organización</dt>
              <dd>{request.orgEmail}</dd>
              <dt>Segmento / Nivel</dt>
              <dd>{request.orgSegmentoNivel}</dd>
              <dt>Cédula Rep. Legal</dt>
              <dd>{request.legalRepCedula}</dd>
              <dt>Nombres Completos de Rep. Legal</dt>
              <dd>{request.legalRepName}</dd>
              <dt>Correo del representante</dt>
              <dd>{request.legalRepEmail}</dd>
            </dl>
          </div>
          <div>
            <h3>En el catastro hoy</h3>
            {organization ? (
              <>
                {catastroChanged && (
                  <p className="notice notice--warning">El catastro cambió desde que se guardó la solicitud: compare los datos.</p>
                )}
                <dl className="summary">
                  <dt>RUC</dt>
                  <dd>{organization.ruc}</dd>
                  <dt>Razón Social</dt>
                  <dd>{organization.razonSocial}</dd>
                  <dt>Sector</dt>
                  <dd>{SECTOR_LABEL[organization.sector]}</dd>
                  <dt>Segmento / Nivel</dt>
                  <dd>{organization.segmentoNivel}</dd>
                  <dt>Correo</dt>
                  <dd>{organization.email}</dd>
                  <dt>Representante legal</dt>
                  <dd>
                    {organization.legalRepName} (C.I. {organization.legalRepCedula}), {organization.legalRepEmail}
                  </dd>
                </dl>
              </>
            ) : (
              <p>La organización ya no consta en el catastro.</p>
            )}
          </div>
        </div>
      </section>

      <section aria-labelledby="tramite-titulo">
        <h2 id="tramite-titulo">Datos de la persona que va a realizar el trámite</h2>
        {request.proxyCedula ? (
          <dl className="summary">
            <dt>Cédula de Ciudadanía / Identidad</dt>
            <dd>{request.proxyCedula}</dd>
            <dt>Nombres Completos</dt>
            <dd>{request.proxyName}</dd>
          </dl>
        ) : (
          <p>No se autorizó a un tercero.</p>
        )}
        <p className="hint">
          Aviso de protección de datos aceptado: versión {request.privacyNoticeVersion} (SHA-256{" "}
          <span className="mono">{request.privacyNoticeHash}</span>).
        </p>
      </section>

      <section aria-labelledby="documentos-titulo">
        <h2 id="documentos-titulo">Documentos</h2>
        <p>A la izquierda, el documento que generó el sistema; a la derecha, la copia firmada que subió la persona solicitante.</p>
        {KINDS.map((kind) => {
          const generated = current(kind, "generado");
          const signed = current(kind, "firmado");
          return (
            <section key={kind} aria-labelledby={`doc-${kind}`} className="card">
              <h3 id={`doc-${kind}`}>{DOCUMENT_TITLES[kind]}</h3>
              <div className="documents-compare">
                <section aria-label={`${DOCUMENT_TITLES[kind]}: generado`}>
                  <h4>Generado</h4>
                  {generated ? (
                    <DocumentLink url={documentUrl(request.id, generated)} doc={generated} title={`${DOCUMENT_TITLES[kind]} (generado)`} />
                  ) : <p>No hay documento generado.</p>}
                </section>
                <section aria-label={`${DOCUMENT_TITLES[kind]}: firmado`}>
                  <h4>Firmado (subido)</h4>
                  {signed ? (
                    <>
                      <SignatureVerdictView verdict={signed.signatureCheck} open />
                      <DocumentLink url={documentUrl(request.id, signed)} doc={signed} title={`${DOCUMENT_TITLES[kind]} (firmado)`} />
                    </>
                  ) : <p>Aún no se subió la copia firmada.</p>}
                </section>
              </div>
            </section>
          );
        })}
        <SupersededCopies documents={superseded} titleOf={(doc) => DOCUMENT_TITLES[doc.kind]} urlOf={(doc) => documentUrl(request.id, doc)} />
      </section>

      <section aria-labelledby="decision-titulo">
        <h2 id="decision-titulo">Decisión</h2>
        {request.status === "en_revision" ? (
          <DecisionForms requestId={request.id} approveSummary={approveSummary} />
        ) : (
          <p>
            Solo se decide una solicitud «En revisión». Estado actual: <strong>{STATUS_LABEL[request.status]}</strong>.
          </p>
        )}
      </section>

      <RequestHistory history={history} />
    </>
  );
}
