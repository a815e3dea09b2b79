import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInSepsAction } from "@/lib/auth/actions";

export const metadata: Metadata = { title: "Ingresar a los servicios electrónicos de la SEPS" };

export default function SepsSignInPage() {
  return (
    <>
      <h1>Servicios electrónicos de la SEPS</h1>
      <p className="lead">Ingrese con su usuario (cédula de identidad) y su contraseña.</p>
      <SignInForm
        action={signInSepsAction}
        fields={[
          { name: "cedula", label: "Usuario (Cédula de Identidad)", autoComplete: "username", inputMode: "numeric" },
          { name: "password", label: "Contraseña", type: "password", autoComplete: "current-password" },
        ]}
        help={[{ href: "/seps/restablecer", label: "Restablecer contraseña" }]}
      />
      <p>
        ¿Su organización necesita un usuario? <Link href="/seps/solicitud">Solicitud de usuario y clave</Link>
      </p>
    </>
  );
}
