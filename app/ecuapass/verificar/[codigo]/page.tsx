import type { Metadata } from "next";
import { VerificationResult } from "@/components/documents/verification";
import { formatDate } from "@/lib/format/dates";
import { REQUEST_STATUS_LABEL } from "@/lib/ecuapass/registration-types";
import { verifySolicitudUsoCode } from "@/lib/ecuapass/solicitud-uso";

export const metadata: Metadata = { title: "Verificación de documento — Ecuapass", robots: { index: false } };

/** Whether a "Solicitud de uso" with this code was issued: its type and state only, no personal data. */
export default async function VerifySolicitudUsoPage({ params }: { params: Promise<{ codigo: string }> }) {
  const code = decodeURIComponent((await params).codigo);
  const found = await verifySolicitudUsoCode(code);
  return (
    <VerificationResult
      code={code}
      missing="una Solicitud de uso"
      againHref="/ecuapass/verificar"
      found={
        found && {
          issued: "una Solicitud de uso emitida",
          facts: [
            ["Documento", found.title],
            ["Emitido", formatDate(found.issuedAt)],
            ["Tipo de registro", found.typeLabel],
            ["Estado de la solicitud", REQUEST_STATUS_LABEL[found.requestStatus]],
          ],
          replaced: !found.current,
        }
      }
    />
  );
}
