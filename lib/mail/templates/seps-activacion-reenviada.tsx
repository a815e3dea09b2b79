import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./email-layout";

type Props = { fullName: string; cedula: string; activationUrl: string; validHours: number };

/** A new activation link sent by staff (the first one lapsed or was lost); older links stop working. */
export default function SepsActivacionReenviadaEmail({ fullName, cedula, activationUrl, validHours }: Props) {
  return (
    <EmailLayout preview="Nuevo enlace para crear su contraseña" heading="Nuevo enlace para crear su contraseña">
      <Text style={paragraph}>Estimado/a {fullName}:</Text>
      <Text style={paragraph}>
        La Superintendencia le envía un nuevo enlace para crear la contraseña de su usuario {cedula} en los servicios
        electrónicos de la SEPS. Es válido por {validHours} horas y puede usarse una sola vez; los enlaces anteriores ya no
        funcionan.
      </Text>
      <Button href={activationUrl} style={buttonStyle}>
        Crear mi contraseña
      </Button>
      <Text style={paragraph}>Si el botón no funciona, copie esta dirección en su navegador: {activationUrl}</Text>
    </EmailLayout>
  );
}

SepsActivacionReenviadaEmail.PreviewProps = {
  fullName: "María Fernanda Quishpe Andrango",
  cedula: "1710034065",
  activationUrl: "http://localhost:3000/seps/activar/EXAMPLE",
  validHours: 72,
} satisfies Props;
