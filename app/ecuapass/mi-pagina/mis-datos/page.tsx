import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PersonalDataView } from "@/components/privacy/personal-data-view";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireUser } from "@/lib/auth/guards";
import { personalDataReport } from "@/lib/privacy/personal-data";
import { requestDeletionAction } from "./actions";

export const metadata: Metadata = { title: "Mis datos — Ecuapass" };
export const dynamic = "force-dynamic";

export default async function EcuapassMisDatosPage() {
  const user = await requireUser("ecuapass");
  const report = await personalDataReport("ecuapass", user.id);
  if (!report) notFound();
  return (
    <>
      <Breadcrumbs trail={[{ href: "/ecuapass/mi-pagina", label: "Mi página" }]} current="Mis datos" />
      <PersonalDataView
        report={report}
        downloadBase="/ecuapass/mi-pagina/mis-datos/descargar"
        deletionAction={requestDeletionAction}
        rectification={
          <p>
            Si algún dato es incorrecto, corríjalo usted mismo en{" "}
            <Link href="/ecuapass/mi-pagina/datos">Modificar información de registro de usuario</Link> o, para su correo electrónico,
            en <Link href="/ecuapass/mi-pagina/correo">Cambiar correo electrónico</Link>.
          </p>
        }
      />
    </>
  );
}
