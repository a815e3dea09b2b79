import { Breadcrumbs } from "@/components/breadcrumbs";
import { RequestForm } from "@/components/seps/request-form";
import { SECTOR_LABEL, rolesForSector, type Sector } from "@/lib/seps/roles";
import { PrivacyNoticeText } from "./privacy-notice-text";
import { lookupRucAction, reviewRequestAction, saveRequestAction } from "./actions";
import "../seps.css";

/** The form page of one sector (shared by /financieras and /no-financieras). */
export function RequestFormPage({ sector }: { sector: Sector }) {
  const roles = rolesForSector(sector).map((r) => ({
    code: r.code,
    name: r.name,
    description: r.description,
    requiresResolution: r.requiresResolution,
    maxPerOrganization: r.maxPerOrganization,
  }));
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/", label: "Inicio" },
          { href: "/seps/solicitud", label: "Solicitud de usuario y clave" },
        ]}
        current={SECTOR_LABEL[sector]}
      />
      <h1>Formulario Solicitud Claves</h1>
      <p className="lead">Solicitud {SECTOR_LABEL[sector]}</p>
      <p>
        Complete la información en este orden: el rol del usuario; el usuario a desactivar, si el rol ya tiene el número de
        usuarios permitido; los datos del usuario nuevo y de la organización; y, si lo requiere, la autorización a un tercero para
        realizar el trámite. Los campos con <span className="required">*</span> son obligatorios.
      </p>
      <RequestForm
        sector={sector}
        roles={roles}
        lookupAction={lookupRucAction}
        reviewAction={reviewRequestAction}
        saveAction={saveRequestAction}
        privacyNotice={<PrivacyNoticeText />}
      />
    </>
  );
}
