import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./email-layout";

type Props = { fullName: string; userId: string; changedAt: string; resetUrl: string };

/** Sent after an Ecuapass password changes (reset link or "Mi página"), so the owner notices a takeover. */
export default function EcuapassClaveCambiadaEmail({ fullName, userId, changedAt, resetUrl }: Props) {
  return (
    <EmailLayout preview="Su contraseña de Ecuapass fue cambiada" heading="Su contraseña fue cambiada">
      <Text style={paragraph}>Estimado/a {fullName}:</Text>
      <Text style={paragraph}>
        La contraseña del ID.usuario {userId} en el portal Ecuapass fue cambiada el {changedAt}. Las sesiones abiertas en
        otros dispositivos se cerraron.
      </Text>
      <Text style={paragraph}>
        Si usted no hizo este cambio, restablezca su contraseña de inmediato en {resetUrl} y comuníquese con el Servicio
        Nacional de Aduana del Ecuador.
      </Text>
    </EmailLayout>
  );
}

EcuapassClaveCambiadaEmail.PreviewProps = {
  fullName: "María Paz Andrade",
  userId: "mpandrade",
  changedAt: "22 de noviembre de 2026, 10:00",
  resetUrl: "http://localhost:3000/ecuapass/restablecer",
} satisfies Props;
