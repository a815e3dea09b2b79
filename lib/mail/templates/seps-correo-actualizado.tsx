import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./email-layout";

type Props = { fullName: string; requestNumber: string; organization: string; maskedNewEmail: string };

/** Sent to the old address when an approved request moves the account to the email the organization gave. */
export default function SepsCorreoActualizadoEmail({ fullName, requestNumber, organization, maskedNewEmail }: Props) {
  return (
    <EmailLayout preview="El correo de su usuario SEPS cambió" heading="Su correo registrado cambió">
      <Text style={paragraph}>Estimado/a {fullName}:</Text>
      <Text style={paragraph}>
        La Superintendencia de Economía Popular y Solidaria aprobó la solicitud {requestNumber} de la organización{" "}
        {organization}, que indica otro correo electrónico para su usuario. Desde ahora los avisos y los enlaces de su
        usuario SEPS se envían a {maskedNewEmail}; esta dirección ya no los recibirá.
      </Text>
      <Text style={paragraph}>
        Si usted no reconoce este cambio, comuníquese de inmediato con el representante legal de la organización o con la
        Superintendencia.
      </Text>
    </EmailLayout>
  );
}

SepsCorreoActualizadoEmail.PreviewProps = {
  fullName: "María Fernanda Quishpe Andrango",
  requestNumber: "SEPS-2026-000123",
  organization: "Cooperativa de Ahorro y Crédito Ejemplo Ltda.",
  maskedNewEmail: "m***@ejemplo.ec",
} satisfies Props;
