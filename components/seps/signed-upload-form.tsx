"use client";

import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/form/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/state";

const MAX_BYTES = 10 * 1024 * 1024;

/** Upload of one signed copy; the size is checked here too, so a 50 MB scan fails at once. */
export function SignedUploadForm({
  action,
  token,
  kind,
  title,
  replacing,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The SEPS request's private link (an Ecuapass applicant's own request needs none). */
  token?: string;
  kind: string;
  title: string;
  replacing: boolean;
}) {
  const [state, dispatch] = useActionState(action, initialFormState);
  const [localError, setLocalError] = useState<string>();
  const id = `archivo-${kind}`;
  const error = localError ?? (state.status === "error" ? (state.fieldErrors?.archivo?.[0] ?? state.message) : undefined);
  return (
    <form
      action={dispatch}
      className="upload-form"
      onSubmit={(event) => {
        const input = event.currentTarget.elements.namedItem("archivo") as HTMLInputElement | null;
        const file = input?.files?.[0];
        const problem = !file ? "Seleccione el archivo PDF firmado." : file.size > MAX_BYTES ? "El archivo supera el tamaño máximo de 10 MB." : undefined;
        setLocalError(problem);
        if (problem) {
          event.preventDefault();
          input?.focus();
        }
      }}
    >
      {token !== undefined && <input type="hidden" name="token" value={token} />}
      <input type="hidden" name="documento" value={kind} />
      <div className={`field${error ? " field--error" : ""}`}>
        <label htmlFor={id}>
          {replacing ? "Reemplazar la copia firmada" : "Copia firmada"} de «{title}» (PDF, máximo 10 MB)
        </label>
        <span className="field-error" id={`${id}-error`} aria-live="polite">
          {error ? <>Error: {error}</> : null}
        </span>
        <input id={id} name="archivo" type="file" accept="application/pdf,.pdf" aria-describedby={`${id}-error`} aria-invalid={error ? true : undefined} />
      </div>
      {state.status === "ok" && !localError && (
        <p role="status" className="status-ok">
          {state.message}
        </p>
      )}
      <SubmitButton className="button button--secondary" pendingLabel="Subiendo…">
        {replacing ? "Reemplazar copia firmada" : "Subir copia firmada"}
        <span className="visually-hidden"> de {title}</span>
      </SubmitButton>
    </form>
  );
}
