"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Field, describedBy } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { firstError, initialFormState, type FormState } from "@/lib/forms/state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

function Outcome({ state }: { state: FormState }) {
  if (state.status !== "ok") return null;
  return (
    <div className="notice notice--success" role="status">
      <p>{state.message}</p>
    </div>
  );
}

/** An admin action on an account that needs a reason (emailed to the person and kept in the audit). */
export function ReasonActionForm({
  action: serverAction,
  id,
  title,
  hint,
  button,
  pending,
  hidden,
  danger,
}: {
  action: Action;
  id: string;
  title: string;
  hint: string;
  button: string;
  pending: string;
  hidden: Record<string, string>;
  danger?: boolean;
}) {
  const [state, action] = useActionState(serverAction, initialFormState);
  const name = `${id}-motivo`;
  const error = firstError(state, "motivo");
  return (
    <form action={action} className="card" aria-labelledby={`${id}-titulo`} noValidate>
      <h3 id={`${id}-titulo`}>{title}</h3>
      <ErrorSummary state={{ ...state, fieldErrors: error ? { [name]: [error] } : undefined }} labels={{ [name]: "Motivo" }} />
      <Outcome state={state} />
      {Object.entries(hidden).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <Field name={name} label="Motivo" required hint={hint} error={error}>
        <textarea
          id={name}
          name="motivo"
          required
          aria-required
          minLength={10}
          maxLength={500}
          defaultValue={state.status === "error" ? state.values?.motivo : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, true)}
        />
      </Field>
      <SubmitButton className={danger ? "button button--danger" : "button button--secondary"} pendingLabel={pending}>
        {button}
      </SubmitButton>
    </form>
  );
}

/** An admin action with no input beyond the account (resend a link, unlock). */
export function ButtonActionForm({
  action: serverAction,
  id,
  title,
  description,
  button,
  pending,
  hidden,
}: {
  action: Action;
  id: string;
  title: string;
  description: string;
  button: string;
  pending: string;
  hidden: Record<string, string>;
}) {
  const [state, action] = useActionState(serverAction, initialFormState);
  return (
    <form action={action} className="card" aria-labelledby={`${id}-titulo`}>
      <h3 id={`${id}-titulo`}>{title}</h3>
      <ErrorSummary state={state} labels={{}} />
      <Outcome state={state} />
      <p>{description}</p>
      {Object.entries(hidden).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <SubmitButton className="button button--secondary" pendingLabel={pending}>
        {button}
      </SubmitButton>
    </form>
  );
}
