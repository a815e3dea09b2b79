import type { Metadata } from "next";
import { VerificationResult } from "@/components/documents/verification";
import { formatDate } from "@/lib/format/dates";
import { verifyDocumentCode } from "@/lib/seps/documents";
import { STATUS_LABEL } from "@/lib/seps/status";

export const metadata: Metadata = { title: "Verificación de documento", robots: { index: false } };

/** Whether a document with this code was issued, and for which request: number and status only. */
export default async function VerifyDocumentPage({ params }: { params: Promise<{ code: string }> }) {
  const code = decodeURIComponent((await params).code);
  const found = await verifyDocumentCode(code);
  return (
    <VerificationResult
      code={code}
      missing="un documento"
      againHref="/seps/verificar"
      found={
        found && {
          issued: "un documento emitido",
          facts: [
            ["Documento", found.title],
            ["Emitido", formatDate(found.issuedAt)],
            ["Solicitud", found.requestNumber],
            ["Estado de la solicitud", STATUS_LABEL[found.requestStatus]],
          ],
        }
      }
    />
  );
}
