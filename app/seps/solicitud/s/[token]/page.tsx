import type { Metadata } from "next";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { formatFileSize } from "@/lib/format/size";
import { notFound } from "next/navigation";
import { PdfPreviewToggle } from "@/components/pdf/pdf-preview-toggle";
import { RemitForm } from "@/components/seps/remit-form";
import { RequestStatus } from "@/components/seps/request-status";
import { SignatureVerdictView } from "@/components/seps/signature-verdict";
import { SignedUploadForm } from "@/components/seps/signed-upload-form";
import { CorrectionForm } from "@/components/seps/correction-form";
import { WithdrawForm } from "@/components/seps/withdraw-form";
import { correctionSections } from "@/lib/seps/correction";
import { DOCUMENT_KINDS, DOCUMENT_SIGNER, DOCUMENT_TITLES } from "@/lib/seps/documents";
import { EXPIRY_DAYS, WITHDRAWABLE, expiresAt } from "@/lib/seps/lifecycle";
import { currentDocuments, getRequestDetail } from "@/lib/seps/queries";
import { SERVICE_BUSINESS_DAYS } from "@/lib/seps/business-days";
import { APPLICANT_EDITABLE, findRequestByToken, requestLink } from "@/lib/seps/requests";
import { STATUS_LABEL } from "@/lib/seps/status";
import { SECTOR_LABEL } from "@/lib/seps/roles";
import { UPLOAD_TOO_LARGE } from "@/lib/security/headers";
import { correctDataAction, remitAction, uploadSignedAction, withdrawAction } from "./actions";
import "../../../seps.css";

export const metadata: Metadata = { title: "Su solicitud de usuario y clave", referrer: "same-origin", robots: { index: false } };

const STATUS_TAG: Record<string, string> = {
  pendiente_documentos: "tag--warning",
  en_revision: "tag",
  aprobada: "tag--success",
  rechazada: "tag--danger",
  correccion_solicitada: "tag--warning",
  retirada: "tag--muted",
  caducada: "tag--muted",
};


