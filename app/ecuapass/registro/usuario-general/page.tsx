import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { RegistrationForm } from "@/components/ecuapass/registration-form";
import { countryOptions } from "@/lib/catalog/countries";
import { cantonsByProvince, provinceOptions } from "@/lib/catalog/ecuador";
import { registerAction, requestCodeAction } from "./actions";

export const metadata: Metadata = { title: "Solicitud de registro para Usuario General — Ecuapass" };

export default function UsuarioGeneralPage() {
  return (
    <>
      <Breadcrumbs trail={[{ href: "/ecuapass/registro", label: "Registro de usuario" }]} current="Solicitud de registro para Usuario General" />
      <h1>Solicitud de registro para Usuario General</h1>
      <p className="lead">
        Registre sus datos para acceder a la información pública de comercio exterior del portal Ecuapass. No necesita
        certificado digital y la aprobación es automática: podrá usar el portal inmediatamente.
      </p>
      <RegistrationForm
        action={registerAction}
        requestCode={requestCodeAction}
        countries={countryOptions()}
        provinces={provinceOptions()}
        cantons={cantonsByProvince()}
      />
    </>
  );
}
