import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guards";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Cambiar contraseña — Ecuapass" };

export default async function ChangePasswordPage() {
  await requireUser("ecuapass");
  return (
    <>
      <p>
        <Link href="/ecuapass/mi-pagina">← Mi página</Link>
      </p>
      <h1>Cambiar contraseña</h1>
      <p className="lead">Ingrese su contraseña actual y la nueva. Las sesiones abiertas en otros dispositivos se cerrarán.</p>
      <ChangePasswordForm />
    </>
  );
}
