import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/lib/format/dates";
import { REQUEST_STATUS_LABEL } from "@/lib/ecuapass/registration-types";
import { verifySolicitudUsoCode } from "@/lib/ecuapass/solicitud-uso";

export const metadata: Metadata = { title: "Verificación de documento — Ecuapass", robots: { index: false } };

/** Whether a "Solicitud de uso" with this code was issued: its type and state only, no personal data. */
export default async function VerifySolicitudUsoPage({ params }: { params: Promise<{ codigo: string }> }) {
  const { codigo } = await params;
  const code = decodeURIComponent(codigo);
  const found = await verifySolicitudUsoCode(code);
  return (
    <>
      <h1>Verificación de documento</h1>
      {found ? (
        <div className="notice notice--success">
          <p>
            <strong>Documento auténtico.</strong> El código {code.toUpperCase()} corresponde a una Solicitud de uso emitida por este
            servicio.
          </p>
          <dl className="summary">
            <dt>Documento</dt>
            <dd>{found.title}</dd>
            <dt>Emitido</dt>
            <dd>{formatDate(found.issuedAt)}</dd>
            <dt>Tipo de registro</dt>
            <dd>{found.typeLabel}</dd>
            <dt>Estado de la solicitud</dt>
            <dd>{REQUEST_STATUS_LABEL[found.requestStatus]}</dd>
          </dl>
          {!found.current && <p>Este documento fue reemplazado por uno más reciente: la solicitud se corrigió después de emitirlo.</p>}
        </div>
      ) : (
        <div className="notice notice--error">
          <p>
            <strong>No encontramos una Solicitud de uso con ese código.</strong> Revise que lo escribió tal como aparece al pie de la
            página. Un documento cuyo código no aparece aquí no fue emitido por este servicio.
          </p>
        </div>
      )}
      <p>
        <Link href="/ecuapass/verificar">Verificar otro código</Link>
      </p>
    </>
  );
}
