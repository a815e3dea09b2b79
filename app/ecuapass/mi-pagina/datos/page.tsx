import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { maskEmail } from "@/lib/ecuapass/account";
import { getEcuapassProfile } from "@/lib/ecuapass/queries";
import { ProfileDataForm } from "./profile-data-form";

export const metadata: Metadata = { title: "Modificar información de registro — Ecuapass" };

export default async function ProfileDataPage() {
  const user = await requireUser("ecuapass");
  const profile = await getEcuapassProfile(user.id);
  if (!profile) notFound();
  return (
    <>
      <p>
        <Link href="/ecuapass/mi-pagina">← Mi página</Link>
      </p>
      <h1>Modificar información de registro de usuario</h1>
      <p className="lead">
        Actualice su dirección, teléfonos, operadora y fax. Para confirmar el cambio le enviaremos un código de seguridad
        a su correo electrónico registrado ({maskEmail(profile.email)}).
      </p>
      <ProfileDataForm
        current={{
          address: profile.address,
          phone1: profile.phone1,
          phone2: profile.phone2 ?? "",
          mobileOperator: profile.mobileOperator,
          mobile: profile.mobile,
          fax: profile.fax ?? "",
        }}
      />
    </>
  );
}
