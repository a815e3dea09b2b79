"use client";

import { useActionState } from "react";
import { FieldError, RequiredLabel } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/state";

/** "Retirar la solicitud": asks for an explicit confirmation, since a withdrawn request cannot be reopened. */
export function WithdrawForm({
  action,
  token,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  token: string;
}) {
  const [state, dispatch] = useActionState(action, initialFormState);
  const error = state.fieldErrors?.confirmarRetiro?.[0];
  return (
    <form action={dispatch} noValidate>
      <input type="hidden" name="token" value={token} />
      {state.status === "error" && state.message && (
        <p className="notice notice--error" role="alert">
          {state.message}
        </p>
      )}
      <div className={`field${error ? " field--error" : ""}`}>
        <FieldError name="confirmarRetiro" error={error} />
        <label className="checkbox" htmlFor="confirmarRetiro">
          <input
            type="checkbox"
            id="confirmarRetiro"
            name="confirmarRetiro"
            required
            aria-required
            aria-invalid={error ? true : undefined}
            aria-describedby="confirmarRetiro-error"
          />
          <span>
            <RequiredLabel required>
              Entiendo que la solicitud retirada no se puede reabrir: para obtener el acceso habrá que presentar una nueva.
            </RequiredLabel>
          </span>
        </label>
      </div>
      <SubmitButton className="button button--danger" pendingLabel="Retirando…">
        Retirar la solicitud
      </SubmitButton>
    </form>
  );
}
