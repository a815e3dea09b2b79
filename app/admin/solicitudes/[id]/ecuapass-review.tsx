import { RequestHistory } from "@/components/admin/request-history";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DocumentLink, SupersededCopies } from "@/components/admin/document-link";
import { SignatureVerdictView } from "@/components/seps/signature-verdict";
import { accountStatus } from "@/lib/accounts/labels";
import { countryName } from "@/lib/catalog/countries";
import { cantonName, provinceName } from "@/lib/catalog/ecuador";
import { now } from "@/lib/clock";
import { RUC_KIND_LABEL } from "@/lib/ecuapass/organization-schema";
import {
  APPROVER_LABEL,
  CORRECTION_SECTION_LABEL,
  REGISTRATION_TYPE_INFO,
  REQUEST_STATUS_LABEL,
  SENAE_SERVICE_BUSINESS_DAYS,
  correctionSectionsFor,
} from "@/lib/ecuapass/registration-types";
import { describeRequestDetails, needsRespaldo } from "@/lib/ecuapass/request-details";
import type { EcuapassDocumentMeta, EcuapassReviewDetail } from "@/lib/ecuapass/review";
import { isElectronicallySigned } from "@/lib/ecuapass/solicitud-uso";
import { DOC_TYPES, FIELD_LABELS } from "@/lib/ecuapass/rules";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { serviceTime } from "@/lib/seps/business-days";
import { EcuapassDecisionForms } from "./ecuapass-decision-forms";
import { SummaryList } from "@/components/summary-list";

// SENAE's review of one Ecuapass registration request: the same look as a SEPS request's page
// (data, documents with their signature verdicts, decision, history).

const STATUS_TAG = {
  pendiente_aprobacion: "tag",
  aprobada: "tag tag--success",
  rechazada: "tag tag--danger",
  correccion_solicitada: "tag tag--warning",
} as const;

const DOCUMENT_TITLE = { solicitud_uso: "Solicitud de uso", respaldo: "Documento de respaldo" } as const;

/** Documents are served by the Ecuapass documents route (staff and the applicant only). */
const documentUrl = (doc: EcuapassDocumentMeta) => `/api/ecuapass/documentos/${doc.id}`;

function EcuapassDocument({ doc, title }: { doc: EcuapassDocumentMeta; title: string }) {
  return <DocumentLink url={documentUrl(doc)} doc={doc} title={title} verificationCode={doc.verificationCode} />;
}

/** What approving requires or does, in the reviewer's words (shown above the «Aprobar» button). */
function approveSummary(detail: EcuapassReviewDetail, signed: EcuapassDocumentMeta | undefined) {
  const { request } = detail;
  if (REGISTRATION_TYPE_INFO[request.type].approver === "senae") {
    const verdict = signed?.signatureCheck;
    return (
      <>
        <p>La cuenta quedará activa y la persona recibirá un correo.</p>
        <p>
          Requisito: la «Solicitud de uso» firmada electrónicamente, con una firma válida.{" "}
          {!signed ? (
            <strong>Aún no se subió.</strong>
          ) : !verdict ? (
            <strong>Su firma aún no fue verificada.</strong>
          ) : verdict.status === "invalida" ? (
            <strong>La copia subida tiene una firma no válida.</strong>
          ) : !isElectronicallySigned(verdict) ? (
            <strong>La copia subida no tiene firma electrónica.</strong>
          ) : (
            <span>Cumplido.</span>
          )}
        </p>
      </>
    );
  }
  return (
    <p>
      La organización no tiene un representante activo: decide el SENAE. La cuenta quedará activa con las funciones que marque, y la
      persona recibirá un correo.
    </p>
  );
}

