import Link from "next/link";
import type { FormActionFn } from "@/lib/forms/state";
import type { SetPasswordData } from "@/lib/seps/account-schema";
import { LINK_UNUSABLE, describeSepsLink, type SepsLinkPurpose } from "@/lib/seps/accounts";
import { findRole } from "@/lib/seps/roles";
import { SetPasswordForm } from "./set-password-form";

/**
 * The page an emailed link opens (GET): it shows whose link it is and a form, and consumes
 * nothing, so mail scanners that open links cannot use it up.
 */
export async function SepsLinkPage({
  purpose,
  token,
  action,
}: {
  purpose: SepsLinkPurpose;
  token: string;
  action: FormActionFn<SetPasswordData>;
}) {
  const view = await describeSepsLink(purpose, token);
  const title = purpose === "seps_activation" ? "Generar su contraseña" : "Restablecer contraseña";
  if (view.status !== "valid") {
    return (
      <>
        <h1>{view.status === "expired" ? "El enlace venció" : "El enlace no se puede usar"}</h1>
        <p className="lead">{LINK_UNUSABLE[view.status]}</p>
        {purpose === "seps_activation" && view.status === "expired" && (
          <p>El enlace de activación es válido por 72 horas desde que la SEPS otorgó el acceso.</p>
        )}
        <p>
          <Link href="/seps/restablecer" className="button">
            Restablecer contraseña
          </Link>
        </p>
      </>
    );
  }
  const active = view.roles.filter((r) => r.status === "activa");
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">
        Servicios electrónicos de la SEPS · <strong>{view.fullName}</strong>
      </p>
      {purpose === "seps_activation" && active.length > 0 && (
        <section aria-labelledby="roles-titulo" className="card">
          <h2 id="roles-titulo">Acceso otorgado</h2>
          <ul>
            {active.map((r) => (
              <li key={r.assignmentId}>
                <strong>{findRole(r.roleCode)?.name ?? r.roleCode}</strong> — {r.razonSocial}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>Valide su información y genere su contraseña. Su usuario es su número de cédula.</p>
      <SetPasswordForm token={token} action={action} />
    </>
  );
}
