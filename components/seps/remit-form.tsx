"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/form/submit-button";
import { initialFormState, type FormActionFn } from "@/lib/forms/state";

/** "Remitir a la Superintendencia", possible once the three signed copies are uploaded. */
export function RemitForm({
  action,
  token,
  ready,
}: {
  action: FormActionFn;
  token: string;
  ready: boolean;
}) {
  const [state, dispatch] = useActionState(action, initialFormState);
  return (
    <form action={dispatch}>
      <input type="hidden" name="token" value={token} />
      {state.status === "error" && (
        <p className="notice notice--error" role="alert">
          {state.message}
        </p>
      )}
      {!ready && <p className="hint" id="remitir-hint">Suba las copias firmadas de los tres documentos para poder remitir la solicitud.</p>}
      <SubmitButton pendingLabel="Remitiendo…" unavailable={!ready} describedBy={ready ? undefined : "remitir-hint"}>
        Remitir a la Superintendencia
      </SubmitButton>
    </form>
  );
}
