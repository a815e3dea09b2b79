import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DeactivateStaffButton, InviteStaffForm } from "@/components/admin/staff-forms";
import { deactivateStaffAction, inviteStaffAction } from "./actions";
import { requireStaff } from "@/lib/auth/guards";
import { listStaff } from "@/lib/auth/staff";

export const metadata: Metadata = { title: "Personal" };

const ROLE = { reviewer: "Revisión", admin: "Administración" } as const;
const STATUS = {
  pendiente_activacion: { label: "Pendiente de activación", tag: "tag tag--warning" },
  activo: { label: "Activa", tag: "tag tag--success" },
  desactivado: { label: "Desactivada", tag: "tag tag--muted" },
  suspendido: { label: "Suspendida", tag: "tag tag--danger" },
} as const;

export default async function StaffPage() {
  const admin = await requireStaff("admin");
  const staff = await listStaff();
  return (
    <>
      <Breadcrumbs trail={[{ href: "/admin", label: "Bandeja" }]} current="Personal" />
      <h1>Personal</h1>
      <h2>Cuentas</h2>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Cuentas del personal</caption>
          <thead>
            <tr>
              <th scope="col">Nombre</th>
              <th scope="col">Correo</th>
              <th scope="col">Rol</th>
              <th scope="col">Estado</th>
              <th scope="col">Acciones</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((s) => (
              <tr key={s.id}>
                <td>{s.fullName}</td>
                <td>{s.email}</td>
                <td>{ROLE[s.role]}</td>
                <td>
                  <span className={STATUS[s.status].tag}>{STATUS[s.status].label}</span>
                </td>
                <td>
                  {s.id === admin.id ? (
                    <span className="hint">Su cuenta</span>
                  ) : s.status !== "desactivado" ? (
                    <DeactivateStaffButton deactivateStaffAction={deactivateStaffAction} staffId={s.id} name={s.fullName} />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Invitar a una persona</h2>
      <p>Recibirá por correo un enlace de un solo uso para definir su contraseña y registrar su segundo factor.</p>
      <InviteStaffForm inviteStaffAction={inviteStaffAction} />
    </>
  );
}
