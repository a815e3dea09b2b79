import { PersonFields } from "./person-fields";
import type { TypeValuesApi } from "./use-type-values";

/** Organismos Internacionales: the organization's representative, who delegated the applicant. */
export function RepresentativeSection({ form }: { form: TypeValuesApi }) {
  return (
    <section className="form-section" aria-labelledby="seccion-representante">
      <h2 id="seccion-representante">Representante del organismo</h2>
      <p className="hint">La persona que representa al organismo en el Ecuador y que le delegó para actuar ante el SENAE.</p>
      <PersonFields prefix="representative" form={form} withPosition />
    </section>
  );
}
