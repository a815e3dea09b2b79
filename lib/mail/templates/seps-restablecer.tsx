import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./email-layout";

type Props = { fullName: string; resetUrl: string; validMinutes?: number };

/** "Restablecer contraseña": a single-use link valid one hour. */
export default function SepsRestablecerEmail({ fullName, resetUrl, validMinutes = 60 }: Props) {
  return (
    <EmailLayout preview="Restablecer su contraseña de los servicios electrónicos de la SEPS" heading="Restablecer contraseña">
      <Text style={paragraph}>Estimado/a {fullName}:</Text>
      <Text style={paragraph}>
        Recibimos un pedido para restablecer la contraseña de su usuario en los servicios electrónicos de la SEPS. Ingrese
        al siguiente enlace, valide su información y genere su contraseña. El enlace sirve una sola vez y vence en{" "}
        {validMinutes === 60 ? "1 hora" : `${validMinutes} minutos`}.
      </Text>
      <Button href={resetUrl} style={buttonStyle}>
        Generar mi contraseña
      </Button>
      <Text style={paragraph}>Si el botón no funciona, copie esta dirección en su navegador: {resetUrl}</Text>
      <Text style={paragraph}>Si usted no lo pidió, ignore este mensaje: su contraseña actual sigue vigente.</Text>
    </EmailLayout>
  );
}

SepsRestablecerEmail.PreviewProps = {
  fullName: "María Fernanda Quishpe Andrango",
  resetUrl: "http://localhost:3000/seps/restablecer/EJEMPLO",
  validMinutes: 60,
} satisfies Props;
