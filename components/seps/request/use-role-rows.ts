"use client";

import { useState } from "react";
import type { RoleOption } from "@/lib/seps/views";
import { roleFieldIds } from "@/lib/seps/rules";

export type RoleRow = { code: string; access: boolean; deactivation: boolean; cedula: string };

/**
 * The "Sistemas Disponibles" table: the roles added, the one chosen in the select, and where the
 * focus goes when the control that had it disappears (`onFocus` moves it once the DOM is there).
 */
export function useRoleRows(roles: RoleOption[], onFocus: (id: string) => void) {
  const [rows, setRows] = useState<RoleRow[]>([]);
  const [selected, choose] = useState("");
  const [notChosen, setNotChosen] = useState(false);
  const roleByCode = new Map(roles.map((r) => [r.code, r]));
  const available = roles.filter((r) => !rows.some((row) => row.code === r.code));

  function add() {
    // "Seleccione…" adds nothing: the person is told to choose, the focus stays on the button.
    const code = selected;
    if (!code) return setNotChosen(true);
    if (rows.some((r) => r.code === code)) return;
    setRows((r) => [...r, { code, access: true, deactivation: false, cedula: "" }]);
    setSelected("");
    // The last role disables the select and this button: the focus goes to the new row instead of the page.
    if (available.length === 1) onFocus(roleFieldIds(code).access);
  }

  function remove(code: string) {
    setRows((all) => all.filter((r) => r.code !== code));
    // Its row (and the focused button) is gone: back to where roles are chosen.
    onFocus("roles");
  }

  function update(code: string, patch: Partial<RoleRow>) {
    setRows((all) => all.map((r) => (r.code === code ? { ...r, ...patch } : r)));
  }

  const needsResolution = rows.some((row) => row.access && roleByCode.get(row.code)?.requiresResolution);

  function setSelected(code: string) {
    choose(code);
    setNotChosen(false);
  }

  return { rows, selected, setSelected, notChosen, available, roleByCode, needsResolution, add, remove, update };
}
export type RoleRows = ReturnType<typeof useRoleRows>;
