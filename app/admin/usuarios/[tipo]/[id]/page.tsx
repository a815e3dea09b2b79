import { formatDateTimeMedium } from "@/lib/format/dates";
import { auditActionLabel } from "@/lib/security/audit-labels";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ButtonActionForm, ReasonActionForm, RevokeRoleForm } from "@/components/admin/account-forms";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getAccountDetail } from "@/lib/accounts/detail";
import { ACCOUNT_KIND_LABEL, accountStatus } from "@/lib/accounts/labels";
import { requireStaff } from "@/lib/auth/guards";
import { findRequestOfAccount } from "@/lib/ecuapass/registration-requests";
import { findRole } from "@/lib/seps/roles";
import { STATUS_LABEL } from "@/lib/seps/status";
import { reactivateAccountAction, resendActivationAction, revokeRoleAction, suspendAccountAction, unlockAccountAction } from "../../actions";
import { SummaryList } from "@/components/summary-list";

export const metadata: Metadata = { title: "Cuenta de usuario" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const DELETION_STATUS = { pendiente: "Pendiente", aceptada: "Aceptada", rechazada: "Rechazada" } as const;

export default async function AccountDetailPage({ params }: { params: Promise<{ tipo: string; id: string }> }) {
  const staff = await requireStaff();
  const { tipo, id } = await params;
  if ((tipo !== "ecuapass" && tipo !== "seps") || !UUID.test(id)) notFound();
  const detail = await getAccountDetail(tipo, id, { id: staff.id, label: staff.name });
  if (!detail) notFound();
  const isAdmin = staff.role === "admin";
  const { account, common } = detail;
  const status = accountStatus(account.status);
  const hidden = { kind: detail.kind, accountId: account.id };
  const username = detail.kind === "ecuapass" ? detail.account.userId : detail.account.cedula;
  // An Ecuapass account awaiting approval, or rejected, is decided through its registration
  // request, never suspended: it cannot sign in to anything but its request's status.
  const registration = detail.kind === "ecuapass" ? await findRequestOfAccount(account.id) : null;
  const undecided = account.status === "pendiente_aprobacion" || account.status === "rechazado";
  const suspendable = detail.kind === "ecuapass" ? account.status === "activo" : account.status === "activo" || account.status === "pendiente_activacion";

  const data: [string, string | null][] =
    detail.kind === "ecuapass"
      ? [
          ["ID.usuario", detail.account.userId],
          ["Documento", `${detail.account.docType.toUpperCase()} ${detail.account.docNumber}`],
          ["Correo electrónico", detail.account.email],
          ["Celular", detail.account.mobile],
          ["Registrada el", formatDateTimeMedium(detail.account.createdAt)],
        ]
      : [
          ["Usuario (cédula)", detail.account.cedula],
          ["Correo electrónico", detail.account.email],
          ["Contraseña", detail.account.hasPassword ? "Generada" : "Aún no generada"],
          ["Creada el", formatDateTimeMedium(detail.account.createdAt)],
        ];

  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/admin", label: "Bandeja" },
          { href: "/admin/usuarios", label: "Usuarios" },
        ]}
        current={account.fullName}
      />
      <h1>
        {account.fullName} <span className={status.tag}>{status.label}</span>
      </h1>
      <p className="lead">
        Cuenta de {ACCOUNT_KIND_LABEL[detail.kind]} · {username}
      </p>
      <p className="hint">Su consulta de esta ficha quedó registrada en el historial de accesos de la persona.</p>
      {common.statusReason && account.status === "suspendido" && (
        <div className="notice notice--warning">
          <p>
            Suspendida el {formatDateTimeMedium(common.statusReason.at)}. Motivo: {common.statusReason.reason}
          </p>
        </div>
      )}

      <section aria-labelledby="datos">
        <h2 id="datos">Datos de la cuenta</h2>
        <SummaryList rows={data} empty="—" />
      </section>

      <section aria-labelledby="ingresos">
        <h2 id="ingresos">Historial de ingreso</h2>
        <dl className="summary">
          <dt>Último ingreso</dt>
          <dd>{common.signIns.lastSignIn ? formatDateTimeMedium(common.signIns.lastSignIn) : "Nunca"}</dd>
          <dt>Intentos fallidos (30 días)</dt>
          <dd>{common.signIns.failures30d}</dd>
          <dt>Bloqueos (30 días)</dt>
          <dd>{common.signIns.locks30d}</dd>
          <dt>Bloqueo actual</dt>
          <dd>
            {common.signIns.lockedForSeconds === null ? (
              "No está bloqueada"
            ) : (
              <span className="tag tag--danger">Bloqueada {Math.ceil(common.signIns.lockedForSeconds / 60)} min más</span>
            )}
          </dd>
        </dl>
        {common.signIns.recentFailures.length > 0 && (
          <p className="hint">Últimos intentos fallidos: {common.signIns.recentFailures.map((at) => formatDateTimeMedium(at)).join("; ")}.</p>
        )}
      </section>

      {detail.kind === "seps" && (
        <section aria-labelledby="roles">
          <h2 id="roles">Roles por organización</h2>
          {detail.roles.length === 0 ? (
            <p>No tiene roles.</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">Roles de la cuenta</caption>
                <thead>
                  <tr>
                    <th scope="col">Organización</th>
                    <th scope="col">Rol</th>
                    <th scope="col">Estado</th>
                  </tr>
                </thead>
                <tbody>
                  {detail.roles.map((role) => (
                    <tr key={role.assignmentId}>
                      <td>
                        <Link href={`/admin/catastro/${role.organizationId}`}>{role.razonSocial}</Link>
                        <br />
                        <span className="hint">RUC {role.ruc}</span>
                      </td>
                      <td>{findRole(role.roleCode)?.name ?? role.roleCode}</td>
                      <td>
                        {role.status === "activa" ? (
                          <span className="tag tag--success">Activa</span>
                        ) : (
                          <span className="tag tag--muted">Desactivada{role.deactivatedAt ? ` el ${formatDateTimeMedium(role.deactivatedAt)}` : ""}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}

      {detail.kind === "seps" && (
        <section aria-labelledby="solicitudes">
          <h2 id="solicitudes">Solicitudes</h2>
          {detail.requests.length === 0 ? (
            <p>No hay solicitudes a nombre de esta cédula.</p>
          ) : (
            <ul>
              {detail.requests.map((r) => (
                <li key={r.id}>
                  <Link href={`/admin/solicitudes/${r.id}`}>{r.number}</Link> · {r.orgRazonSocial} ·{" "}
                  {STATUS_LABEL[r.status as keyof typeof STATUS_LABEL] ?? r.status} · {formatDateTimeMedium(r.createdAt)}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {common.deletionRequests.length > 0 && (
        <section aria-labelledby="eliminacion">
          <h2 id="eliminacion">Solicitudes de eliminación</h2>
          <ul>
            {common.deletionRequests.map((d) => (
              <li key={d.id}>
                {formatDateTimeMedium(d.createdAt)} · {DELETION_STATUS[d.status]}
                {d.resolutionReason ? ` · ${d.resolutionReason}` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}

      {registration && (
        <section aria-labelledby="registro">
          <h2 id="registro">Solicitud de registro</h2>
          <p>
            <Link href={`/admin/solicitudes/${registration.id}`}>Ver la solicitud de registro</Link>
            {undecided && (
              <>
                {" "}
                — la cuenta {account.status === "rechazado" ? "fue rechazada" : "espera la aprobación"}: se decide en la solicitud, no se suspende.
              </>
            )}
          </p>
        </section>
      )}

      {isAdmin ? (
        <section aria-labelledby="acciones">
          <h2 id="acciones">Acciones</h2>
          <div className="decision-forms">
            {account.status === "suspendido" ? (
              <ReasonActionForm
                action={reactivateAccountAction}
                id="reactivar"
                title="Reactivar la cuenta"
                hint="Se envía por correo a la persona y queda en la auditoría."
                button="Reactivar"
                pending="Reactivando…"
                hidden={hidden}
              />
            ) : suspendable ? (
              <ReasonActionForm
                action={suspendAccountAction}
                id="suspender"
                title="Suspender la cuenta"
                hint="Sus sesiones terminan de inmediato. El motivo se envía por correo a la persona."
                button="Suspender"
                pending="Suspendiendo…"
                hidden={hidden}
                danger
              />
            ) : null}
            {/* Shown while there are recent failures, not only while locked, so its answer stays on the page after unlocking. */}
            {(common.signIns.lockedForSeconds !== null || common.signIns.failures30d > 0) && (
              <ButtonActionForm
                action={unlockAccountAction}
                id="desbloquear"
                title="Desbloquear el ingreso"
                description={
                  common.signIns.lockedForSeconds !== null
                    ? "Quita el bloqueo por intentos fallidos y reinicia su conteo."
                    : "No está bloqueada. Reinicia el conteo de intentos fallidos que llevaría a un bloqueo."
                }
                button="Desbloquear"
                pending="Desbloqueando…"
                hidden={hidden}
              />
            )}
            {detail.kind === "seps" && account.status === "pendiente_activacion" && (
              <ButtonActionForm
                action={resendActivationAction}
                id="reenviar"
                title="Reenviar el enlace de activación"
                description="Envía un nuevo enlace de 72 horas para crear la contraseña; los anteriores dejan de funcionar."
                button="Reenviar enlace"
                pending="Enviando…"
                hidden={hidden}
              />
            )}
          </div>
          {detail.kind === "seps" && detail.roles.length > 0 && (
            <RevokeRoleForm
              action={revokeRoleAction}
              accountId={account.id}
              roles={detail.roles
                .filter((role) => role.status === "activa")
                .map((role) => ({ assignmentId: role.assignmentId, label: `${findRole(role.roleCode)?.name ?? role.roleCode} en ${role.razonSocial}` }))}
            />
          )}
        </section>
      ) : (
        <p className="hint">Solo la administración puede suspender cuentas, revocar roles o reenviar enlaces.</p>
      )}

      <section aria-labelledby="auditoria">
        <h2 id="auditoria">Auditoría</h2>
        {common.audit.length === 0 ? (
          <p>Sin eventos.</p>
        ) : (
          <ol className="history">
            {common.audit.map((e) => (
              <li key={e.id}>
                <strong>{auditActionLabel(e.action)}</strong> · {formatDateTimeMedium(e.at)}
                {e.actorLabel ? ` · ${e.actorLabel}` : ""}
                {e.details && typeof e.details.motivo === "string" ? ` · Motivo: ${e.details.motivo}` : ""}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
