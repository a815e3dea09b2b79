import { Section, Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./email-layout";

type Props = {
  fullName: string;
  requestNumber: string;
  organization: string;
  userName: string;
  granted: string[];
  /** "Rol … — Nombre del titular" for each role taken away. */
  deactivated: string[];
};

/** The legal representative learns of an approval, as of a rejection or a correction. */
export default function SepsAprobadaRepresentanteEmail({ fullName, requestNumber, organization, userName, granted, deactivated }: Props) {
  return (
    <EmailLayout preview={`Solicitud ${requestNumber} aprobada`} heading="Solicitud aprobada">
      <Text style={paragraph}>Estimado/a {fullName}:</Text>
      <Text style={paragraph}>
        La Superintendencia de Economía Popular y Solidaria aprobó la solicitud {requestNumber} de usuario y clave de la
        organización {organization}, que usted representa.
      </Text>
      {granted.length > 0 && (
        <Section>
          <Text style={paragraph}>Roles asignados a {userName}:</Text>
          {granted.map((role) => (
            <Text key={role} style={paragraph}>
              • <strong>{role}</strong>
            </Text>
          ))}
        </Section>
      )}
      {deactivated.length > 0 && (
        <Section>
          <Text style={paragraph}>Roles desactivados:</Text>
          {deactivated.map((line) => (
            <Text key={line} style={paragraph}>
              • {line}
            </Text>
          ))}
        </Section>
      )}
      {granted.length > 0 && (
        <Text style={paragraph}>La persona usuaria recibió en su correo las indicaciones para ingresar al sistema.</Text>
      )}
    </EmailLayout>
  );
}

SepsAprobadaRepresentanteEmail.PreviewProps = {
  fullName: "Rosa Elena Guamán Pilco",
  requestNumber: "SEPS-2026-000123",
  organization: "Cooperativa de Ahorro y Crédito Ejemplo Ltda.",
  userName: "María Fernanda Quishpe Andrango",
  granted: ["Rol de Acopio de Información"],
  deactivated: ["Rol de Acopio de Información — Juan Carlos Pérez Álvarez"],
} satisfies Props;
