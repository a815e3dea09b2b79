import { Field, controlProps } from "@/components/form/field";
import { FIELD_LIMITS, REQUEST_LABELS } from "@/lib/seps/rules";
import type { RequestValues } from "./values";

type Bind = (name: keyof RequestValues) => { value: string; onChange: (event: { target: { value: string } }) => void };

/** "Datos de la persona que va a realizar el trámite" (optional). */
export function ProxySection({ bind, error }: { bind: Bind; error: (field: string) => string | undefined }) {
  return (
    <fieldset>
      <legend>Datos de la persona que va a realizar el trámite</legend>
      <p className="hint">Opcional: solo si autoriza a un tercero para realizar el trámite.</p>
      <div className="grid-2">
        <Field name="tramiteCedula" label={REQUEST_LABELS.cedula} error={error("tramiteCedula")}>
          <input
            {...controlProps("tramiteCedula", { error: error("tramiteCedula") })}
            {...bind("tramiteCedula")}
            inputMode="numeric"
            autoComplete="off"
            maxLength={FIELD_LIMITS.cedulaInput}
          />
        </Field>
        <Field name="tramiteNombres" label={REQUEST_LABELS.nombres} error={error("tramiteNombres")}>
          <input {...controlProps("tramiteNombres", { error: error("tramiteNombres") })} {...bind("tramiteNombres")} maxLength={FIELD_LIMITS.name} />
        </Field>
      </div>
    </fieldset>
  );
}
