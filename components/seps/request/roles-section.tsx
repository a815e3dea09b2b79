import { Field, describedBy } from "@/components/form/field";
import { MESSAGES, REQUEST_LABELS, ROLES_ALL_ADDED, ROLE_PLACEHOLDER, roleFieldIds } from "@/lib/seps/rules";
import type { RoleRows } from "./use-role-rows";

type ErrorOf = (field: string) => string | undefined;

/** "Sistemas Disponibles": choose a role, add it, mark access and/or deactivation per row. */
export function RolesSection({ roleRows, error }: { roleRows: RoleRows; error: ErrorOf }) {
  const { rows, selected, setSelected, notChosen, available, roleByCode, add, remove, update } = roleRows;
  const selectError = error("roles") ?? (notChosen ? MESSAGES.roleNotChosen : undefined);
  return (
    <fieldset>
      <legend>{REQUEST_LABELS.roles}</legend>
      <Field name="roles" label="Sistema / rol" error={selectError}>
        <div className="inline-group">
          <select
            id="roles"
            aria-describedby={describedBy("roles", false)}
            aria-invalid={selectError ? true : undefined}
            value={selected}
            onChange={(e) => setSelected(e.target.value)}
            disabled={!available.length}
          >
            <option value="">{available.length ? ROLE_PLACEHOLDER : ROLES_ALL_ADDED}</option>
            {available.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
          <button type="button" className="button button--secondary" onClick={add} disabled={!available.length}>
            + Agregar Rol de Usuario
          </button>
        </div>
      </Field>
      <div className="table-wrap">
        <table className="stack-table">
          <caption className="visually-hidden">Roles agregados</caption>
          <thead>
            <tr>
              <th scope="col">Sistema / rol</th>
              <th scope="col">¿Solicita acceso?</th>
              <th scope="col">¿Solicita desactivación?</th>
              <th scope="col">
                <span className="visually-hidden">Acciones</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={4}>No hay roles agregados</td>
              </tr>
            )}
            {rows.map((row) => {
              const role = roleByCode.get(row.code)!;
              const ids = roleFieldIds(row.code);
              const rowError = error(ids.access);
              return (
                <tr key={row.code}>
                  <td>
                    <input type="hidden" name="rol" value={row.code} />
                    <strong>{role.name}</strong>
                    <br />
                    <span className="hint">
                      {role.description} Usuarios por entidad: {role.maxPerOrganization}.
                    </span>
                    {rowError && (
                      <span className="field-error" id={`${ids.access}-error`}>
                        Error: {rowError}
                      </span>
                    )}
                  </td>
                  <td data-label="¿Solicita acceso?" className="stack-table__inline">
                    <input
                      type="checkbox"
                      className="table-checkbox"
                      id={ids.access}
                      name={ids.access}
                      checked={row.access}
                      onChange={(e) => update(row.code, { access: e.target.checked })}
                      aria-label={`¿Solicita acceso? ${role.name}`}
                      aria-describedby={rowError ? `${ids.access}-error` : undefined}
                    />
                  </td>
                  <td data-label="¿Solicita desactivación?" className="stack-table__inline">
                    <input
                      type="checkbox"
                      className="table-checkbox"
                      id={ids.deactivation}
                      name={ids.deactivation}
                      checked={row.deactivation}
                      onChange={(e) => update(row.code, { deactivation: e.target.checked })}
                      aria-label={`¿Solicita desactivación? ${role.name}`}
                    />
                  </td>
                  <td>
                    <button type="button" className="button button--link nowrap" onClick={() => remove(row.code)}>
                      Quitar<span className="visually-hidden"> {role.name}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
