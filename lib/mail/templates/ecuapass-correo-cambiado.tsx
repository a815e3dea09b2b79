import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./email-layout";

type Props = { fullName: string; userId: string; newEmail: string; changedAt: string };

/** Sent to the previous address when an Ecuapass account's email changes. */
export default function EcuapassCorreoCambiadoEmail({ fullName, userId, newEmail, changedAt }: Props) {
  return (
    <EmailLayout preview="El correo de su usuario de Ecuapass fue cambiado" heading="Su correo electrónico fue cambiado">
      <Text style={paragraph}>Estimado/a {fullName}:</Text>
      <Text style={paragraph}>
        El correo electrónico registrado del ID.usuario {userId} en el portal Ecuapass fue cambiado el {changedAt} a{" "}
        {newEmail}. Desde ahora los avisos y códigos de seguridad se envían a esa dirección. Su SENAE Correo Electrónico
        no cambió.
      </Text>
      <Text style={paragraph}>
        Si usted no hizo este cambio, comuníquese de inmediato con el Servicio Nacional de Aduana del Ecuador.
      </Text>
    </EmailLayout>
  );
}

EcuapassCorreoCambiadoEmail.PreviewProps = {
  fullName: "María Paz Andrade",
  userId: "mpandrade",
  newEmail: "m***@ejemplo.ec",
  changedAt: "22 de noviembre de 2026, 10:00",
} satisfies Props;
