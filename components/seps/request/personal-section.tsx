import { Field, RadioGroup, controlProps } from "@/components/form/field";
import { EMPLOYEE_OPTIONS, FIELD_LIMITS, REQUEST_HINTS, REQUEST_LABELS } from "@/lib/seps/rules";
import type { RequestValues } from "./values";

type ErrorOf = (field: string) => string | undefined;
type Bind = (name: keyof RequestValues) => { value: string; onChange: (event: { target: { value: string } }) => void };

/** "Datos Personales del Usuario". */
export function PersonalSection({
  bind,
  set,
  values,
  needsResolution,
  error,
}: {
  bind: Bind;
  set: (name: keyof RequestValues, value: string) => void;
  values: RequestValues;
  needsResolution: boolean;
  error: ErrorOf;
}) {
  const control = (name: keyof RequestValues, hint = false) => ({ ...controlProps(name, { error: error(name), hint }), ...bind(name) });
  return (
    <fieldset>
      <legend>Datos Personales del Usuario</legend>
      <div className="grid-2">
        <Field name="tipo" label={REQUEST_LABELS.tipo} required error={error("tipo")}>
          <select {...control("tipo")} aria-invalid={undefined}>
            <option value="natural">Natural</option>
          </select>
        </Field>
        <Field name="cedula" label={REQUEST_LABELS.cedula} required error={error("cedula")}>
          <input {...control("cedula")} inputMode="numeric" autoComplete="off" maxLength={FIELD_LIMITS.cedulaInput} required aria-required />
        </Field>
        <Field name="nombres" label={REQUEST_LABELS.nombres} required error={error("nombres")} hint={REQUEST_HINTS.nombres}>
          <input {...control("nombres", true)} autoComplete="name" maxLength={FIELD_LIMITS.name} required aria-required />
        </Field>
        <Field name="correo" label={REQUEST_LABELS.correo} required error={error("correo")}>
          <input {...control("correo")} type="email" autoComplete="email" maxLength={FIELD_LIMITS.email} spellCheck={false} required aria-required />
        </Field>
      </div>
      <RadioGroup
        name="empleado"
        legend={REQUEST_LABELS.empleado}
        required
        error={error("empleado")}
        options={EMPLOYEE_OPTIONS}
        value={values.empleado}
        onChange={(value) => set("empleado", value)}
      />
      <div className="grid-2">
        <Field name="cargo" label={REQUEST_LABELS.cargo} required error={error("cargo")}>
          <input {...control("cargo")} maxLength={FIELD_LIMITS.position} required aria-required />
        </Field>
        {needsResolution && (
          <Field name="resolucion" label={REQUEST_LABELS.resolucion} required error={error("resolucion")} hint={REQUEST_HINTS.resolucion}>
            <input {...control("resolucion", true)} maxLength={FIELD_LIMITS.resolution} required aria-required />
          </Field>
        )}
      </div>
    </fieldset>
  );
}
