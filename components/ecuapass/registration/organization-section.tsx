import { Field } from "@/components/form/field";
import { RAZON_SOCIAL_MAX, RUC_KIND_LABEL } from "@/lib/ecuapass/organization-schema";
import { POSITION_MAX } from "@/lib/ecuapass/request-details";
import { ADDRESS_MAX, INPUT_MAX } from "@/lib/ecuapass/rules";
import { TYPE_FIELD_LABELS, type TypeFormConfig } from "@/lib/ecuapass/type-forms";
import type { TypeValuesApi } from "./use-type-values";

type Organization = NonNullable<TypeFormConfig["organization"]>;

function rucHint(organization: Organization): string {
  const kinds = organization.rucKinds.map((k) => RUC_KIND_LABEL[k].toLowerCase());
  const list = kinds.length > 1 ? `${kinds.slice(0, -1).join(", ")} o ${kinds.at(-1)}` : kinds[0];
  return `13 dígitos, sin guiones. Se admite el RUC de: ${list}.`;
}

/** The organization the applicant represents or works for, and the applicant's position in it. */
export function OrganizationSection({ organization, positionLabel, form }: { organization: Organization; positionLabel: string | null; form: TypeValuesApi }) {
  const { errorOf, control } = form;
  const L = TYPE_FIELD_LABELS;
  return (
    <section className="form-section" aria-labelledby="seccion-organizacion">
      <h2 id="seccion-organizacion">{organization.legend}</h2>
      <Field name="orgRuc" label={`${L.orgRuc} de la ${organization.noun}`} required hint={rucHint(organization)} error={errorOf("orgRuc")}>
        <input type="text" {...control("orgRuc", { hint: true })} required aria-required maxLength={INPUT_MAX.docNumber} inputMode="numeric" autoComplete="off" spellCheck={false} />
      </Field>
      <Field name="orgRazonSocial" label={L.orgRazonSocial} required hint="Tal como consta en el RUC." error={errorOf("orgRazonSocial")}>
        <input type="text" {...control("orgRazonSocial", { hint: true })} required aria-required maxLength={RAZON_SOCIAL_MAX} autoComplete="organization" />
      </Field>
      <Field name="orgAddress" label={`${L.orgAddress} de la ${organization.noun}`} required error={errorOf("orgAddress")}>
        <input type="text" {...control("orgAddress")} required aria-required maxLength={ADDRESS_MAX} autoComplete="off" />
      </Field>
      <div className="grid-2">
        <Field name="orgPhone" label={`${L.orgPhone} de la ${organization.noun}`} required hint="Fijo con código de provincia (042345678) o celular." error={errorOf("orgPhone")}>
          <input type="tel" {...control("orgPhone", { hint: true })} required aria-required maxLength={INPUT_MAX.phone} inputMode="tel" autoComplete="off" />
        </Field>
        {positionLabel && (
          <Field name="position" label={positionLabel} required hint="Su cargo actual." error={errorOf("position")}>
            <input type="text" {...control("position", { hint: true })} required aria-required maxLength={POSITION_MAX} autoComplete="organization-title" />
          </Field>
        )}
      </div>
    </section>
  );
}
