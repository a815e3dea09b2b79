"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Field, describedBy } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { firstError, initialFormState, type FormState } from "@/lib/forms/state";
import { CORRECTABLE_SECTIONS } from "@/lib/seps/correction-sections";
import { approveRequestAction, rejectRequestAction, requestCorrectionAction } from "./actions";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

function Outcome({ state }: { state: FormState }) {
  if (state.status !== "ok") return null;
  return (
    <div className="notice notice--success" role="status">
      <p>{state.message}</p>
    </div>
  );
}

function ApproveForm({ requestId, summary }: { requestId: string; summary: string }) {
  const [state, action] = useActionState(approveRequestAction, initialFormState);
  return (
    <form action={action} className="card" aria-labelledby="aprobar-titulo">
      <h3 id="aprobar-titulo">Aprobar</h3>
      <ErrorSummary state={state} labels={{}} />
      <Outcome state={state} />
      <p>{summary}</p>
      <input type="hidden" name="requestId" value={requestId} />
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
  children,
}: {
  children?: React.ReactNode;
  requestId: string;
  action: Action;
  id: string;
  title: string;
  hint: string;
  button: string;
  pending: string;
  danger?: boolean;
}) {
  const [state, action] = useActionState(serverAction, initialFormState);
  const name = `${id}-reason`;
  const error = firstError(state, "reason");
  return (
    <form action={action} className="card" aria-labelledby={`${id}-titulo`} noValidate>
      <h3 id={`${id}-titulo`}>{title}</h3>
      <ErrorSummary state={{ ...state, fieldErrors: error ? { [name]: [error] } : undefined }} labels={{ [name]: "Motivo" }} />
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
      {children}
      <SubmitButton className={danger ? "button button--danger" : "button button--secondary"} pendingLabel={pending}>
        {button}
      </SubmitButton>
    </form>
  );
}

/** The three decisions a reviewer can take on a request "En revisión". */
export function DecisionForms({ requestId, approveSummary }: { requestId: string; approveSummary: string }) {
  return (
    <div className="decision-forms">
      <ApproveForm requestId={requestId} summary={approveSummary} />
      <ReasonForm
        requestId={requestId}
        action={requestCorrectionAction}
        id="correccion"
        title="Solicitar corrección"
        hint="Qué debe corregir (se envía por correo). Podrá subir nuevas copias firmadas y remitir otra vez."
        button="Solicitar corrección"
        pending="Enviando…"
      >
        <fieldset className="field">
          <legend>Datos que puede corregir (además de subir nuevas copias firmadas)</legend>
          {(Object.keys(CORRECTABLE_SECTIONS) as (keyof typeof CORRECTABLE_SECTIONS)[]).map((key) => (
            <label key={key} className="checkbox" htmlFor={`corregir-${key}`}>
              <input type="checkbox" id={`corregir-${key}`} name="corregir" value={key} />
              <span>{CORRECTABLE_SECTIONS[key]}</span>
            </label>
          ))}
        </fieldset>
      </ReasonForm>
      <ReasonForm
        requestId={requestId}
        action={rejectRequestAction}
        id="rechazo"
        title="Rechazar"
        hint="El motivo se envía por correo a la persona solicitante."
        button="Rechazar"
        pending="Rechazando…"
        danger
      />
    </div>
  );
}
