import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PersonalDataView } from "@/components/privacy/personal-data-view";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireUser } from "@/lib/auth/guards";
import { personalDataReport } from "@/lib/privacy/personal-data";
import { requestDeletionAction } from "./actions";

export const metadata: Metadata = { title: "Mis datos — Servicios electrónicos de la SEPS" };
export const dynamic = "force-dynamic";

export default async function SepsMisDatosPage() {
  const user = await requireUser("seps");
  const report = await personalDataReport("seps", user.id);
  if (!report) notFound();
  return (
    <>
      <Breadcrumbs trail={[{ href: "/seps/casillero", label: "Casillero" }]} current="Mis datos" />
      <PersonalDataView
        report={report}
        downloadBase="/seps/casillero/mis-datos/descargar"
        deletionAction={requestDeletionAction}
        rectification={
          <p>
            Sus datos de la cuenta provienen de la solicitud que presentó su organización: para corregirlos, su organización presenta
            una nueva <Link href="/seps/solicitud">solicitud de usuario y clave</Link> con los datos correctos. Su contraseña la
            cambia con <Link href="/seps/restablecer">Restablecer contraseña</Link>.
          </p>
        }
      />
    </>
  );
}
