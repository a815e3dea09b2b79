import { Button, Section, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./email-layout";

export type SepsSolicitudRemitidaProps = {
  reviewerName: string;
  number: string;
  organization: string;
  ruc: string;
  userName: string;
  /** Sent again after a correction. */
  resubmitted: boolean;
  link: string;
};

/** To reviewers: a request was remitted with its signed documents. */
export default function SepsSolicitudRemitidaEmail({ reviewerName, number, organization, ruc, userName, resubmitted, link }: SepsSolicitudRemitidaProps) {
  return (
    <EmailLayout preview={`${number} espera revisión`} heading={`Solicitud ${number} en revisión`}>
      <Text style={paragraph}>Estimado(a) {reviewerName}:</Text>
      <Text style={paragraph}>
        {resubmitted ? "Se volvió a remitir, con las correcciones," : "Se remitió"} la solicitud {number} de {organization} (RUC {ruc})
        para {userName}, con los tres documentos firmados. El tiempo de atención es de 4 días hábiles.
      </Text>
      <Section style={{ margin: "20px 0" }}>
        <Button href={link} style={buttonStyle}>
          Revisar la solicitud
        </Button>
      </Section>
    </EmailLayout>
  );
}

SepsSolicitudRemitidaEmail.PreviewProps = {
  reviewerName: "Revisora de demostración",
  number: "SEPS-2026-000001",
  organization: "Cooperativa de Transporte Orenses del Pacífico",
  ruc: "0798661760001",
  userName: "Ana María Torres Vega",
  resubmitted: false,
  link: "http://localhost:3000/admin/solicitudes/00000000-0000-0000-0000-000000000000",
} satisfies SepsSolicitudRemitidaProps;
