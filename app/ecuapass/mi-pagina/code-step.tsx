"use client";

import { useState } from "react";
import { SubmitButton } from "@/components/form/submit-button";
import { TextInput } from "@/components/form/text-input";
import type { CodeStepData } from "@/lib/ecuapass/account-schema";
import { SECURITY_CODE_LENGTH } from "@/lib/ecuapass/rules";
import { firstError, type FormState } from "@/lib/forms/state";

/**
 * The end of a form confirmed by an emailed security code: first "Solicitar código de seguridad";
 * once sent, the code field and "Guardar cambios" (the first submit button, so Enter saves) and
 * a way to ask for another code. The step stays open after a failed save.
 */
export function CodeStep({ state, saveLabel, sendHint }: { state: FormState<CodeStepData>; saveLabel: string; sendHint: string }) {
  const [open, setOpen] = useState(false);
  if (state.data?.codeStep === true && !open) setOpen(true);
  if (!open) {
    return (
      <>
        <p className="hint">{sendHint}</p>
        <div className="actions">
          <SubmitButton name="intent" value="codigo" pendingLabel="Enviando código…">
            Solicitar código de seguridad
          </SubmitButton>
        </div>
      </>
    );
  }
  return (
    <>
      {state.status === "ok" && state.message ? (
        <p className="notice notice--success" role="status">
          {state.message}
        </p>
      ) : null}
      <TextInput
        name="securityCode"
        label="Ingrese código de seguridad"
        hint={`El código de ${SECURITY_CODE_LENGTH} caracteres (números y letras) que le enviamos por correo electrónico.`}
        required
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={12}
        error={firstError(state, "securityCode")}
      />
      <div className="actions">
        <SubmitButton name="intent" value="guardar" pendingLabel="Guardando…">
          {saveLabel}
        </SubmitButton>
        <SubmitButton name="intent" value="codigo" className="button button--secondary" pendingLabel="Enviando código…">
          Enviar otro código
        </SubmitButton>
      </div>
    </>
  );
}
