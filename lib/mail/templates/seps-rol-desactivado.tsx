import { Section, Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./email-layout";

type Props = { fullName: string; requestNumber: string; organization: string; roles: string[] };

/** A holder loses one or more roles because an approved request asked to deactivate them. */
export default function SepsRolDesactivadoEmail({ fullName, requestNumber, organization, roles }: Props) {
  return (
    <EmailLayout preview={`Rol desactivado — ${organization}`} heading="Rol desactivado">
      <Text style={paragraph}>Estimado/a {fullName}:</Text>
      <Text style={paragraph}>
        La Superintendencia de Economía Popular y Solidaria aprobó la solicitud {requestNumber} de la organización{" "}
        {organization}, que pidió desactivar su acceso. Desde ahora ya no tiene {roles.length === 1 ? "el siguiente rol" : "los siguientes roles"}{" "}
        en esa organización:
      </Text>
      <Section>
        {roles.map((role) => (
          <Text key={role} style={paragraph}>
            • <strong>{role}</strong>
          </Text>
        ))}
      </Section>
      <Text style={paragraph}>
        Sus sesiones abiertas se cerraron. Si tiene roles en otras organizaciones, siguen vigentes. Si considera que es un error,
        comuníquese con el representante legal de la organización o con la Superintendencia.
      </Text>
    </EmailLayout>
  );
}

SepsRolDesactivadoEmail.PreviewProps = {
  fullName: "Juan Carlos Pérez Álvarez",
  requestNumber: "SEPS-2026-000123",
  organization: "Cooperativa de Ahorro y Crédito Ejemplo Ltda.",
  roles: ["Rol de Acopio de Información"],
} satisfies Props;
