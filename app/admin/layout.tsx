import Link from "next/link";
import type { ReactNode } from "react";
import { currentUser } from "@/lib/auth/guards";
import "./admin.css";

// The staff area's frame. It does not guard anything itself (sign-in and activation live under
// /admin too): every page and action checks the session and role on its own.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const staff = await currentUser("staff");
  if (!staff) return children;
  const isAdmin = staff.role === "admin";
  return (
    <>
      <nav aria-label="Personal" className="admin-nav">
        <ul>
          <li>
            <Link href="/admin">Bandeja</Link>
          </li>
          <li>
            <Link href="/admin/usuarios">Usuarios</Link>
          </li>
          {isAdmin && (
            <>
              <li>
                <Link href="/admin/catastro">Catastro</Link>
              </li>
              <li>
                <Link href="/admin/funciones">Funciones</Link>
              </li>
              <li>
                <Link href="/admin/personal">Personal</Link>
              </li>
              <li>
                <Link href="/admin/auditoria">Auditoría</Link>
              </li>
              <li>
                <Link href="/admin/eliminaciones">Eliminación de datos</Link>
              </li>
            </>
          )}
        </ul>
        <div className="admin-nav__session">
          <span>
            {staff.name} · {isAdmin ? "Administración" : "Revisión"}
          </span>
        </div>
      </nav>
      {children}
    </>
  );
}
