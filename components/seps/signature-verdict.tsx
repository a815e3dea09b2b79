import { formatDateTime } from "@/lib/format/dates";
import { VERDICT_LABEL, type CheckStatus, type SignatureCheck, type SignatureVerdict } from "@/lib/signatures/types";

const TAG: Record<SignatureVerdict["status"], string> = {
  valida: "tag tag--success",
  advertencias: "tag tag--warning",
  invalida: "tag tag--danger",
  sin_firma: "tag tag--warning",
};

const CHECK_LABEL: Record<SignatureCheck["id"], string> = {
  estructura: "Estructura",
  integridad: "Integridad",
  firma: "Firma",
  sello: "Sello de tiempo",
  cadena: "Entidad certificadora",
  vigencia: "Vigencia del certificado",
  revocacion: "Revocación",
  cobertura: "Cobertura",
  firmante: "Firmante",
  documento: "Mismo documento",
};

const STATUS_TEXT: Record<CheckStatus, string> = { ok: "Correcto", advertencia: "Advertencia", error: "Error", no_verificado: "No verificado" };
const STATUS_CLASS: Record<CheckStatus, string> = { ok: "status-ok", advertencia: "status-warn", error: "status-bad", no_verificado: "status-warn" };


function Checks({ checks }: { checks: SignatureCheck[] }) {
  return (
    <ul className="signature-checks">
      {checks.map((check, i) => (
        <li key={`${check.id}-${i}`}>
          <span className={STATUS_CLASS[check.status]}>{STATUS_TEXT[check.status]}</span> · <strong>{CHECK_LABEL[check.id]}:</strong> {check.message}
        </li>
      ))}
    </ul>
  );
}

/** The electronic-signature verdict of one uploaded copy: the same for the reviewer and the applicant. */
export function SignatureVerdictView({ verdict, open = false }: { verdict: SignatureVerdict | null; open?: boolean }) {
  if (!verdict) return <p className="hint">Firma electrónica: sin verificar (copia subida antes de la verificación de firmas).</p>;
  return (
    <div className="signature-verdict">
      <p>
        <span className={TAG[verdict.status]}>{VERDICT_LABEL[verdict.status]}</span>
      </p>
      {verdict.status !== "sin_firma" && <p>{verdict.summary}</p>}
      {verdict.signatures.length > 0 && (
        <details open={open}>
          <summary>Detalle de {verdict.signatures.length === 1 ? "la firma" : `las ${verdict.signatures.length} firmas`}</summary>
          {verdict.checks.length > 0 && <Checks checks={verdict.checks} />}
          {verdict.signatures.map((signature, i) => (
            <div key={i} className="signature-item">
              <h5>
                {signature.kind === "sello_tiempo" ? "Sello de tiempo" : `Firma ${i + 1}`}: {signature.signerName ?? "firmante desconocido"}
              </h5>
              <dl className="signature-facts">
                <dt>Cédula</dt>
                <dd>{signature.cedula ?? "no consta"}</dd>
                {signature.ruc && (
                  <>
                    <dt>RUC</dt>
                    <dd>{signature.ruc}</dd>
                  </>
                )}
                <dt>Entidad certificadora</dt>
                <dd>{signature.ca ?? "no consta"}</dd>
                <dt>Fecha de firma</dt>
                <dd>{signature.signingTime ? formatDateTime(new Date(signature.signingTime)) : "no declarada"}</dd>
              </dl>
              <Checks checks={signature.checks} />
            </div>
          ))}
          <p className="hint">Verificación: {formatDateTime(new Date(verdict.checkedAt))}</p>
        </details>
      )}
    </div>
  );
}
