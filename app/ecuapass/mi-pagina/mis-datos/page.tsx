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
            Si algún dato es incorrecto, comuníquese con el Servicio Nacional de Aduana del Ecuador por sus canales de atención. Puede
            volver a <Link href="/ecuapass/mi-pagina">Mi página</Link>.
          </p>
        }
      />
    </>
  );
}
