import { Field } from "@/components/form/field";
import { INPUT_MAX, NAME_MAX } from "@/lib/ecuapass/rules";
import { POSITION_MAX } from "@/lib/ecuapass/request-details";
import { TYPE_FIELD_LABELS } from "@/lib/ecuapass/type-forms";
import type { TypeValueName, TypeValuesApi } from "./use-type-values";

type Prefix = "authority" | "representative" | "legalRepresentative";

/** Another person named in the request: names, identity document and (when asked) position. */
export function PersonFields({ prefix, form, withPosition }: { prefix: Prefix; form: TypeValuesApi; withPosition: boolean }) {
  const { values, set, errorOf, control } = form;
  const name = (field: string) => `${prefix}${field}` as TypeValueName;
  const L = TYPE_FIELD_LABELS as Record<string, string>;
  const docType = values[name("DocType")];
  return (
    <>
      <Field name={name("FullName")} label={L[name("FullName")]} required error={errorOf(name("FullName"))}>
        <input type="text" {...control(name("FullName"))} required aria-required maxLength={NAME_MAX} autoComplete="off" />
      </Field>
      <Field name={name("DocNumber")} label={L[name("DocNumber")]} required error={errorOf(name("DocNumber"))}>
        <div className="inline-group">
          <select
            id={name("DocType")}
            name={name("DocType")}
            className="narrow"
            aria-label={`Tipo de ${L[name("DocNumber")]!.toLowerCase()}`}
            value={docType}
            onChange={(e) => set(name("DocType"), e.target.value)}
          >
            <option value="cedula">Cédula</option>
            <option value="pasaporte">Pasaporte</option>
          </select>
          <input type="text" {...control(name("DocNumber"))} required aria-required maxLength={INPUT_MAX.docNumber} autoComplete="off" spellCheck={false} inputMode={docType === "pasaporte" ? "text" : "numeric"} />
        </div>
      </Field>
      {withPosition && (
        <Field name={name("Position")} label={L[name("Position")]} required error={errorOf(name("Position"))}>
          <input type="text" {...control(name("Position"))} required aria-required maxLength={POSITION_MAX} autoComplete="off" />
        </Field>
      )}
    </>
  );
}
