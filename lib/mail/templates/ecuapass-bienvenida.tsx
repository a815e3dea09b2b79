import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./email-layout";

/** Sent once the Usuario General is registered (approval is automatic, §5.4). */
export default function EcuapassWelcomeEmail({
  fullName = "María Pérez",
  userId = "mperez",
  senaeEmail = "mperez@correo.aduana.gob.ec",
  signInUrl = "http://localhost:3000/ecuapass/ingresar",
}: {
  fullName?: string;
  userId?: string;
  senaeEmail?: string;
  signInUrl?: string;
}) {
  return (
    <EmailLayout preview="Su usuario de Ecuapass está registrado" heading="Registro de Usuario General completado">
      <Text style={paragraph}>Estimado(a) {fullName}:</Text>
      <Text style={paragraph}>
        Su Solicitud de registro para Usuario General fue aprobada automáticamente. Ya puede ingresar al portal con su
        ID.usuario <strong>{userId}</strong> y la contraseña que registró.
      </Text>
      <Text style={paragraph}>Su SENAE Correo Electrónico es {senaeEmail}.</Text>
      <Button href={signInUrl} style={buttonStyle}>
        Ingresar a Ecuapass
      </Button>
      <Text style={paragraph}>Si no reconoce este registro, comuníquese con el SENAE.</Text>
    </EmailLayout>
  );
}

// Its props are only dropped into the markup: sent on every registration, it is rendered once (lib/mail/template-cache.ts).
EcuapassWelcomeEmail.cacheable = true;

EcuapassWelcomeEmail.PreviewProps = {
  fullName: "María Pérez",
  userId: "mperez",
  senaeEmail: "mperez@correo.aduana.gob.ec",
  signInUrl: "http://localhost:3000/ecuapass/ingresar",
};
