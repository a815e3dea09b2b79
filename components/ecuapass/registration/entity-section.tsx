import { RadioGroup } from "@/components/form/field";
import { ENTITY_CAPACITY_LABEL } from "@/lib/ecuapass/request-details";
import { TYPE_FIELD_LABELS } from "@/lib/ecuapass/type-forms";
import { PersonFields } from "./person-fields";
import type { TypeValuesApi } from "./use-type-values";

const CAPACITIES = Object.entries(ENTITY_CAPACITY_LABEL).map(([value, label]) => ({ value, label }));

/** Representantes de Entidades Públicas: the highest authority itself, or an official it delegated (then: who). */
export function EntitySection({ form }: { form: TypeValuesApi }) {
  const { values, set, errorOf } = form;
  return (
    <section className="form-section" aria-labelledby="seccion-representacion">
      <h2 id="seccion-representacion">Representación de la entidad</h2>
      <RadioGroup
        name="capacity"
        legend={TYPE_FIELD_LABELS.capacity}
        required
        error={errorOf("capacity")}
        options={CAPACITIES}
        value={values.capacity}
        onChange={(value) => set("capacity", value)}
      />
      {values.capacity === "delegado" && (
        <fieldset>
          <legend>Máxima autoridad que le delegó</legend>
          <p className="hint">Tal como consta en el registro del SRI de la entidad.</p>
          <PersonFields prefix="authority" form={form} withPosition />
        </fieldset>
      )}
    </section>
  );
}