export async function EcuapassReview({ detail }: { detail: EcuapassReviewDetail }) {
  const { request, account, documents, history } = detail;
  const info = REGISTRATION_TYPE_INFO[request.type];
  const pending = request.status === "pendiente_aprobacion";
  const service = pending ? serviceTime(request.submittedAt, now(), SENAE_SERVICE_BUSINESS_DAYS) : null;
  const current = (kind: EcuapassDocumentMeta["kind"], origin: EcuapassDocumentMeta["origin"]) =>
    documents.find((d) => d.kind === kind && d.origin === origin && d.supersededAt === null);
  const superseded = documents.filter((d) => d.supersededAt !== null);
  const generated = current("solicitud_uso", "generado");
  const signed = current("solicitud_uso", "subido");
  const respaldo = current("respaldo", "subido");
  const senaeType = info.approver === "senae";
  const hasRespaldo = request.type !== "usuario_general" && needsRespaldo(request.type);
  const docType = DOC_TYPES.find((d) => d.value === account.docType)?.label ?? account.docType;
  const place =
    account.countryCode === "EC"
      ? [cantonName(account.cantonCode), provinceName(account.provinceCode), "Ecuador"].filter(Boolean).join(", ")
      : countryName(account.countryCode);
  const sections = correctionSectionsFor(request, hasRespaldo).map((s) => ({
    value: s,
    label: CORRECTION_SECTION_LABEL[s]!,
  }));
  const status = accountStatus(account.status);

  return (
    <>
      <Breadcrumbs trail={[{ href: "/admin", label: "Bandeja" }]} current={account.userId} />
      <h1>
        Solicitud de registro de {account.userId} <span className={STATUS_TAG[request.status]}>{REQUEST_STATUS_LABEL[request.status]}</span>
      </h1>
      <p className="lead">
        Ecuapass · {info.label}
        {request.orgRazonSocial ? ` · ${request.orgRazonSocial}` : ""}
      </p>

      {service && (
        <div className={`notice ${service.overdue ? "notice--warning" : ""}`}>
          <p>
            Recibida el {formatDateTime(request.submittedAt)}. En espera:{" "}
            <strong className={service.overdue ? "overdue" : undefined}>
              {service.elapsed} {service.elapsed === 1 ? "día hábil" : "días hábiles"}
            </strong>{" "}
            de {SENAE_SERVICE_BUSINESS_DAYS}
            {service.overdue ? " — fuera del tiempo de atención." : `; vence el ${formatDate(service.dueAt)}.`}
          </p>
        </div>
      )}
      {request.decidedAt && !pending && (
        <div className={`notice ${request.status === "aprobada" ? "notice--success" : "notice--warning"}`}>
          <p>
            <strong>{REQUEST_STATUS_LABEL[request.status]}</strong> el {formatDateTime(request.decidedAt)}
            {detail.decidedByName ? ` por ${detail.decidedByName}` : ""}
            {request.decidedByAccount ? " (representante de la organización)" : ""}.
          </p>
          {request.decisionReason && <p>Motivo: {request.decisionReason}</p>}
          {request.status === "correccion_solicitada" && request.correctionFields?.length ? (
            <p>Secciones por corregir: {request.correctionFields.map((f) => CORRECTION_SECTION_LABEL[f] ?? f).join("; ")}.</p>
          ) : null}
        </div>
      )}
      {!senaeType && (
        <div className="notice">
          <p>
            Aprueba normalmente: {APPROVER_LABEL[info.approver]}.{" "}
            {detail.senaeDecides
              ? "La organización no tiene un representante activo: la solicitud pasó a la bandeja del SENAE."
              : "La organización tiene un representante activo: la decide su representante, no el SENAE."}
          </p>
        </div>
      )}

      <section aria-labelledby="cuenta-titulo">
        <h2 id="cuenta-titulo">Datos del usuario</h2>
        <SummaryList empty="—"
          rows={[
            [FIELD_LABELS.userId, account.userId],
            [FIELD_LABELS.docNumber, `${docType} ${account.docNumber}`],
            [FIELD_LABELS.fullName, account.fullName],
            [FIELD_LABELS.email, account.email],
            [FIELD_LABELS.mobile, `${account.mobile} (${account.mobileOperator})`],
            [FIELD_LABELS.phone1, account.phone1],
            [FIELD_LABELS.phone2, account.phone2],
            [FIELD_LABELS.address, account.address],
            [`${FIELD_LABELS.city}, ${FIELD_LABELS.province}, ${FIELD_LABELS.country}`, place],
            ["Registrada el", formatDateTime(account.createdAt)],
          ]}
        />
        <p>
          Cuenta: <span className={status.tag}>{status.label}</span> ·{" "}
          <Link href={`/admin/usuarios/ecuapass/${account.id}`}>Ver la ficha de la cuenta</Link>
        </p>
      </section>

      <section aria-labelledby="organizacion-titulo">
        <h2 id="organizacion-titulo">Datos de la organización</h2>
        {request.orgRuc ? (
          <SummaryList empty="—"
            rows={[
              ["RUC", request.orgRuc],
              ["Tipo de RUC", request.orgRucKind ? RUC_KIND_LABEL[request.orgRucKind] : null],
              ["Razón social", request.orgRazonSocial],
              ["Dirección", request.orgAddress],
              ["Teléfono", request.orgPhone],
            ]}
          />
        ) : (
          <p>No actúa a nombre de una organización.</p>
        )}
      </section>

      <section aria-labelledby="detalles-titulo">
        <h2 id="detalles-titulo">Datos de {info.label}</h2>
        <SummaryList empty="—" rows={describeRequestDetails(request.type, request.details).map((row) => [row.label, row.value])} />
      </section>

      <section aria-labelledby="documentos-titulo">
        <h2 id="documentos-titulo">Documentos</h2>
        {senaeType && (
          <section aria-labelledby="doc-solicitud_uso" className="card">
            <h3 id="doc-solicitud_uso">{DOCUMENT_TITLE.solicitud_uso}</h3>
            <p>A la izquierda, el documento que generó el sistema; a la derecha, la copia firmada que subió la persona solicitante.</p>
            <div className="documents-compare">
              <section aria-label="Solicitud de uso: generada">
                <h4>Generada</h4>
                {generated ? <EcuapassDocument doc={generated} title="Solicitud de uso (generada)" /> : <p>No hay documento generado.</p>}
              </section>
              <section aria-label="Solicitud de uso: firmada">
                <h4>Firmada (subida)</h4>
                {signed ? (
                  <>
                    {signed.signatureCheck ? <SignatureVerdictView verdict={signed.signatureCheck} open /> : <p>Firma aún no verificada.</p>}
                    <EcuapassDocument doc={signed} title="Solicitud de uso (firmada)" />
                  </>
                ) : (
                  <p>Aún no se subió la copia firmada.</p>
                )}
              </section>
            </div>
          </section>
        )}
        {hasRespaldo && (
          <section aria-labelledby="doc-respaldo" className="card">
            <h3 id="doc-respaldo">{DOCUMENT_TITLE.respaldo}</h3>
            {respaldo ? <EcuapassDocument doc={respaldo} title="Documento de respaldo" /> : <p>No se adjuntó el documento de respaldo.</p>}
          </section>
        )}
        {!senaeType && !hasRespaldo && <p>Este tipo de registro no lleva documentos.</p>}
        <SupersededCopies documents={superseded} titleOf={(doc) => DOCUMENT_TITLE[doc.kind]} urlOf={documentUrl} />
      </section>

      <section aria-labelledby="decision-titulo">
        <h2 id="decision-titulo">Decisión</h2>
        {pending && detail.senaeDecides ? (
          <EcuapassDecisionForms
            requestId={request.id}
            approveSummary={approveSummary(detail, signed)}
            functions={detail.functions.map((f) => ({ value: f.id, label: f.name, hint: f.description }))}
            sections={sections}
          />
        ) : pending ? (
          <p>La decide el representante de la organización.</p>
        ) : (
          <p>
            Solo se decide una solicitud «{REQUEST_STATUS_LABEL.pendiente_aprobacion}». Estado actual: <strong>{REQUEST_STATUS_LABEL[request.status]}</strong>.
          </p>
        )}
        {detail.grants.length > 0 && (
          <>
            <h3>Funciones asignadas</h3>
            <ul>
              {detail.grants.map((g) => (
                <li key={g.code}>
                  {g.name} <span className="hint">desde el {formatDate(g.grantedAt)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <RequestHistory history={history} />
    </>
  );
}
