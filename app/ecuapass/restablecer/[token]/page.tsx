import type { Metadata } from "next";
import Link from "next/link";
import { LINK_UNUSABLE, describeResetLink } from "@/lib/ecuapass/account";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Nueva contraseña — Ecuapass", referrer: "same-origin" };

/**
 * The page the emailed link opens (GET): it shows whose link it is and a form, and consumes
 * nothing, so mail scanners that open links cannot use it up. Only the form's POST does.
 */
export default async function EcuapassResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await describeResetLink(token);
  if (view.status !== "valid") {
    return (
      <>
        <h1>{view.status === "expired" ? "El enlace venció" : "El enlace no se puede usar"}</h1>
        <p className="lead">{LINK_UNUSABLE[view.status]}</p>
        <p>
          <Link href="/ecuapass/restablecer" className="button">
            Solicitar un nuevo enlace
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Registrar una nueva contraseña</h1>
      <p className="lead">
        ID.usuario <strong>{view.userId}</strong> · {view.fullName}
      </p>
      <p>Al guardarla, se cerrarán todas las sesiones abiertas de su usuario y le avisaremos por correo electrónico.</p>
      <ResetPasswordForm token={token} userId={view.userId} />
    </>
  );
}
