"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { useSubmissionKey } from "@/components/form/use-submission-key";
import { rucKind } from "@/lib/ecuapass/organization-schema";
import { FIELD_LABELS } from "@/lib/ecuapass/rules";
import { TYPE_FIELD_LABELS, type TypeFormConfig } from "@/lib/ecuapass/type-forms";
import { initialFormState, type FormActionFn, type FormState } from "@/lib/forms/state";
import { stripSeparators } from "@/lib/security/normalize";
import { AddressSection } from "./registration/address-section";
import { DisabilitySection } from "./registration/disability-section";
import { EmailSection } from "./registration/email-section";
import { EntitySection } from "./registration/entity-section";
import { IdentitySection } from "./registration/identity-section";
import { OrganizationSection } from "./registration/organization-section";
import { PhoneSection } from "./registration/phone-section";
import { RepresentativeSection } from "./registration/representative-section";
import { RespaldoSection } from "./registration/respaldo-section";
import { useAvailability } from "./registration/use-availability";
import { useRegistrationValues } from "./registration/use-registration-values";
import { useTypeValues } from "./registration/use-type-values";

type Option = { value: string; label: string };

/**
 * The form of a type that needs an approval: the type's organization section, the general user's
 * blocks (the same components), the type's own sections, the supporting PDF, then the email and
 * its security code. Sent by its own submit handler so that a failed "Registrar" keeps the chosen
 * file (a form action resets the form's uncontrolled inputs); before hydration it posts natively.
 */
export function TypeRegistrationForm({
  config,
  action,
  requestCode,
  countries,
  provinces,
  cantons,
}: {
  config: TypeFormConfig;
  action: FormActionFn;
  requestCode: (formData: FormData) => Promise<FormState<unknown>>;
  countries: Option[];
  provinces: Option[];
  cantons: Record<string, [string, string][]>;
}) {
  const [state, dispatch, pending] = useActionState(action, initialFormState);
  const form = useRegistrationValues(state);
  const availability = useAvailability(form);
  const own = useTypeValues(state, config.organization?.rucKinds ?? null);
  const submissionKey = useSubmissionKey();
  const labels = { ...FIELD_LABELS, ...TYPE_FIELD_LABELS, ...(config.positionLabel ? { position: config.positionLabel } : {}) };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }

  return (
    <form action={dispatch} onSubmit={submit} noValidate className="panel ecuapass-form">
      <ErrorSummary state={state} labels={labels} />
      <input type="hidden" name="idempotencia" value={submissionKey} />
      <p className="hint">
        Los campos marcados con <span className="required">*</span> son obligatorios.
      </p>
      {config.organization && <OrganizationSection organization={config.organization} positionLabel={config.positionLabel} form={own} />}
      <section className="form-section" aria-labelledby="seccion-usuario">
        <h2 id="seccion-usuario">{config.sections.disability ? "Datos de la persona con discapacidad" : "Sus datos de usuario"}</h2>
        <IdentitySection form={form} availability={availability} docTypes={config.docTypes} />
      </section>
      {config.sections.disability && <DisabilitySection form={own} />}
      {config.sections.authority && <EntitySection form={own} />}
      {config.sections.representative && <RepresentativeSection form={own} />}
      <section className="form-section" aria-labelledby="seccion-contacto">
        <h2 id="seccion-contacto">Dirección y teléfonos</h2>
        <AddressSection form={form} countries={countries} provinces={provinces} cantons={cantons} />
        <PhoneSection form={form} />
      </section>
      {config.respaldoChoice.length > 0 && <RespaldoSection config={config} form={own} rucKind={rucKind(stripSeparators(own.values.orgRuc))} />}
      <section className="form-section" aria-labelledby="seccion-correo">
        <h2 id="seccion-correo">{FIELD_LABELS.email} y código de seguridad</h2>
        <EmailSection form={form} availability={availability} requestCode={requestCode} />
      </section>
      <div className="actions">
        <SubmitButton pendingLabel="Enviando la solicitud…" pending={pending}>
          Registrar
        </SubmitButton>
      </div>
    </form>
  );
}
