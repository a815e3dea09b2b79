import { Field, controlProps } from "@/components/form/field";
import { FIELD_LIMITS, ORGANIZATION_LABELS, REQUEST_HINTS, REQUEST_LABELS } from "@/lib/seps/rules";
import type { RucLookup } from "./use-ruc-lookup";

/** "Datos de la Organización": the RUC, looked up in the catastro, fills the rest (read-only). */
export function OrganizationSection({
  ruc,
  value,
  onChange,
  error,
}: {
  ruc: RucLookup;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const shownError = error ?? ruc.error;
  const org = ruc.org;
  return (
    <fieldset>
      <legend>Datos de la Organización</legend>
      <Field name="ruc" label={REQUEST_LABELS.ruc} required error={shownError} hint={REQUEST_HINTS.ruc}>
        <div className="inline-group">
          <input
            {...controlProps("ruc", { error: shownError, hint: true })}
            value={value}
            onChange={(e) => {
              onChange(e.target.value);
              ruc.rucChanged(e.target.value);
            }}
            onBlur={() => ruc.rucLeft(value)}
            inputMode="numeric"
            autoComplete="off"
            maxLength={FIELD_LIMITS.rucInput}
            required
            aria-required
          />
          {/* aria-disabled, not disabled: leaving the RUC field starts a lookup, and a disabled button would drop the focus Tab just gave it. */}
          <button type="button" className="button button--secondary" onClick={() => ruc.lookup(value)} aria-disabled={ruc.lookingUp}>
            {ruc.lookingUp ? "Buscando…" : "Buscar RUC"}
          </button>
        </div>
      </Field>
      <p role="status" className="visually-hidden">
        {org ? `Organización encontrada: ${org.razonSocial}` : ""}
      </p>
      <div className="grid-2">
        {(Object.keys(ORGANIZATION_LABELS) as (keyof typeof ORGANIZATION_LABELS)[]).map((key, i) => (
          <div className="field" key={key}>
            <label htmlFor={`org-${i}`}>{ORGANIZATION_LABELS[key]}</label>
            {/* A textarea that grows with its text: a long razón social shows whole instead of being cut. */}
            <textarea id={`org-${i}`} className="readonly-value" rows={1} readOnly value={org?.[key] ?? ""} placeholder={org ? "" : "Se completa con el RUC"} />
          </div>
        ))}
      </div>
      <p className="hint">
        Para proteger sus datos, el nombre y el correo del representante legal se muestran parcialmente; los documentos de la
        solicitud los incluyen completos desde el catastro de la SEPS.
      </p>
    </fieldset>
  );
}
