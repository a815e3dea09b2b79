"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { useSubmissionKey } from "@/components/form/use-submission-key";
import { FIELD_LABELS } from "@/lib/ecuapass/rules";
import { initialFormState, type FormActionFn, type FormState } from "@/lib/forms/state";
import { AddressSection } from "./registration/address-section";
import { EmailSection } from "./registration/email-section";
import { IdentitySection } from "./registration/identity-section";
import { PhoneSection } from "./registration/phone-section";
import { useAvailability } from "./registration/use-availability";
import { useRegistrationValues } from "./registration/use-registration-values";

type Option = { value: string; label: string };

/**
 * "Solicitud de registro para Usuario General". The form posts to its server action even before
 * hydration (never a GET that would put the password in the URL); with JavaScript it adds the live
 * hints, the availability checks and the security code request.
 */
export function RegistrationForm({
  action,
  requestCode,
  countries,
  provinces,
  cantons,
}: {
  action: FormActionFn;
  requestCode: (formData: FormData) => Promise<FormState<unknown>>;
  countries: Option[];
  provinces: Option[];
  cantons: Record<string, [string, string][]>;
}) {
  const [state, dispatch] = useActionState(action, initialFormState);
  const form = useRegistrationValues(state);
  const availability = useAvailability(form);
  const submissionKey = useSubmissionKey();

  return (
    <form action={dispatch} noValidate className="panel ecuapass-form">
      <ErrorSummary state={state} labels={FIELD_LABELS} />
      <input type="hidden" name="idempotencia" value={submissionKey} />
      <p className="hint">
        Los campos marcados con <span className="required">*</span> son obligatorios.
      </p>
      <IdentitySection form={form} availability={availability} />
      <AddressSection form={form} countries={countries} provinces={provinces} cantons={cantons} />
      <PhoneSection form={form} />
      <EmailSection form={form} availability={availability} requestCode={requestCode} />
      <div className="actions">
        <SubmitButton pendingLabel="Registrando…">Registrar</SubmitButton>
      </div>
    </form>
  );
}
