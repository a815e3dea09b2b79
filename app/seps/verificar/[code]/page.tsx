import type { Metadata } from "next";
import { formatDate } from "@/lib/format/dates";
import Link from "next/link";
import { verifyDocumentCode } from "@/lib/seps/documents";
import { STATUS_LABEL } from "@/lib/seps/status";

export const metadata: Metadata = { title: "Verificación de documento", robots: { index: false } };


/** Whether a document with this code was issued, and for which request: number and status only. */
export default async function VerifyDocumentPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const found = await verifyDocumentCode(decodeURIComponent(code));
  return (
    <>
      <h1>Verificación de documento</h1>
      {found ? (
        <div className="notice notice--success">
          <p>
            <strong>Documento auténtico.</strong> El código {code.toUpperCase()} corresponde a un documento emitido por este servicio.
          </p>
          <dl className="summary">
            <dt>Documento</dt>
            <dd>{found.title}</dd>
            <dt>Emitido</dt>
            <dd>{formatDate(found.issuedAt)}</dd>
            <dt>Solicitud</dt>
            <dd>{found.requestNumber}</dd>
            <dt>Estado de la solicitud</dt>
            <dd>{STATUS_LABEL[found.requestStatus]}</dd>
          </dl>
        </div>
      ) : (
        <div className="notice notice--error">
          <p>
            <strong>No encontramos un documento con ese código.</strong> Revise que lo escribió tal como aparece al pie de la página.
            Un documento cuyo código no aparece aquí no fue emitido por este servicio.
          </p>
        </div>
      )}
      <p>
        <Link href="/seps/verificar">Verificar otro código</Link>
      </p>
    </>
  );
}
