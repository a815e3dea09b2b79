import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./email-layout";

type Props = { fullName: string; service: string; accepted: boolean; reason: string | null };

/** The answer to a request to delete an account and its personal data (LOPDP art. 15). */
export default function EliminacionResueltaEmail({ fullName, service, accepted, reason }: Props) {
  return (
    <EmailLayout
      preview={accepted ? "Sus datos fueron eliminados" : "Su solicitud de eliminación fue rechazada"}
      heading={accepted ? "Sus datos fueron eliminados" : "Su solicitud de eliminación fue rechazada"}
    >
      <Text style={paragraph}>Estimado/a {fullName}:</Text>
      {accepted ? (
        <Text style={paragraph}>
          Atendimos su solicitud: su cuenta de {service} y sus datos personales fueron eliminados. Este es el último mensaje
          que recibirá de nosotros. En el registro de auditoría queda solo que una cuenta fue eliminada, sin sus datos.
        </Text>
      ) : (
        <>
          <Text style={paragraph}>No podemos eliminar su cuenta de {service} por ahora.</Text>
          <Text style={paragraph}>Motivo: {reason}</Text>
          <Text style={paragraph}>
            Si no está de acuerdo, puede presentar un reclamo ante la Superintendencia de Protección de Datos Personales.
          </Text>
        </>
      )}
    </EmailLayout>
  );
}

EliminacionResueltaEmail.PreviewProps = {
  fullName: "María Fernanda Quishpe Andrango",
  service: "los servicios electrónicos de la SEPS",
  accepted: false,
  reason: "Tiene roles activos en Cooperativa Ejemplo Ltda.",
} satisfies Props;
