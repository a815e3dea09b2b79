import { Field, controlProps } from "@/components/form/field";
import { FIELD_LIMITS, roleFieldIds } from "@/lib/seps/rules";
import type { RoleRows } from "./use-role-rows";
import type { RucLookup } from "./use-ruc-lookup";

type ErrorOf = (field: string) => string | undefined;

/** "Usuario a desactivar": one block per role marked for deactivation or already full. */
export function DeactivationSection({ roleRows, ruc, error }: { roleRows: RoleRows; ruc: RucLookup; error: ErrorOf }) {
  const { rows, roleByCode, update } = roleRows;
  const deactivationRows = rows.filter((row) => row.deactivation || (row.access && ruc.occupancyOf(row.code)?.full));
  return (
    <fieldset>
      <legend>Usuario a desactivar</legend>
      <p className="hint">
        Cada rol admite un número de usuarios por organización. Si el rol ya está completo, indique el usuario que se
        desactivará; también puede pedir solo la desactivación de un usuario.
      </p>
      {!ruc.org && rows.length > 0 && (
        <p className="hint">Cuando ingrese el RUC en «Datos de la Organización» le indicaremos si algún rol ya está ocupado.</p>
      )}
      {deactivationRows.length === 0 && <p>No hay usuarios a desactivar.</p>}
      {deactivationRows.map((row) => {
        const role = roleByCode.get(row.code)!;
        const occupancy = ruc.occupancyOf(row.code);
        const name = roleFieldIds(row.code).deactivateCedula;
        const holders = occupancy?.holders.length ? `Usuario actual: ${occupancy.holders.join(", ")}` : undefined;
        return (
          <div key={row.code} className="deactivation">
            <h3 className="deactivation__title">{role.name}</h3>
            {occupancy?.full && (
              <p className="notice notice--warning">
                Este rol ya tiene {occupancy.holders.length} de {occupancy.max} usuario{occupancy.max === 1 ? "" : "s"} permitido
                {occupancy.max === 1 ? "" : "s"} en la organización: {occupancy.holders.join(", ")}.
                {row.deactivation ? null : (
                  <> Para solicitar el acceso, marque «¿Solicita desactivación?» en el rol e indique el usuario a desactivar.</>
                )}
              </p>
            )}
            {row.deactivation ? (
              <Field name={name} label="Cédula del usuario a desactivar" required error={error(name)} hint={holders}>
                <input
                  {...controlProps(name, { error: error(name), hint: Boolean(holders) })}
                  inputMode="numeric"
                  autoComplete="off"
                  maxLength={FIELD_LIMITS.cedulaInput}
                  value={row.cedula}
                  onChange={(e) => update(row.code, { cedula: e.target.value })}
                />
              </Field>
            ) : (
              error(name) && (
                <p className="field-error" id={name} tabIndex={-1}>
                  Error: {error(name)}
                </p>
              )
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
