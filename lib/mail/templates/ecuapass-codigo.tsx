import { Text } from "@react-email/components";
import { EmailLayout, codeStyle, paragraph } from "./email-layout";

/** "ACTIVACIÓN DE CORREO ELECTRÓNICO": the security code of the Usuario General registration. */
export default function EcuapassCodeEmail({ code = "7K3QXM", minutes = 15 }: { code?: string; minutes?: number }) {
  return (
    <EmailLayout preview={`Su código de seguridad de Ecuapass: ${code}`} heading="ACTIVACIÓN DE CORREO ELECTRÓNICO">
      <Text style={paragraph}>
        Recibimos una Solicitud de registro para Usuario General del portal Ecuapass (SENAE) con esta dirección de
        correo electrónico. Ingrese el siguiente código de seguridad en el campo «Ingrese código de seguridad» del
        formulario:
      </Text>
      <Text style={codeStyle}>{code}</Text>
      <Text style={paragraph}>
        El código está formado por números y letras y expira en {minutes} minutos. Si solicita un nuevo código, este
        deja de ser válido.
      </Text>
    </EmailLayout>
  );
}

EcuapassCodeEmail.PreviewProps = { code: "7K3QXM", minutes: 15 };
