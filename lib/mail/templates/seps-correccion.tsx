import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./email-layout";

type Props = { fullName: string; requestNumber: string; organization: string; reason: string; sections?: string[] };

/** The reviewer asks for corrected signed copies; the request stays open. */
export default function SepsCorreccionEmail({ fullName, requestNumber, organization, reason, sections = [] }: Props) {
  return (
    <EmailLayout preview={`Solicitud ${requestNumber}: se requiere corrección`} heading="Se requiere una corrección">
      <Text style={paragraph}>Estimado/a {fullName}:</Text>
      <Text style={paragraph}>
        Al revisar la solicitud {requestNumber} de usuario y clave para la organización {organization}, la
        Superintendencia de Economía Popular y Solidaria encontró lo siguiente:
      </Text>
      <Text style={{ ...paragraph, borderLeft: "4px solid #b45309", paddingLeft: "12px" }}>{reason}</Text>
      {sections.length > 0 && (
        <Text style={paragraph}>
          En el enlace privado puede corregir estos datos: {sections.join("; ")}. Al guardarlos se generan otra vez los tres
          documentos, que deberá firmar y subir de nuevo.
        </Text>
      )}
      <Text style={paragraph}>
        Ingrese con el enlace privado de su solicitud (el que recibió por correo al guardarla), suba nuevamente los
        documentos firmados corregidos y oprima «Remitir a la Superintendencia». Si perdió el enlace, puede pedirlo otra vez
        en la consulta de estado de solicitudes.
      </Text>
    </EmailLayout>
  );
}

SepsCorreccionEmail.PreviewProps = {
  fullName: "María Fernanda Quishpe Andrango",
  requestNumber: "SEPS-2026-000123",
  organization: "Cooperativa de Ahorro y Crédito Ejemplo Ltda.",
  reason: "El Acuerdo de Confidencialidad no tiene la firma del usuario.",
} satisfies Props;
