import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./email-layout";

/** Sent by `npm run mail:test` to check the mail configuration. */
export default function TestMessageEmail({ sentAt = "2026-01-01 10:00" }: { sentAt?: string }) {
  return (
    <EmailLayout preview="Mensaje de prueba de Ventanilla" heading="Mensaje de prueba">
      <Text style={paragraph}>La configuración de correo de Ventanilla funciona. Enviado: {sentAt}.</Text>
    </EmailLayout>
  );
}

TestMessageEmail.PreviewProps = { sentAt: "2026-11-22 10:00" };
