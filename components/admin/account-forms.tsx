"use client";

import { useActionState } from "react";
import { TextArea } from "@/components/form/text-area";
import { ErrorSummary } from "@/components/form/error-summary";
import { FormOutcome } from "@/components/form/form-outcome";
import { SubmitButton } from "@/components/form/submit-button";
import { firstError, initialFormState, type FormState } from "@/lib/forms/state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

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
      <FormOutcome state={state} />
      {Object.entries(hidden).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <TextArea
        id={name}
        name="motivo"
        label="Motivo"
        required
        hint={hint}
        error={error}
        minLength={10}
        maxLength={500}
        defaultValue={state.status === "error" ? state.values?.motivo : undefined}
      />
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
      <FormOutcome state={state} />
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

/**
 * Revoking one SEPS role: one form for all of the account's active roles, so its answer stays on
 * the page after the revoked role leaves the list.
 */
export function RevokeRoleForm({
  action: serverAction,
  accountId,
  roles,
}: {
  action: Action;
  accountId: string;
  roles: { assignmentId: string; label: string }[];
}) {
  const [state, action] = useActionState(serverAction, initialFormState);
  const motivoError = firstError(state, "motivo");
  const roleError = firstError(state, "assignmentId");
  return (
    <form action={action} className="card" aria-labelledby="revocar-titulo" noValidate>
      <h3 id="revocar-titulo">Revocar un rol</h3>
      <ErrorSummary
        state={{ ...state, fieldErrors: { ...(roleError ? { "revocar-rol": [roleError] } : {}), ...(motivoError ? { "revocar-motivo": [motivoError] } : {}) } }}
        labels={{ "revocar-rol": "Rol", "revocar-motivo": "Motivo" }}
      />
      <FormOutcome state={state} />
      <input type="hidden" name="accountId" value={accountId} />
      {roles.length === 0 ? (
        <p>La cuenta no tiene roles activos.</p>
      ) : (
        <>
          <fieldset className={`field${roleError ? " field--error" : ""}`} aria-describedby="revocar-rol-error">
            <legend>
              <span className="required" aria-hidden="true">
                *
              </span>
              Rol
              <span className="visually-hidden"> (obligatorio)</span>
            </legend>
            <span className="field-error" id="revocar-rol-error" aria-live="polite">
              {roleError ? <>Error: {roleError}</> : null}
            </span>
            {roles.map((role, index) => (
              <label key={role.assignmentId} className="checkbox">
                <input
                  type="radio"
                  name="assignmentId"
                  value={role.assignmentId}
                  id={index === 0 ? "revocar-rol" : undefined}
                  defaultChecked={roles.length === 1 || state.values?.assignmentId === role.assignmentId}
                />{" "}
                {role.label}
              </label>
            ))}
          </fieldset>
          <TextArea
            id="revocar-motivo"
            name="motivo"
            label="Motivo"
            required
            hint="El cupo del rol en la organización queda libre. El motivo se envía por correo al titular."
            error={motivoError}
            minLength={10}
            maxLength={500}
            defaultValue={state.status === "error" ? state.values?.motivo : undefined}
          />
          <SubmitButton className="button button--danger" pendingLabel="Revocando…">
            Revocar el rol
          </SubmitButton>
        </>
      )}
    </form>
  );
}
