import { Button, Section, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./email-layout";

export type GrantedRole = { name: string; systems: string };

type Props = {
  fullName: string;
  requestNumber: string;
  organization: string;
  roles: GrantedRole[];
  /** Absent when the user already has a password: the roles are added to the existing account. */
  activationUrl?: string;
  validHours?: number;
  signInUrl: string;
};

/** "Acceso otorgado": the roles granted and, for a new user, the 72-hour activation link. */
export default function SepsAccesoOtorgadoEmail({
  fullName,
  requestNumber,
  organization,
  roles,
  activationUrl,
  validHours = 72,
  signInUrl,
}: Props) {
  return (
    <EmailLayout preview={`Acceso otorgado — solicitud ${requestNumber}`} heading="Acceso otorgado">
      <Text style={paragraph}>Estimado/a {fullName}:</Text>
      <Text style={paragraph}>
        Posterior a la revisión de la solicitud {requestNumber}, la Superintendencia de Economía Popular y Solidaria le
        asignó los siguientes roles para la organización {organization}:
      </Text>
      <Section>
        {roles.map((role) => (
          <Text key={role.name} style={paragraph}>
            • <strong>{role.name}</strong>: {role.systems}
          </Text>
        ))}
      </Section>
      {activationUrl ? (
        <>
          <Text style={paragraph}>
            Su usuario es su número de cédula. Para generar su contraseña, ingrese al siguiente enlace dentro de las
            próximas {validHours} horas:
          </Text>
          <Button href={activationUrl} style={buttonStyle}>
            Generar mi contraseña
          </Button>
          <Text style={paragraph}>Si el botón no funciona, copie esta dirección en su navegador: {activationUrl}</Text>
          <Text style={paragraph}>
            Si no ingresa en el tiempo establecido ({validHours} horas), deberá usar la opción «Restablecer contraseña»
            con su número de cédula.
          </Text>
        </>
      ) : (
        <Text style={paragraph}>
          Los roles ya están disponibles en su cuenta. Ingrese con su cédula y su contraseña actual en {signInUrl}
        </Text>
      )}
    </EmailLayout>
  );
}

SepsAccesoOtorgadoEmail.PreviewProps = {
  fullName: "María Fernanda Quishpe Andrango",
  requestNumber: "SEPS-2026-000123",
  organization: "Cooperativa de Ahorro y Crédito Ejemplo Ltda.",
  roles: [{ name: "Rol de Acopio de Información", systems: "Acceso al envío de estructuras de información: Balances." }],
  activationUrl: "http://localhost:3000/seps/activar/EJEMPLO",
  validHours: 72,
  signInUrl: "http://localhost:3000/seps/ingresar",
} satisfies Props;
