import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./email-layout";

type Props = {
  fullName: string;
  organization: string;
  representative: string;
  granted: string[];
  revoked: string[];
  /** The functions the account holds after the change. */
  current: string[];
  signInUrl: string;
};

/** A representative granted or revoked functions of an employee's or official's Ecuapass account. */
export default function EcuapassFuncionesEmail({ fullName, organization, representative, granted, revoked, current, signInUrl }: Props) {
  return (
    <EmailLayout preview="Sus funciones en Ecuapass cambiaron" heading="Sus funciones en Ecuapass cambiaron">
      <Text style={paragraph}>Estimado(a) {fullName}:</Text>
      <Text style={paragraph}>
        {representative}, representante de {organization}, modificó las funciones de su cuenta.
      </Text>
      {granted.length > 0 && <Text style={paragraph}>Se le asignó: {granted.join("; ")}.</Text>}
      {revoked.length > 0 && <Text style={paragraph}>Se le retiró: {revoked.join("; ")}.</Text>}
      <Text style={paragraph}>
        {current.length > 0 ? `Sus funciones vigentes: ${current.join("; ")}.` : "Por ahora no tiene funciones asignadas."}
      </Text>
      <Button href={signInUrl} style={buttonStyle}>
        Ingresar a Ecuapass
      </Button>
      <Text style={paragraph}>Si tiene dudas sobre este cambio, consulte al representante de su organización.</Text>
    </EmailLayout>
  );
}

EcuapassFuncionesEmail.PreviewProps = {
  fullName: "Luis Alberto Cevallos Mora",
  organization: "Importadora Andina S.A.",
  representative: "Juan Carlos Andrade Vera",
  granted: ["Declaración Aduanera de Exportación (DAE)"],
  revoked: [],
  current: ["Declaración Aduanera de Exportación (DAE)", "Declaración Aduanera de Importación (DAI)"],
  signInUrl: "http://localhost:3000/ecuapass/ingresar",
} satisfies Props;
