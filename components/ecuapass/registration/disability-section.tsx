import { Field, RadioGroup } from "@/components/form/field";
import {
  DISABILITY_PERCENT_INPUT_MAX,
  DISABILITY_PERCENT_MAX,
  DISABILITY_PERCENT_MIN,
  DISABILITY_TYPE_LABEL,
  LEGAL_REPRESENTATIVE_RELATION_LABEL,
} from "@/lib/ecuapass/request-details";
import { TYPE_FIELD_LABELS } from "@/lib/ecuapass/type-forms";
import { PersonFields } from "./person-fields";
import type { TypeValuesApi } from "./use-type-values";

const ACTING = [
  { value: "no", label: "No, la persona con discapacidad presenta la solicitud" },
  { value: "si", label: "Sí, actúa su representante legal" },
];

/** Persona con Discapacidad: what the cédula says, and the legal representative when one acts. */
export function DisabilitySection({ form }: { form: TypeValuesApi }) {
  const { values, set, errorOf, control } = form;
  const L = TYPE_FIELD_LABELS;
  return (
    <section className="form-section" aria-labelledby="seccion-discapacidad">
      <h2 id="seccion-discapacidad">Datos de la discapacidad</h2>
      <p className="hint">Como constan en la cédula de la persona con discapacidad (los carnés del CONADIS o del MSP ya no son válidos).</p>
      <div className="grid-2">
        <Field name="disabilityType" label={L.disabilityType} required error={errorOf("disabilityType")}>
          <select {...control("disabilityType")} required aria-required>
            <option value="">--Selección--</option>
            {Object.entries(DISABILITY_TYPE_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field name="disabilityPercent" label={`${L.disabilityPercent} (%)`} required hint={`De ${DISABILITY_PERCENT_MIN} a ${DISABILITY_PERCENT_MAX}.`} error={errorOf("disabilityPercent")}>
          <input type="text" {...control("disabilityPercent", { hint: true })} required aria-required inputMode="numeric" maxLength={DISABILITY_PERCENT_INPUT_MAX} autoComplete="off" />
        </Field>
      </div>
      <RadioGroup
        name="hasLegalRepresentative"
        legend={L.hasLegalRepresentative}
        required
        error={errorOf("hasLegalRepresentative")}
        options={ACTING}
        value={values.hasLegalRepresentative}
        onChange={(value) => set("hasLegalRepresentative", value)}
      />
      {values.hasLegalRepresentative === "si" && (
        <fieldset>
          <legend>Representante legal</legend>
          <PersonFields prefix="legalRepresentative" form={form} withPosition={false} />
          <Field name="relation" label={L.relation} required error={errorOf("relation")}>
            <select {...control("relation")} required aria-required>
              <option value="">--Selección--</option>
              {Object.entries(LEGAL_REPRESENTATIVE_RELATION_LABEL).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
        </fieldset>
      )}
    </section>
  );
}
