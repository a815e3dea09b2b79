import { Button, Section, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./email-layout";

export type SepsSolicitudCreadaProps = {
  number: string;
  link: string;
  recipientName: string;
  recipientRole: "usuario" | "representante";
  userName: string;
  organization: string;
  roles: string[];
};

/** After "Guardar": the private link to the request, to the user and to the legal representative. */
export default function SepsSolicitudCreadaEmail({ number, link, recipientName, recipientRole, userName, organization, roles }: SepsSolicitudCreadaProps) {
  return (
    <EmailLayout preview={`Solicitud ${number}: descargue, firme y remita los documentos`} heading={`Solicitud ${number} registrada`}>
      <Text style={paragraph}>Estimado(a) {recipientName}:</Text>
      <Text style={paragraph}>
        Se registró la solicitud de usuario y clave de acceso a los servicios electrónicos de la SEPS {number} para {userName}, en
        nombre de {organization}
        {roles.length ? `, con ${roles.length === 1 ? "el rol" : "los roles"}: ${roles.join("; ")}` : ""}.
      </Text>
      <Text style={paragraph}>
        {recipientRole === "representante"
          ? "Como representante legal registrado en la SEPS, usted debe firmar la «Solicitud de usuario y clave»."
          : "Usted debe firmar el «Acuerdo de Confidencialidad» y el «Consentimiento informado de tratamiento de datos personales»."}{" "}
        En el enlace privado de la solicitud puede descargar los tres documentos, subir las copias firmadas en PDF y remitirlas a la
        Superintendencia.
      </Text>
      <Section style={{ margin: "20px 0" }}>
        <Button href={link} style={buttonStyle}>
          Abrir la solicitud {number}
        </Button>
      </Section>
      <Text style={paragraph}>O copie este enlace en su navegador: {link}</Text>
      <Text style={paragraph}>
        El enlace es privado: quien lo tenga puede ver la solicitud y subir documentos. No lo comparta.
      </Text>
    </EmailLayout>
  );
}

SepsSolicitudCreadaEmail.PreviewProps = {
  number: "SEPS-2026-000001",
  link: "http://localhost:3000/seps/solicitud/s/ejemplo",
  recipientName: "Juan Carlos Pérez Aguilar",
  recipientRole: "representante",
  userName: "Ana María Torres Vega",
  organization: "Cooperativa de Transporte Orenses del Pacífico",
  roles: ["Rol de Acopio de Información"],
} satisfies SepsSolicitudCreadaProps;
