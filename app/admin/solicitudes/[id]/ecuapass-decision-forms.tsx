"use client";

import { useActionState, useState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Field, FieldError, RequiredLabel, describedBy } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { firstError, initialFormState, type FormState } from "@/lib/forms/state";
import { approveEcuapassAction, correctionEcuapassAction, rejectEcuapassAction } from "./ecuapass-actions";

type Option = { value: string; label: string; hint?: string };

function Outcome({ state }: { state: FormState }) {
  if (state.status !== "ok") return null;
  return (
    <div className="notice notice--success" role="status">
      <p>{state.message}</p>
    </div>
  );
}

/**
 * Checkboxes as one field (a fieldset focusable by its name, so the error summary's link lands on
 * it). The ticks live in React state: they survive the form's reset after a refused post.
 */
function CheckboxGroup({
  name,
  field,
  legend,
  hint,
  options,
  error,
}: {
  /** The group's id on the page (unique among the forms). */
  name: string;
  /** The posted field. */
  field: string;
  legend: string;
  hint?: string;
  options: Option[];
  error?: string;
}) {
  const [checked, setChecked] = useState<string[]>([]);
  return (
    <fieldset className={`field${error ? " field--error" : ""}`} id={name} tabIndex={-1} aria-describedby={describedBy(name, Boolean(hint))}>
      <legend className="field__label">
        <RequiredLabel required>{legend}</RequiredLabel>
      </legend>
      {hint && (
        <span className="hint" id={`${name}-hint`}>
          {hint}
        </span>
      )}
      <FieldError name={name} error={error} />
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <label key={option.value} className="checkbox" htmlFor={id}>
            <input
              type="checkbox"
              id={id}
              name={field}
              value={option.value}
              checked={checked.includes(option.value)}
              onChange={(e) => setChecked((now) => (e.target.checked ? [...now, option.value] : now.filter((v) => v !== option.value)))}
            />
            <span>
              {option.label}
              {option.hint && (
                <>
                  <br />
                  <span className="hint">{option.hint}</span>
                </>
              )}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}

function ApproveForm({ requestId, summary, functions }: { requestId: string; summary: ReactNode; functions: Option[] }) {
  const [state, action] = useActionState(approveEcuapassAction, initialFormState);
  const error = firstError(state, "funciones");
  return (
    <form action={action} className="card" aria-labelledby="aprobar-titulo" noValidate>
      <h3 id="aprobar-titulo">Aprobar</h3>
      <ErrorSummary
        state={{ ...state, message: error ? undefined : state.message, fieldErrors: error ? { "aprobar-funciones": [error] } : undefined }}
        labels={{ "aprobar-funciones": "Funciones" }}
      />
      <Outcome state={state} />
      {summary}
      <input type="hidden" name="requestId" value={requestId} />
      {functions.length > 0 && (
        <CheckboxGroup
          name="aprobar-funciones"
          field="funciones"
          legend="Funciones que se asignan"
          hint="Del catálogo de funciones; la persona solo podrá usar las que marque."
          options={functions}
          error={error}
        />
      )}
      <SubmitButton pendingLabel="Aprobando…">Aprobar</SubmitButton>
    </form>
  );
}

function ReasonForm({
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
  sections?: Option[];
}) {
  const [state, action] = useActionState(serverAction, initialFormState);
  const name = `${id}-reason`;
  const sectionsName = `${id}-corregir`;
  const error = firstError(state, "reason");
  const sectionsError = firstError(state, "corregir");
  const fieldErrors = {
    ...(error ? { [name]: [error] } : {}),
    ...(sectionsError ? { [sectionsName]: [sectionsError] } : {}),
  };
  return (
    <form action={action} className="card" aria-labelledby={`${id}-titulo`} noValidate>
      <h3 id={`${id}-titulo`}>{title}</h3>
      <ErrorSummary
        state={{ ...state, fieldErrors: Object.keys(fieldErrors).length ? fieldErrors : undefined }}
        labels={{ [name]: "Motivo", [sectionsName]: "Secciones por corregir" }}
      />
      <Outcome state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      <Field name={name} label="Motivo" required hint={hint} error={error}>
        <textarea
          id={name}
          name="reason"
          required
          aria-required
          minLength={10}
          maxLength={2000}
          defaultValue={state.status === "error" ? state.values?.reason : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, true)}
        />
      </Field>
      {sections && <CheckboxGroup name={sectionsName} field="corregir" legend="Secciones por corregir" options={sections} error={sectionsError} />}
      <SubmitButton className={danger ? "button button--danger" : "button button--secondary"} pendingLabel={pending}>
        {button}
      </SubmitButton>
    </form>
  );
}

/** SENAE's three decisions on an Ecuapass registration request «Pendiente de aprobación». */
export function EcuapassDecisionForms({
  requestId,
  approveSummary,
  functions,
  sections,
}: {
  requestId: string;
  approveSummary: ReactNode;
  functions: Option[];
  sections: Option[];
}) {
  return (
    <div className="decision-forms">
      <ApproveForm requestId={requestId} summary={approveSummary} functions={functions} />
      <ReasonForm
        requestId={requestId}
        action={correctionEcuapassAction}
        id="correccion"
        title="Solicitar corrección"
        hint="Qué debe corregir (se envía por correo). La persona corrige solo las secciones marcadas y reenvía la solicitud."
        button="Solicitar corrección"
        pending="Enviando…"
        sections={sections}
      />
      <ReasonForm
        requestId={requestId}
        action={rejectEcuapassAction}
        id="rechazo"
        title="Rechazar"
        hint="El motivo se envía por correo a la persona solicitante; la cuenta queda rechazada y no podrá usarse."
        button="Rechazar"
        pending="Rechazando…"
        danger
      />
    </div>
  );
}
