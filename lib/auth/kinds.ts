// Client-safe: the three kinds of accounts and where each signs in.

export type AccountKind = "ecuapass" | "seps" | "staff";
export type StaffRole = "reviewer" | "admin";

/**
 * An Ecuapass account's state as the session carries it (read from the database on every request).
 * "pendiente_aprobacion" and "rechazado" sign in to their request's status page only; "suspendido"
 * does not sign in at all.
 */
export type EcuapassAccountStatus = "activo" | "suspendido" | "pendiente_aprobacion" | "rechazado";

export const SIGN_IN_PATH: Record<AccountKind, string> = {
  ecuapass: "/ecuapass/ingresar",
  seps: "/seps/ingresar",
  staff: "/admin/ingresar",
};

export const HOME_PATH: Record<AccountKind, string> = {
  ecuapass: "/ecuapass/mi-pagina",
  seps: "/seps/casillero",
  staff: "/admin",
};

/** Protected areas and the one kind of account each admits. */
export const PROTECTED_AREAS: { prefix: string; kind: AccountKind; open: string[] }[] = [
  { prefix: "/admin", kind: "staff", open: ["/admin/ingresar", "/admin/activar"] },
  { prefix: "/ecuapass/mi-pagina", kind: "ecuapass", open: [] },
  { prefix: "/seps/casillero", kind: "seps", open: [] },
];

export function areaFor(pathname: string) {
  return PROTECTED_AREAS.find(
    (area) =>
      (pathname === area.prefix || pathname.startsWith(`${area.prefix}/`)) &&
      !area.open.some((open) => pathname === open || pathname.startsWith(`${open}/`)),
  );
}

export const SIGN_IN_FAILED = "Usuario o contraseña incorrectos";
