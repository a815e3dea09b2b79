import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./email-layout";

type Props = {
  fullName: string;
  typeLabel: string;
  status: "pendiente_aprobacion" | "aprobada" | "rechazada" | "correccion_solicitada";
  approver: string;
  serviceTime: string;
  reason?: string | null;
  signInUrl: string;
};

const HEADING: Record<Props["status"], string> = {
  pendiente_aprobacion: "Solicitud de registro recibida",
  aprobada: "Solicitud de registro aprobada",
  rechazada: "Solicitud de registro rechazada",
  correccion_solicitada: "Se solicita corregir su solicitud de registro",
};

/** Each change of an Ecuapass registration request that needs an approval (issue 19). */
export default function EcuapassSolicitudEstadoEmail({ fullName, typeLabel, status, approver, serviceTime, reason, signInUrl }: Props) {
  return (
    <EmailLayout preview={HEADING[status]} heading={HEADING[status]}>
      <Text style={paragraph}>Estimado(a) {fullName}:</Text>
      {status === "pendiente_aprobacion" && (
        <Text style={paragraph}>
          Recibimos su solicitud de registro como {typeLabel}. La revisa: {approver}, en {serviceTime}. Mientras tanto puede
          ingresar al portal para ver el estado de su solicitud.
        </Text>
      )}
      {status === "aprobada" && (
        <Text style={paragraph}>
          Su solicitud de registro como {typeLabel} fue aprobada. Ya puede ingresar al portal con su ID.usuario y contraseña.
        </Text>
      )}
      {status === "rechazada" && <Text style={paragraph}>Su solicitud de registro como {typeLabel} no fue aprobada por el siguiente motivo:</Text>}
      {status === "correccion_solicitada" && (
        <Text style={paragraph}>Su solicitud de registro como {typeLabel} necesita correcciones antes de ser aprobada:</Text>
      )}
      {reason ? <Text style={{ ...paragraph, borderLeft: "4px solid #b91c1c", paddingLeft: "12px" }}>{reason}</Text> : null}
      <Button href={signInUrl} style={buttonStyle}>
        Ingresar a Ecuapass
      </Button>
      <Text style={paragraph}>Si no reconoce esta solicitud, comuníquese con el SENAE.</Text>
    </EmailLayout>
  );
}

EcuapassSolicitudEstadoEmail.PreviewProps = {
  fullName: "María José Pérez Andrade",
  typeLabel: "Representante de Comercio Exterior",
  status: "correccion_solicitada",
  approver: "Servicio Nacional de Aduana del Ecuador (SENAE)",
  serviceTime: "hasta 3 días laborables",
  reason: "La razón social no coincide con la registrada en el SRI.",
  signInUrl: "http://localhost:3000/ecuapass/ingresar",
} satisfies Props;
