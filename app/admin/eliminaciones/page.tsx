import { formatDateTimeMedium } from "@/lib/format/dates";
import type { Metadata } from "next";
import Link from "next/link";
import { DeletionResolveForm } from "@/components/admin/deletion-resolve-form";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ACCOUNT_KIND_LABEL } from "@/lib/accounts/labels";
import { requireStaff } from "@/lib/auth/guards";
import { listDeletionRequests, recordDeletionReview } from "@/lib/privacy/deletion";
import { resolveDeletionAction } from "./actions";

export const metadata: Metadata = { title: "Solicitudes de eliminación de datos" };
export const dynamic = "force-dynamic";

const STATUS = { pendiente: "Pendiente", aceptada: "Aceptada: cuenta eliminada", rechazada: "Rechazada" } as const;

export default async function DeletionRequestsPage() {
  const staff = await requireStaff("admin");
  const rows = await listDeletionRequests();
  const pending = rows.filter((r) => r.status === "pendiente");
  const resolved = rows.filter((r) => r.status !== "pendiente");
  // Each pending request names a person: showing it is a read of their record.
  await Promise.all(pending.map((r) => recordDeletionReview(r, { id: staff.id, label: staff.name })));
  return (
    <>
      <Breadcrumbs trail={[{ href: "/admin", label: "Bandeja" }]} current="Eliminación de datos" />
      <h1>Solicitudes de eliminación de datos</h1>
      <p className="lead">
        Pedidos de titulares para eliminar su cuenta y sus datos personales (LOPDP, art. 15). Una cuenta con roles activos o bajo
        conservación legal no puede eliminarse: se rechaza indicando el motivo.
      </p>
      <h2>Pendientes ({pending.length})</h2>
      {pending.length === 0 && <p>No hay solicitudes pendientes.</p>}
      {pending.map((r) => (
        <section key={r.id} className="card" aria-labelledby={`sol-${r.id}`}>
          <h3 id={`sol-${r.id}`}>
            <Link href={`/admin/usuarios/${r.subjectKind}/${r.subjectId}`}>{r.subjectLabel ?? "Cuenta"}</Link> ·{" "}
            {ACCOUNT_KIND_LABEL[r.subjectKind]}
          </h3>
          <p>
            Solicitada el {formatDateTimeMedium(r.createdAt)}.{r.reason ? ` Motivo de la persona: ${r.reason}` : ""}
          </p>
          {r.blockers.length > 0 ? (
            <div className="notice notice--warning">
              <p>No puede eliminarse:</p>
              <ul>
                {r.blockers.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p>No hay impedimentos: al aceptar, la cuenta y sus datos personales se eliminan.</p>
          )}
          <DeletionResolveForm action={resolveDeletionAction} requestId={r.id} blockers={r.blockers} />
        </section>
      ))}
      <h2>Resueltas recientemente</h2>
      {resolved.length === 0 ? (
        <p>Ninguna todavía.</p>
      ) : (
        <ul>
          {resolved.map((r) => (
            <li key={r.id}>
              {r.subjectLabel ?? "Cuenta eliminada"} · {ACCOUNT_KIND_LABEL[r.subjectKind]} · {STATUS[r.status]}
              {r.resolvedAt ? ` el ${formatDateTimeMedium(r.resolvedAt)}` : ""}
              {r.resolvedByName ? ` por ${r.resolvedByName}` : ""}
              {r.resolutionReason ? ` · ${r.resolutionReason}` : ""}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
