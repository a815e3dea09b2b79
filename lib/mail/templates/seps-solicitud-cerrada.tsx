import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./email-layout";

type Props = {
  fullName: string;
  requestNumber: string;
  organization: string;
  reason: "retirada" | "caducada";
  newRequestUrl: string;
};

/** A request closed without a decision: withdrawn by the applicant, or expired after 30 days without documents. */
export default function SepsSolicitudCerradaEmail({ fullName, requestNumber, organization, reason, newRequestUrl }: Props) {
  const heading = reason === "retirada" ? "Solicitud retirada" : "Solicitud caducada";
  return (
    <EmailLayout preview={`Solicitud ${requestNumber}: ${heading.toLowerCase()}`} heading={heading}>
      <Text style={paragraph}>Estimado/a {fullName}:</Text>
      <Text style={paragraph}>
        {reason === "retirada"
          ? `La solicitud ${requestNumber} de usuario y clave para la organización ${organization} fue retirada con su enlace privado antes de que la Superintendencia la decidiera.`
          : `La solicitud ${requestNumber} de usuario y clave para la organización ${organization} caducó: pasaron 30 días sin que se remitieran los documentos firmados.`}{" "}
        Ya no puede subir documentos ni remitirla, y la Superintendencia no la revisará.
      </Text>
      <Text style={paragraph}>
        {reason === "retirada"
          ? "Si usted no la retiró, comuníquese con la Superintendencia. "
          : ""}
        Si todavía necesita el acceso, presente una nueva solicitud en {newRequestUrl}
      </Text>
    </EmailLayout>
  );
}

SepsSolicitudCerradaEmail.PreviewProps = {
  fullName: "María Fernanda Quishpe Andrango",
  requestNumber: "SEPS-2026-000123",
  organization: "Cooperativa de Ahorro y Crédito Ejemplo Ltda.",
  reason: "caducada",
  newRequestUrl: "http://localhost:3000/seps/solicitud",
} satisfies Props;
