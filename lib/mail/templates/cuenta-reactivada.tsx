import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./email-layout";

type Props = { fullName: string; service: string; reason: string; signInUrl: string };

/** Sent when an admin lifts a suspension. */
export default function CuentaReactivadaEmail({ fullName, service, reason, signInUrl }: Props) {
  return (
    <EmailLayout preview="Su cuenta fue reactivada" heading="Su cuenta fue reactivada">
      <Text style={paragraph}>Estimado/a {fullName}:</Text>
      <Text style={paragraph}>Su cuenta de {service} fue reactivada. Puede ingresar nuevamente en {signInUrl}.</Text>
      <Text style={paragraph}>Motivo: {reason}</Text>
    </EmailLayout>
  );
}

CuentaReactivadaEmail.PreviewProps = {
  fullName: "María Fernanda Quishpe Andrango",
  service: "los servicios electrónicos de la SEPS",
  reason: "Se verificó la identidad de la titular.",
  signInUrl: "http://localhost:3000/seps/ingresar",
} satisfies Props;
