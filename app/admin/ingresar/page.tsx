import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInStaffAction } from "@/lib/auth/actions";

export const metadata: Metadata = { title: "Ingreso del personal" };

export default function StaffSignInPage() {
  return (
    <>
      <h1>Ingreso del personal de revisión</h1>
      <p className="lead">Acceso restringido al personal autorizado de la SEPS.</p>
      <SignInForm
        action={signInStaffAction}
        fields={[
          { name: "email", label: "Correo electrónico", type: "email", autoComplete: "username", inputMode: "email" },
          { name: "password", label: "Contraseña", type: "password", autoComplete: "current-password" },
          {
            name: "otp",
            label: "Código de verificación",
            autoComplete: "one-time-code",
            inputMode: "text",
            hint: "Los 6 dígitos de su aplicación de autenticación, o uno de sus códigos de recuperación.",
          },
        ]}
      />
    </>
  );
}
