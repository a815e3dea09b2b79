import { Text } from "@react-email/components";
import { EmailLayout, codeStyle, paragraph } from "./email-layout";

type Props = { code: string; minutes: number; change: "datos" | "correo" };

const WHAT: Record<Props["change"], string> = {
  datos: "modificar la información de registro (dirección, teléfonos, operadora, fax) de su usuario",
  correo: "registrar esta dirección como el nuevo correo electrónico de su usuario",
};

/** The security code that confirms a change asked for in "Mi página" of Ecuapass. */
export default function EcuapassCodigoCambioEmail({ code, minutes, change }: Props) {
  return (
    <EmailLayout preview={`Su código de seguridad de Ecuapass: ${code}`} heading="CÓDIGO DE SEGURIDAD">
      <Text style={paragraph}>
        Recibimos un pedido para {WHAT[change]} en el portal Ecuapass (SENAE). Ingrese el siguiente código de seguridad en
        el campo «Ingrese código de seguridad» del formulario:
      </Text>
      <Text style={codeStyle}>{code}</Text>
      <Text style={paragraph}>
        El código está formado por números y letras y expira en {minutes} minutos. Si usted no pidió este cambio, ignore
        este mensaje: nada cambia sin el código.
      </Text>
    </EmailLayout>
  );
}

EcuapassCodigoCambioEmail.PreviewProps = { code: "7K3QXM", minutes: 15, change: "datos" } satisfies Props;
