import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./email-layout";

type Props = { fullName: string; service: string; reason: string; at: string };

/** Sent when an admin suspends an account: the owner learns why and whom to ask. */
export default function CuentaSuspendidaEmail({ fullName, service, reason, at }: Props) {
  return (
    <EmailLayout preview="Su cuenta fue suspendida" heading="Su cuenta fue suspendida">
      <Text style={paragraph}>Estimado/a {fullName}:</Text>
      <Text style={paragraph}>
        Su cuenta de {service} fue suspendida el {at}. Todas las sesiones abiertas se cerraron y no podrá ingresar mientras
        dure la suspensión.
      </Text>
      <Text style={paragraph}>Motivo: {reason}</Text>
      <Text style={paragraph}>Si considera que se trata de un error, comuníquese con la entidad por sus canales de atención.</Text>
    </EmailLayout>
  );
}

CuentaSuspendidaEmail.PreviewProps = {
  fullName: "María Fernanda Quishpe Andrango",
  service: "los servicios electrónicos de la SEPS",
  reason: "Uso de la cuenta por una persona distinta a su titular.",
  at: "22 de noviembre de 2026, 10:00",
} satisfies Props;
