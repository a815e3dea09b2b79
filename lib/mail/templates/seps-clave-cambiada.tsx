import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./email-layout";

type Props = { fullName: string; changedAt: string; resetUrl: string };

/** Sent after a password was set through a reset link, so the owner notices a takeover. */
export default function SepsClaveCambiadaEmail({ fullName, changedAt, resetUrl }: Props) {
  return (
    <EmailLayout preview="Su contraseña fue cambiada" heading="Su contraseña fue cambiada">
      <Text style={paragraph}>Estimado/a {fullName}:</Text>
      <Text style={paragraph}>
        La contraseña de su usuario en los servicios electrónicos de la SEPS fue cambiada el {changedAt}. Todas las
        sesiones abiertas se cerraron.
      </Text>
      <Text style={paragraph}>
        Si usted no hizo este cambio, restablezca su contraseña de inmediato en {resetUrl} y comuníquese con la
        Superintendencia.
      </Text>
    </EmailLayout>
  );
}

SepsClaveCambiadaEmail.PreviewProps = {
  fullName: "María Fernanda Quishpe Andrango",
  changedAt: "22 de noviembre de 2026, 10:00",
  resetUrl: "http://localhost:3000/seps/restablecer",
} satisfies Props;
