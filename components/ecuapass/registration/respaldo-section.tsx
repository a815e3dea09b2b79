import { Field } from "@/components/form/field";
import type { RucKind } from "@/lib/ecuapass/organization-schema";
import { RESPALDO_KIND_LABEL, RESPALDO_KINDS_FOR, type RespaldoKind } from "@/lib/ecuapass/request-details";
import { RESPALDO_HINT, TYPE_FIELD_LABELS, respaldoKindFor, type TypeFormConfig } from "@/lib/ecuapass/type-forms";
import type { TypeValuesApi } from "./use-type-values";

/**
 * The supporting PDF. Where the rest of the form decides which document it is (a delegate's
 * delegation…), the section says so; otherwise the applicant chooses among the type's kinds.
 * The file input is not controlled: the form is sent without resetting it, so a failed
 * "Registrar" keeps the chosen file.
 */
export function RespaldoSection({
  config,
  form,
  rucKind,
  title = "Documento de respaldo",
  fileRequired = () => true,
}: {
  config: TypeFormConfig;
  form: TypeValuesApi;
  rucKind: RucKind | null;
  /** Another heading where the page already has a «Documento de respaldo» region (the status page). */
  title?: string;
  /** Whether the file must be attached for the document the form now calls for (a correction: only a changed one). */
  fileRequired?: (kind: RespaldoKind | null) => boolean;
}) {
  const { values, errorOf, control } = form;
  const L = TYPE_FIELD_LABELS;
  const derived = respaldoKindFor(config.type, {
    rucKind,
    capacity: values.capacity,
    hasLegalRepresentative: values.hasLegalRepresentative === "si",
    chosen: "",
  });
  const choose = ["funcionario_entidad_publica", "organismo_internacional"].includes(config.type);
  const error = errorOf("respaldo");
  const required = fileRequired(choose ? ((values.respaldoKind || null) as RespaldoKind | null) : derived);
  return (
    <section className="form-section" aria-labelledby="seccion-respaldo">
      <h2 id="seccion-respaldo">{title}</h2>
      {choose ? (
        <Field name="respaldoKind" label={L.respaldoKind} required error={errorOf("respaldoKind")}>
          <select {...control("respaldoKind")} required aria-required>
            <option value="">--Selección--</option>
            {RESPALDO_KINDS_FOR[config.type].map((kind) => (
              <option key={kind} value={kind}>
                {RESPALDO_KIND_LABEL[kind]}
              </option>
            ))}
          </select>
        </Field>
      ) : (
        derived && (
          <p id="respaldo-documento">
            Adjunte: <strong>{RESPALDO_KIND_LABEL[derived]}</strong>.
          </p>
        )
      )}
      <Field name="respaldo" label={L.respaldo} required={required} hint={RESPALDO_HINT} error={error}>
        <input
          id="respaldo"
          name="respaldo"
          type="file"
          accept="application/pdf,.pdf"
          required={required}
          aria-required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${choose ? "" : "respaldo-documento "}respaldo-hint respaldo-error`}
        />
      </Field>
    </section>
  );
}
