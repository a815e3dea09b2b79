"use client";

import { useActionState } from "react";
import { TextArea } from "@/components/form/text-area";
import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { firstError, initialFormState, type FormActionFn } from "@/lib/forms/state";

/** One pending deletion request: accept (only without blockers) or reject with the reason. */
export function DeletionResolveForm({ action: serverAction, requestId, blockers }: { action: FormActionFn; requestId: string; blockers: string[] }) {
  const [state, action] = useActionState(serverAction, initialFormState);
  const name = `motivo-${requestId}`;
  const error = firstError(state, "motivo");
  if (state.status === "ok") {
    return (
      <div className="notice notice--success" role="status">
        <p>{state.message}</p>
      </div>
    );
  }
  return (
    <form action={action} noValidate aria-label="Resolver la solicitud">
      <ErrorSummary state={{ ...state, fieldErrors: error ? { [name]: [error] } : undefined }} labels={{ [name]: "Motivo del rechazo" }} />
      <input type="hidden" name="requestId" value={requestId} />
      <TextArea
        id={name}
        name="motivo"
        label="Motivo del rechazo"
        hint="Obligatorio para rechazar; se envía a la persona."
        error={error}
        maxLength={1000}
        defaultValue={state.values?.motivo ?? blockers.join(" ")}
      />
      <div className="actions">
        {blockers.length === 0 && (
          <SubmitButton className="button button--danger" name="decision" value="aceptar" pendingLabel="Eliminando…">
            Aceptar y eliminar la cuenta
          </SubmitButton>
        )}
        <SubmitButton className="button button--secondary" name="decision" value="rechazar" pendingLabel="Rechazando…">
          Rechazar
        </SubmitButton>
      </div>
    </form>
  );
}
