import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./email-layout";

type Props = { fullName: string; roleName: string; organization: string; reason: string };

/** Sent to the holder when an admin revokes one of their SEPS roles. */
export default function SepsRolRevocadoEmail({ fullName, roleName, organization, reason }: Props) {
  return (
    <EmailLayout preview={`Su ${roleName} fue revocado`} heading="Un rol de su usuario fue revocado">
      <Text style={paragraph}>Estimado/a {fullName}:</Text>
      <Text style={paragraph}>
        El {roleName} que tenía en {organization} fue revocado por la Superintendencia. Las sesiones abiertas se cerraron;
        sus demás roles no cambian.
      </Text>
      <Text style={paragraph}>Motivo: {reason}</Text>
      <Text style={paragraph}>
        Si su organización necesita que vuelva a tener el rol, debe presentar una nueva solicitud de usuario y clave.
      </Text>
    </EmailLayout>
  );
}

SepsRolRevocadoEmail.PreviewProps = {
  fullName: "María Fernanda Quishpe Andrango",
  roleName: "Rol de Acopio de Información",
  organization: "Cooperativa de Ahorro y Crédito Ejemplo Ltda.",
  reason: "La persona dejó de trabajar en la organización.",
} satisfies Props;
