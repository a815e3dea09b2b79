import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./email-layout";

type Props = { fullName: string; requestNumber: string; organization: string; reason: string; requestUrl: string };

/** The request was rejected; the reviewer's reason is quoted. */
export default function SepsRechazoEmail({ fullName, requestNumber, organization, reason, requestUrl }: Props) {
  return (
    <EmailLayout preview={`Solicitud ${requestNumber} rechazada`} heading="Solicitud rechazada">
      <Text style={paragraph}>Estimado/a {fullName}:</Text>
      <Text style={paragraph}>
        La Superintendencia de Economía Popular y Solidaria revisó la solicitud {requestNumber} de usuario y clave para la
        organización {organization} y no la aprobó por el siguiente motivo:
      </Text>
      <Text style={{ ...paragraph, borderLeft: "4px solid #b91c1c", paddingLeft: "12px" }}>{reason}</Text>
      <Text style={paragraph}>
        Si corresponde, puede presentar una nueva solicitud en {requestUrl} con la información corregida.
      </Text>
    </EmailLayout>
  );
}

SepsRechazoEmail.PreviewProps = {
  fullName: "María Fernanda Quishpe Andrango",
  requestNumber: "SEPS-2026-000123",
  organization: "Cooperativa de Ahorro y Crédito Ejemplo Ltda.",
  reason: "La solicitud no está firmada por el representante legal registrado en la SEPS.",
  requestUrl: "http://localhost:3000/seps/solicitud",
} satisfies Props;
