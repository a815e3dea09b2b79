import { Fragment } from "react";
import { SignatureVerdictView } from "@/components/seps/signature-verdict";
import { SignedUploadForm } from "@/components/seps/signed-upload-form";
import { CorrectionForm } from "@/components/ecuapass/status/correction-form";
import type { EcuapassAccountStatus } from "@/lib/auth/kinds";
import { CORRECTABLE_SECTION_LABEL, correctableSections, missingSteps } from "@/lib/ecuapass/applicant-status";
import { describeRequestDetails, type DetailedType } from "@/lib/ecuapass/request-details";
import { detailsFormValues } from "@/lib/ecuapass/registration-forms";
import { findRequestOfAccount } from "@/lib/ecuapass/registration-requests";
import {
  APPROVER_LABEL,
  REGISTRATION_TYPE_INFO,
  REQUEST_STATUS_LABEL,
  SENAE_SERVICE_TIME,
  type RequestStatus,
} from "@/lib/ecuapass/registration-types";
import { RUC_KIND_LABEL } from "@/lib/ecuapass/organization-schema";
import {
  UPLOAD_OPEN,
  currentDocument,
  expectedSignerOfAccount,
  isElectronicallySigned,
  listRequestDocuments,
  needsSolicitudUso,
} from "@/lib/ecuapass/solicitud-uso";
import { formatDateTime } from "@/lib/format/dates";
import { formatFileSize } from "@/lib/format/size";
import { resubmitCorrectionAction, uploadSolicitudUsoAction } from "./request-actions";

const STATUS_TAG: Record<RequestStatus, string> = {
  pendiente_aprobacion: "tag tag--warning",
  aprobada: "tag tag--success",
  rechazada: "tag tag--danger",
  correccion_solicitada: "tag tag--warning",
};

const fileUrl = (id: string) => `/api/ecuapass/documentos/${id}`;

/**
 * "Mi página" of an account whose registration request is pending or was rejected: its request and
 * nothing else of the account. Pending: what is missing, who approves, the service time, the
 * "Solicitud de uso" to download, sign and upload (verdict shown at once), the correction SENAE
 * asked for. Rejected: the type, the state and the reason only.
 */
