"use client";

import { useActionState } from "react";
import { TextArea } from "@/components/form/text-area";
import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { firstError, initialFormState, type FormActionFn } from "@/lib/forms/state";

/** "Solicitar la eliminación de mis datos" (LOPDP art. 15): staff resolve it; the answer arrives by email. */
export function DeletionRequestForm({ action: serverAction }: { action: FormActionFn }) {
  const [state, action] = useActionState(serverAction, initialFormState);
  const confirmError = firstError(state, "confirmo");
  const reasonError = firstError(state, "motivo");
  if (state.status === "ok") {
    return (
      <div className="notice notice--success" role="status">
        <p>{state.message}</p>
      </div>
    );
  }
  return (
    <form action={action} noValidate aria-labelledby="eliminar-titulo">
      <h3 id="eliminar-titulo">Solicitar la eliminación de mis datos</h3>
      <ErrorSummary state={state} labels={{ motivo: "Motivo", confirmo: "Confirmación" }} />
      <TextArea name="motivo" label="Motivo (opcional)" hint="Nos ayuda a atender su solicitud." error={reasonError} maxLength={1000} defaultValue={state.values?.motivo} />
      <div className={`field${confirmError ? " field--error" : ""}`}>
        <span className="field-error" id="confirmo-error" aria-live="polite">
          {confirmError ? <>Error: {confirmError}</> : null}
        </span>
        <label className="checkbox">
          <input
            id="confirmo"
            type="checkbox"
            name="confirmo"
            value="si"
            defaultChecked={state.values?.confirmo === "si"}
            aria-invalid={confirmError ? true : undefined}
            aria-describedby="confirmo-error"
          />{" "}
          Entiendo que, si se acepta, mi cuenta y mis datos personales se eliminarán y no podré volver a ingresar.
        </label>
      </div>
      <SubmitButton className="button button--danger" pendingLabel="Enviando…">
        Solicitar la eliminación
      </SubmitButton>
    </form>
  );
}
