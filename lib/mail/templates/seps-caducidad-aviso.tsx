import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./email-layout";

type Props = { fullName: string; requestNumber: string; organization: string; expiresOn: string; lookupUrl: string };

/** A week before a request left in "Pendiente de documentos" expires. */
export default function SepsCaducidadAvisoEmail({ fullName, requestNumber, organization, expiresOn, lookupUrl }: Props) {
  return (
    <EmailLayout preview={`Solicitud ${requestNumber}: caduca el ${expiresOn}`} heading="Su solicitud está por caducar">
      <Text style={paragraph}>Estimado/a {fullName}:</Text>
      <Text style={paragraph}>
        La solicitud {requestNumber} de usuario y clave para la organización {organization} sigue pendiente de documentos. Si
        no se suben las tres copias firmadas y se remite a la Superintendencia hasta el {expiresOn}, caducará y habrá que
        presentar una nueva.
      </Text>
      <Text style={paragraph}>
        Ingrese con el enlace privado que recibió al guardarla. Si no lo encuentra, en {lookupUrl} puede consultar el estado
        con el número de solicitud y la cédula del usuario, y pedir que se le envíe otra vez.
      </Text>
    </EmailLayout>
  );
}

SepsCaducidadAvisoEmail.PreviewProps = {
  fullName: "María Fernanda Quishpe Andrango",
  requestNumber: "SEPS-2026-000123",
  organization: "Cooperativa de Ahorro y Crédito Ejemplo Ltda.",
  expiresOn: "7 de diciembre de 2026",
  lookupUrl: "http://localhost:3000/seps/consulta",
} satisfies Props;