export async function RequestStatusPage({
  accountId,
  fullName,
  accountStatus,
}: {
  accountId: string;
  fullName: string;
  accountStatus: EcuapassAccountStatus;
}) {
  const request = await findRequestOfAccount(accountId);
  if (!request) {
    return (
      <>
        <h1>Mi página</h1>
        <p className="lead">Su cuenta todavía no está activa. Comuníquese con el SENAE para conocer el estado de su registro.</p>
      </>
    );
  }
  const info = REGISTRATION_TYPE_INFO[request.type];
  const rejected = accountStatus === "rechazado" || request.status === "rechazada";
  if (rejected) {
    return (
      <>
        <h1>Mi página</h1>
        <p className="lead">
          Bienvenido(a), {fullName}. Su solicitud de registro como {info.label} fue rechazada.
        </p>
        <section className="card" aria-labelledby="estado">
          <h2 id="estado">Estado de su solicitud</h2>
          <p>
            <span className={STATUS_TAG.rechazada}>{REQUEST_STATUS_LABEL.rechazada}</span>
          </p>
          <dl className="summary">
            <dt>Tipo de registro</dt>
            <dd>{info.label}</dd>
            {request.decidedAt && (
              <>
                <dt>Rechazada el</dt>
                <dd>{formatDateTime(request.decidedAt)}</dd>
              </>
            )}
          </dl>
          {request.decisionReason && (
            <div className="notice notice--error">
              <p>
                <strong>Motivo:</strong> {request.decisionReason}
              </p>
            </div>
          )}
          <p>Si tiene preguntas sobre esta decisión, comuníquese con el SENAE.</p>
        </section>
      </>
    );
  }

  const [documents, signer] = await Promise.all([listRequestDocuments(request.id), expectedSignerOfAccount(accountId)]);
  const needsSigned = needsSolicitudUso(request.type);
  const generated = currentDocument(documents, "solicitud_uso", "generado");
  const signed = currentDocument(documents, "solicitud_uso", "subido");
  const respaldo = currentDocument(documents, "respaldo", "subido");
  const uploadOpen = UPLOAD_OPEN.includes(request.status);
  const missing = missingSteps(
    request,
    signed
      ? {
          electronicallySigned: isElectronicallySigned(signed.signatureCheck),
          afterDecision: !request.decidedAt || signed.createdAt > request.decidedAt,
        }
      : null,
    needsSigned,
  );
  const senae = info.approver === "senae";
  const details = describeRequestDetails(request.type, request.details);
  const sections = request.status === "correccion_solicitada" ? correctableSections(request) : [];

  return (
    <>
      <h1>Mi página</h1>
      <p className="lead">
        Bienvenido(a), {fullName}. Su solicitud de registro como {info.label} todavía no está aprobada: hasta entonces solo puede ver y
        completar esta solicitud.
      </p>

      <section className="card" aria-labelledby="estado">
        <h2 id="estado">Estado de su solicitud</h2>
        <p>
          <span className={STATUS_TAG[request.status]}>{REQUEST_STATUS_LABEL[request.status]}</span>
        </p>
        <dl className="summary">
          <dt>Tipo de registro</dt>
          <dd>{info.label}</dd>
          <dt>La aprueba</dt>
          <dd>{APPROVER_LABEL[info.approver]}</dd>
          {senae && (
            <>
              <dt>Tiempo de servicio</dt>
              <dd>{SENAE_SERVICE_TIME}, desde que la solicitud está completa</dd>
            </>
          )}
          <dt>Enviada el</dt>
          <dd>{formatDateTime(request.submittedAt)}</dd>
          {request.orgRazonSocial && (
            <>
              <dt>Organización</dt>
              <dd>
                {request.orgRazonSocial} (RUC {request.orgRuc}
                {request.orgRucKind ? `, ${RUC_KIND_LABEL[request.orgRucKind].toLowerCase()}` : ""})
              </dd>
            </>
          )}
          {details.map((row) => (
            <Fragment key={row.label}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </Fragment>
          ))}
        </dl>
        {request.status === "correccion_solicitada" && request.decisionReason && (
          <div className="notice notice--warning">
            <p>
              <strong>El SENAE solicita una corrección.</strong> Motivo: {request.decisionReason}
            </p>
          </div>
        )}
      </section>

      {missing.length > 0 && (
        <section className="card" aria-labelledby="falta">
          <h2 id="falta">Qué falta</h2>
          <ol>
            {missing.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
        </section>
      )}

      {needsSigned && (
        <section className="card document-card" aria-labelledby="solicitud-uso">
          <h2 id="solicitud-uso">Solicitud de uso</h2>
          <p>
            Descargue la Solicitud de uso, fírmela electrónicamente sin modificarla (por ejemplo, con FirmaEC) con el certificado de firma
            electrónica emitido a su nombre{signer ? ` (cédula ${signer.cedula})` : ""}, y suba el archivo firmado.
          </p>
          {generated ? (
            <p>
              <a className="button" href={fileUrl(generated.id)} download={generated.fileName}>
                Descargar la Solicitud de uso (PDF)
              </a>
              <br />
              <span className="hint">Código de verificación: {generated.verificationCode}</span>
            </p>
          ) : (
            <p className="hint">La Solicitud de uso de esta solicitud no está disponible. Comuníquese con el SENAE.</p>
          )}
          <p>
            <strong>Copia firmada: </strong>
            {signed ? (
              <>
                <span className="tag tag--success">Subida</span> el {formatDateTime(signed.createdAt)} ({formatFileSize(signed.sizeBytes)}).{" "}
                <a href={fileUrl(signed.id)} download={signed.fileName}>
                  Descargar la copia subida
                </a>
                <br />
                <span className="hint hash">SHA-256: {signed.sha256}</span>
              </>
            ) : (
              <span className="tag tag--muted">Pendiente</span>
            )}
          </p>
          {signed && <SignatureVerdictView verdict={signed.signatureCheck} />}
          {signed && signed.signatureCheck?.status === "sin_firma" && (
            <p className="notice notice--warning">
              Esta copia no tiene firma electrónica. La Solicitud de uso se firma electrónicamente: suba la copia firmada.
            </p>
          )}
          {uploadOpen && generated && (
            <SignedUploadForm action={uploadSolicitudUsoAction} kind="solicitud-uso" title="Solicitud de uso" replacing={Boolean(signed)} />
          )}
        </section>
      )}

      {respaldo && (
        <section className="card" aria-labelledby="respaldo-titulo">
          <h2 id="respaldo-titulo">Documento de respaldo</h2>
          <p>
            Subido el {formatDateTime(respaldo.createdAt)} ({formatFileSize(respaldo.sizeBytes)}).{" "}
            <a href={fileUrl(respaldo.id)} download={respaldo.fileName}>
              Descargar el documento de respaldo
            </a>
          </p>
        </section>
      )}

      {request.status === "correccion_solicitada" && (
        <section className="card" aria-labelledby="corregir">
          <h2 id="corregir">Corregir y reenviar</h2>
          <p>
            {sections.length > 0
              ? `Corrija lo que el SENAE indicó (${sections.map((s) => CORRECTABLE_SECTION_LABEL[s].toLowerCase()).join("; ")}) y reenvíe la solicitud.`
              : "Cuando haya atendido lo que el SENAE indicó, reenvíe la solicitud."}
          </p>
          <CorrectionForm
            action={resubmitCorrectionAction}
            sections={sections}
            values={{
              orgRuc: request.orgRuc ?? "",
              orgRazonSocial: request.orgRazonSocial ?? "",
              orgAddress: request.orgAddress ?? "",
              orgPhone: request.orgPhone ?? "",
              position: typeof request.details.position === "string" ? request.details.position : "",
            }}
            type={request.type as DetailedType}
            details={detailsFormValues(request.details)}
            rucKind={request.orgRucKind ?? null}
          />
        </section>
      )}
    </>
  );
}
