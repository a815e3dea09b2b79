"use client";

import { useActionState } from "react";
import { CheckboxGroup, type CheckboxOption } from "@/components/form/checkbox-group";
import { TextArea } from "@/components/form/text-area";
import { ErrorSummary } from "@/components/form/error-summary";
import { FormOutcome } from "@/components/form/form-outcome";
import { SubmitButton } from "@/components/form/submit-button";
import { firstError, initialFormState, type FormState } from "@/lib/forms/state";
import { DECISION_REASON_MAX, DECISION_REASON_MIN } from "@/lib/review/reason";

/** The sections a correction request names (posted as "corregir"). */
export type CorrectionSections = { legend: string; options: CheckboxOption[]; required: boolean };

/**
 * A reviewer's decision that carries a reason (reject, ask for a correction) on a SEPS or an
 * Ecuapass request; the correction also names the sections to correct.
 */
export function DecisionReasonForm({
  requestId,
  action: serverAction,
  id,
  title,
  hint,
  button,
  pending,
  danger,
  sections,
}: {
  requestId: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  id: string;
  title: string;
  hint: string;
  button: string;
  pending: string;
  danger?: boolean;
  sections?: CorrectionSections;
}) {
  const [state, action] = useActionState(serverAction, initialFormState);
  const name = `${id}-reason`;
  const sectionsId = `${id}-corregir`;
  const error = firstError(state, "reason");
  const sectionsError = firstError(state, "corregir");
  const fieldErrors = {
    ...(error ? { [name]: [error] } : {}),
    ...(sectionsError ? { [sectionsId]: [sectionsError] } : {}),
  };
  return (
    <form action={action} className="card" aria-labelledby={`${id}-titulo`} noValidate>
      <h3 id={`${id}-titulo`}>{title}</h3>
      <ErrorSummary
        state={{ ...state, fieldErrors: Object.keys(fieldErrors).length ? fieldErrors : undefined }}
        labels={{ [name]: "Motivo", ...(sections ? { [sectionsId]: sections.legend } : {}) }}
      />
      <FormOutcome state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      <TextArea
        id={name}
        name="reason"
        label="Motivo"
        required
        hint={hint}
        error={error}
        minLength={DECISION_REASON_MIN}
        maxLength={DECISION_REASON_MAX}
        defaultValue={state.status === "error" ? state.values?.reason : undefined}
      />
      {sections && (
        <CheckboxGroup id={sectionsId} name="corregir" legend={sections.legend} options={sections.options} required={sections.required} error={sectionsError} />
      )}
      <SubmitButton className={danger ? "button button--danger" : "button button--secondary"} pendingLabel={pending}>
        {button}
      </SubmitButton>
    </form>
  );
}
