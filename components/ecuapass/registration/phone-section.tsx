import { Field } from "@/components/form/field";
import { FIELD_LABELS, INPUT_MAX, REGISTRATION_HINTS } from "@/lib/ecuapass/rules";
import { MOBILE_OPERATORS } from "@/lib/identity/phones";
import type { RegistrationValuesApi } from "./use-registration-values";

/** Teléfono1, Teléfono2, the mobile with its operator, and the fax. */
export function PhoneSection({ form }: { form: RegistrationValuesApi }) {
  const { values, set, errorOf, control } = form;
  const L = FIELD_LABELS;
  const phone = { type: "tel", maxLength: INPUT_MAX.phone, inputMode: "tel" } as const;
  return (
    <>
      <div className="grid-2">
        <Field name="phone1" label={L.phone1} required hint={REGISTRATION_HINTS.phone1} error={errorOf("phone1")}>
          <input {...phone} {...control("phone1", { hint: true })} required aria-required autoComplete="tel-national" />
        </Field>
        <Field name="phone2" label={L.phone2} hint={REGISTRATION_HINTS.phone2} error={errorOf("phone2")}>
          <input {...phone} {...control("phone2", { hint: true })} />
        </Field>
      </div>

      <div className="grid-2">
        <Field name="mobile" label={L.mobile} required hint={REGISTRATION_HINTS.mobile} error={errorOf("mobile")}>
          <div className="inline-group">
            <select
              id="mobileOperator"
              name="mobileOperator"
              className="narrow"
              aria-label={L.mobileOperator}
              value={values.mobileOperator}
              onChange={(e) => set("mobileOperator", e.target.value)}
            >
              {MOBILE_OPERATORS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            <input {...phone} {...control("mobile", { hint: true })} required aria-required autoComplete="tel-national" />
          </div>
        </Field>
        <Field name="fax" label={L.fax} error={errorOf("fax")}>
          <input {...phone} {...control("fax")} />
        </Field>
      </div>
    </>
  );
}
