import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./email-layout";

/** An admin (or `npm run staff:create`) invited someone to the review staff. */
export default function StaffInvitacionEmail({
  fullName = "María Pérez",
  roleLabel = "revisión",
  link = "https://ventanilla.example/admin/activar/TOKEN",
  validDays = 7,
}: {
  fullName?: string;
  roleLabel?: string;
  link?: string;
  validDays?: number;
}) {
  return (
    <EmailLayout preview="Active su cuenta del personal de Ventanilla" heading="Active su cuenta del personal">
      <Text style={paragraph}>Estimado(a) {fullName}:</Text>
      <Text style={paragraph}>
        Se creó para usted una cuenta de {roleLabel} en Ventanilla. Para activarla, abra el siguiente enlace, defina su
        contraseña y registre una aplicación de autenticación en su teléfono. El enlace sirve una sola vez y vence en{" "}
        {validDays} días.
      </Text>
      <Button href={link} style={buttonStyle}>
        Activar mi cuenta
      </Button>
      <Text style={paragraph}>Si el botón no funciona, copie esta dirección en su navegador: {link}</Text>
    </EmailLayout>
  );
}

StaffInvitacionEmail.PreviewProps = {
  fullName: "María Pérez",
  roleLabel: "revisión",
  link: "https://ventanilla.example/admin/activar/TOKEN",
  validDays: 7,
};
