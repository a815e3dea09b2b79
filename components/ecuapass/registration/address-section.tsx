import { Field } from "@/components/form/field";
import { ADDRESS_MAX, FIELD_LABELS, REGISTRATION_HINTS } from "@/lib/ecuapass/rules";
import { ECUADOR, type RegistrationValuesApi } from "./use-registration-values";

type Option = { value: string; label: string };

const ANY = "--Selección--";

/** País, then (in Ecuador) provincia and ciudad, then the address. */
export function AddressSection({
  form,
  countries,
  provinces,
  cantons,
}: {
  form: RegistrationValuesApi;
  countries: Option[];
  provinces: Option[];
  cantons: Record<string, [string, string][]>;
}) {
  const { values, errorOf, control } = form;
  const L = FIELD_LABELS;
  const ecuador = values.country === ECUADOR;
  const cantonOptions = (ecuador && cantons[values.province]) || [];
  return (
    <>
      <Field name="country" label={L.country} required error={errorOf("country")}>
        <select {...control("country")} required aria-required autoComplete="country">
          <option value="">{ANY}</option>
          {countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </Field>

      <div className="grid-2">
        <Field name="province" label={L.province} hint={REGISTRATION_HINTS.province} error={errorOf("province")}>
          <select {...control("province", { hint: true })} disabled={!ecuador}>
            <option value="">{ANY}</option>
            {ecuador &&
              provinces.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
          </select>
        </Field>
        <Field name="city" label={L.city} hint={REGISTRATION_HINTS.city} error={errorOf("city")}>
          <select {...control("city", { hint: true })} disabled={!ecuador || !values.province}>
            <option value="">{ANY}</option>
            {cantonOptions.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
      </div>

      <Field name="address" label={L.address} required error={errorOf("address")}>
        <input type="text" {...control("address")} required aria-required maxLength={ADDRESS_MAX} autoComplete="street-address" />
      </Field>
    </>
  );
}
