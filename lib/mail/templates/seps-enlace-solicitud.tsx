import { Button, Section, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./email-layout";

type Props = { fullName: string; requestNumber: string; organization: string; link: string };

/** The private link again, asked for on /seps/consulta; the previous link stops working. */
export default function SepsEnlaceSolicitudEmail({ fullName, requestNumber, organization, link }: Props) {
  return (
    <EmailLayout preview={`Nuevo enlace de la solicitud ${requestNumber}`} heading="Nuevo enlace de su solicitud">
      <Text style={paragraph}>Estimado/a {fullName}:</Text>
      <Text style={paragraph}>
        Se pidió en la consulta de estado un nuevo enlace privado para la solicitud {requestNumber} de usuario y clave de la
        organización {organization}. Con él puede ver la solicitud, descargar los documentos y subir las copias firmadas.
      </Text>
      <Section style={{ margin: "20px 0" }}>
        <Button href={link} style={buttonStyle}>
          Abrir la solicitud {requestNumber}
        </Button>
      </Section>
      <Text style={paragraph}>O copie este enlace en su navegador: {link}</Text>
      <Text style={paragraph}>
        El enlace anterior dejó de funcionar. Si usted no lo pidió, no necesita hacer nada: la solicitud no cambió y solo
        este correo tiene el enlace nuevo.
      </Text>
    </EmailLayout>
  );
}

SepsEnlaceSolicitudEmail.PreviewProps = {
  fullName: "María Fernanda Quishpe Andrango",
  requestNumber: "SEPS-2026-000123",
  organization: "Cooperativa de Ahorro y Crédito Ejemplo Ltda.",
  link: "http://localhost:3000/seps/solicitud/s/EJEMPLO",
} satisfies Props;
