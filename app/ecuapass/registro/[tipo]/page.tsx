import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { TypeRegistrationForm } from "@/components/ecuapass/type-registration-form";
import { countryOptions } from "@/lib/catalog/countries";
import { cantonsByProvince, provinceOptions } from "@/lib/catalog/ecuador";
import { APPROVER_LABEL, REGISTRATION_TYPE_INFO, SENAE_SERVICE_TIME } from "@/lib/ecuapass/registration-types";
import { TYPE_FORMS, typeFormBySlug } from "@/lib/ecuapass/type-forms";
import { requestCodeAction } from "../usuario-general/actions";
import { registerTypeAction } from "./actions";

type Props = { params: Promise<{ tipo: string }> };

export function generateStaticParams() {
  return Object.values(TYPE_FORMS).map((form) => ({ tipo: REGISTRATION_TYPE_INFO[form.type].slug }));
}
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const config = typeFormBySlug((await params).tipo);
  return { title: config ? `${config.title} — Ecuapass` : "Registro de usuario — Ecuapass" };
}

/** /ecuapass/registro/<slug>: the form of one of the six types that need an approval. */
export default async function TypeRegistrationPage({ params }: Props) {
  const config = typeFormBySlug((await params).tipo);
  if (!config) notFound();
  const info = REGISTRATION_TYPE_INFO[config.type];
  return (
    <>
      <Breadcrumbs trail={[{ href: "/ecuapass/registro", label: "Registro de usuario" }]} current={config.title} />
      <h1>{config.title}</h1>
      <p className="lead">{config.lead}</p>
      <p>
        <strong>Aprueba:</strong> {APPROVER_LABEL[info.approver]}
        {info.approver === "senae" ? ` (${SENAE_SERVICE_TIME}).` : "."} Mientras tanto podrá ingresar con su ID.usuario y
        contraseña para ver el estado de su solicitud.
      </p>
      <TypeRegistrationForm
        config={config}
        action={registerTypeAction.bind(null, config.type)}
        requestCode={requestCodeAction}
        countries={countryOptions()}
        provinces={provinceOptions()}
        cantons={cantonsByProvince()}
      />
    </>
  );
}
