import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInEcuapassAction } from "@/lib/auth/actions";

export const metadata: Metadata = { title: "Ingresar a Ecuapass" };

export default function EcuapassSignInPage() {
  return (
    <>
      <h1>Ingresar a Ecuapass</h1>
      <p className="lead">Ingrese con el ID.usuario y la contraseña que registró.</p>
      <SignInForm
        action={signInEcuapassAction}
        fields={[
          { name: "userId", label: "ID.usuario", autoComplete: "username" },
          { name: "password", label: "Contraseña", type: "password", autoComplete: "current-password" },
        ]}
      />
      <p>
        <Link href="/ecuapass/restablecer">¿Olvidó su contraseña?</Link>
      </p>
      <p>
        ¿No tiene usuario? <Link href="/ecuapass/registro">Nuevo registro</Link>
      </p>
    </>
  );
}
