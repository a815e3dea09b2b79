import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { getEcuapassProfile } from "@/lib/ecuapass/queries";
import { EmailChangeForm } from "./email-change-form";

export const metadata: Metadata = { title: "Cambiar correo electrónico — Ecuapass" };

export default async function EmailChangePage() {
  const user = await requireUser("ecuapass");
  const profile = await getEcuapassProfile(user.id);
  if (!profile) notFound();
  return (
    <>
      <p>
        <Link href="/ecuapass/mi-pagina">← Mi página</Link>
      </p>
      <h1>Cambiar correo electrónico</h1>
      <p className="lead">
        Su correo electrónico registrado es <strong>{profile.email}</strong>. Le enviaremos un código de seguridad a la
        nueva dirección para confirmar que es suya, y un aviso a la dirección actual.
      </p>
      <p>
        Su SENAE Correo Electrónico (<strong>{profile.senaeEmail}</strong>) no cambia.
      </p>
      <EmailChangeForm />
    </>
  );
}