export default async function SepsRequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ nueva?: string; subida?: string }>;
}) {
  const { token } = await params;
  const { nueva, subida } = await searchParams;
  const found = await findRequestByToken(token);
  if (!found) notFound();
  const detail = (await getRequestDetail(found.id))!;
  const { request } = detail;
  const generated = currentDocuments(detail.documents, "generado");
  const signed = currentDocuments(detail.documents, "firmado");
  const editable = APPLICANT_EDITABLE.includes(request.status);
  const ready = DOCUMENT_KINDS.every((k) => signed.has(k));
  const fileUrl = (id: string) => `/api/seps/s/${token}/documentos/${id}`;

  return (
    <>
      <h1>Solicitud {request.number}</h1>
      {nueva === "1" && (
        <div className="notice notice--success" role="status">
          <h2>Su solicitud fue guardada</h2>
          <p>
            Enviamos el enlace privado de esta página al correo del usuario ({request.userEmail}) y al del representante legal
            registrado. Guárdelo: con él descargará los documentos, subirá las copias firmadas y seguirá el trámite.
          </p>
          <div className="field copy-link">
            <label htmlFor="enlace">Enlace privado de la solicitud</label>
            <input id="enlace" readOnly value={requestLink(token)} />
          </div>
        </div>
      )}

      <RequestStatus status={request.status} labelledBy="estado">
        <h2 id="estado">Estado</h2>
        <p>
          <span className={`tag ${STATUS_TAG[request.status]}`}>{STATUS_LABEL[request.status]}</span>
        </p>
        <StatusExplanation status={request.status} reason={request.decisionReason} grantsAccess={detail.roles.some((r) => r.requestAccess)} />
        {request.status === "pendiente_documentos" && (
          <p>
            Si no se remite en {EXPIRY_DAYS} días desde que se guardó, la solicitud caduca (a partir del{" "}
            {formatDate(expiresAt(request))}); una semana antes se enviará un aviso por correo.
          </p>
        )}
        <dl className="summary">
          <dt>Organización</dt>
          <dd>
            {request.orgRazonSocial} (RUC {request.orgRuc}) — {SECTOR_LABEL[request.sector]}
          </dd>
          <dt>Usuario de la clave</dt>
          <dd>
            {request.userName} (C.C. {request.userCedula})
          </dd>
          <dt>Roles</dt>
          <dd>
            <ul>
              {detail.roles.map((r) => (
                <li key={r.code}>
                  {r.name}: {[r.requestAccess && "acceso", r.requestDeactivation && "desactivación del usuario actual"].filter(Boolean).join(" y ")}
                </li>
              ))}
            </ul>
          </dd>
          <dt>Guardada</dt>
          <dd>{formatDateTime(request.createdAt)}</dd>
          {request.submittedAt && (
            <>
              <dt>Remitida</dt>
              <dd>{formatDateTime(request.submittedAt)}</dd>
            </>
          )}
        </dl>
      </RequestStatus>

      {request.status === "correccion_solicitada" && correctionSections(request).length > 0 && (
        <section aria-labelledby="corregir">
          <h2 id="corregir">Corregir los datos</h2>
          <p>La SEPS pidió corregir los datos siguientes. Revise el motivo indicado arriba.</p>
          <CorrectionForm
            action={correctDataAction}
            token={token}
            sections={correctionSections(request)}
            values={{
              cedula: request.userCedula,
              nombres: request.userName,
              correo: request.userEmail,
              empleado: request.userIsEmployee ? "si" : "no",
              cargo: request.userPosition,
              resolucion: request.resolutionNumber ?? "",
              tramiteCedula: request.proxyCedula ?? "",
              tramiteNombres: request.proxyName ?? "",
            }}
          />
        </section>
      )}

      <section aria-labelledby="documentos">
        <h2 id="documentos">Documentos</h2>
        <p>
          Descargue los tres documentos, fírmelos (firma manuscrita escaneada o firma electrónica) y suba cada copia firmada en PDF.
        </p>
        {subida === "excede" && editable && (
          <div className="notice notice--error" role="alert">
            <p>No se subió el archivo: {UPLOAD_TOO_LARGE.charAt(0).toLowerCase() + UPLOAD_TOO_LARGE.slice(1)} Reduzca el PDF (por ejemplo, escanee en blanco y negro a 200 ppp) e intente otra vez.</p>
          </div>
        )}
        <div className="documents">
          {DOCUMENT_KINDS.map((kind) => {
            const doc = generated.get(kind);
            const copy = signed.get(kind);
            const title = DOCUMENT_TITLES[kind];
            return (
              <section key={kind} className="card document-card" aria-labelledby={`doc-${kind}`}>
                <h3 id={`doc-${kind}`}>{title}</h3>
                <p className="hint">Lo firma {DOCUMENT_SIGNER[kind]}.</p>
                {doc && (
                  <div className="actions">
                    <a className="button" href={fileUrl(doc.id)} download={doc.fileName}>
                      Descargar PDF<span className="visually-hidden"> de {title}</span>
                    </a>
                    <PdfPreviewToggle url={fileUrl(doc.id)} title={title} />
                  </div>
                )}
                <p>
                  <strong>Copia firmada: </strong>
                  {copy ? (
                    <>
                      <span className="tag tag--success">Subida</span> el {formatDateTime(copy.createdAt)} ({formatFileSize(copy.sizeBytes)}).{" "}
                      <a href={fileUrl(copy.id)} download={copy.fileName}>
                        Descargar la copia subida<span className="visually-hidden"> de {title}</span>
                      </a>
                      <br />
                      <span className="hint hash">SHA-256: {copy.sha256}</span>
                    </>
                  ) : (
                    <span className="tag tag--muted">Pendiente</span>
                  )}
                </p>
                {copy && <SignatureVerdictView verdict={copy.signatureCheck} />}
                {editable && <SignedUploadForm action={uploadSignedAction} token={token} kind={kind} title={title} replacing={Boolean(copy)} />}
              </section>
            );
          })}
        </div>
      </section>

      {editable && (
        <section aria-labelledby="remitir">
          <h2 id="remitir">Remitir a la Superintendencia</h2>
          <p>
            Cuando haya subido las tres copias firmadas, remita la solicitud. La SEPS la revisará en un plazo de {SERVICE_BUSINESS_DAYS}{" "}
            días hábiles; hasta que la remita puede reemplazar cualquier copia.
          </p>
          <RemitForm action={remitAction} token={token} ready={ready} />
        </section>
      )}

      {WITHDRAWABLE.includes(request.status) && (
        <section aria-labelledby="retirar">
          <h2 id="retirar">Retirar la solicitud</h2>
          <p>
            Si ya no necesita el acceso, o si la solicitud tiene un error que prefiere corregir presentando una nueva, puede
            retirarla mientras la SEPS no la haya decidido. Se avisará por correo al usuario y al representante legal.
          </p>
          <WithdrawForm action={withdrawAction} token={token} />
        </section>
      )}
    </>
  );
}

function StatusExplanation({ status, reason, grantsAccess }: { status: string; reason: string | null; grantsAccess: boolean }) {
  switch (status) {
    case "pendiente_documentos":
      return (
        <p>
          Qué sigue: descargue los tres documentos, recoja las firmas, suba las copias firmadas y oprima «Remitir a la
          Superintendencia». El tiempo de atención de la SEPS es de {SERVICE_BUSINESS_DAYS} días hábiles desde que la remite.
        </p>
      );
    case "en_revision":
      return (
        <p>
          La SEPS está revisando su solicitud. El tiempo de atención es de {SERVICE_BUSINESS_DAYS} días hábiles. Si se aprueba, el
          usuario recibirá en su correo el enlace para crear su contraseña, válido por 72 horas.
        </p>
      );
    case "aprobada":
      return grantsAccess ? (
        <p>La solicitud fue aprobada. El usuario recibió en su correo el enlace para crear su contraseña (válido por 72 horas).</p>
      ) : (
        <p>La solicitud fue aprobada: se desactivaron los roles indicados y se notificó por correo a quienes los tenían.</p>
      );
    case "rechazada":
      return (
        <div className="notice notice--error">
          <p>La SEPS rechazó la solicitud.</p>
          {reason && <p>Motivo: {reason}</p>}
        </div>
      );
    case "correccion_solicitada":
      return (
        <div className="notice notice--warning">
          <p>La SEPS solicita una corrección. Suba las copias corregidas y remita la solicitud otra vez.</p>
          {reason && <p>Motivo: {reason}</p>}
        </div>
      );
    case "retirada":
      return <p>La solicitud fue retirada con su enlace privado antes de que la SEPS la decidiera. Ya no se puede reabrir.</p>;
    case "caducada":
      return (
        <p>
          La solicitud caducó: pasaron {EXPIRY_DAYS} días sin que se remitieran los documentos firmados. Si todavía necesita el
          acceso, presente una nueva solicitud.
        </p>
      );
    default:
      return null;
  }
}
