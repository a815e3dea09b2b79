import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./email-layout";

type Props = { fullName: string; userId: string; resetUrl: string; validMinutes?: number };

/** "¿Olvidó su contraseña?" of Ecuapass: a single-use link valid one hour. */
export default function EcuapassRestablecerEmail({ fullName, userId, resetUrl, validMinutes = 60 }: Props) {
  return (
    <EmailLayout preview="Restablecer su contraseña de Ecuapass" heading="Restablecer contraseña">
      <Text style={paragraph}>Estimado/a {fullName}:</Text>
      <Text style={paragraph}>
        Recibimos un pedido para restablecer la contraseña del ID.usuario {userId} en el portal Ecuapass. Ingrese al
        siguiente enlace y registre una nueva contraseña. El enlace sirve una sola vez y vence en{" "}
        {validMinutes === 60 ? "1 hora" : `${validMinutes} minutos`}.
      </Text>
      <Button href={resetUrl} style={buttonStyle}>
        Registrar una nueva contraseña
      </Button>
      <Text style={paragraph}>Si el botón no funciona, copie esta dirección en su navegador: {resetUrl}</Text>
      <Text style={paragraph}>Si usted no lo pidió, ignore este mensaje: su contraseña actual sigue vigente.</Text>
    </EmailLayout>
  );
}

EcuapassRestablecerEmail.PreviewProps = {
  fullName: "María Paz Andrade",
  userId: "mpandrade",
  resetUrl: "http://localhost:3000/ecuapass/restablecer/EJEMPLO",
  validMinutes: 60,
} satisfies Props;
