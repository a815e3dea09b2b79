"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { TextInput } from "@/components/form/text-input";
import { firstError, initialFormState } from "@/lib/forms/state";
import { requestSepsResetAction } from "./actions";

const LABELS = { cedula: "Ingresar el usuario (Cédula de Identidad)" };

export function ResetRequestForm() {
  const [state, formAction] = useActionState(requestSepsResetAction, initialFormState);
  if (state.status === "ok") {
    return (
      <div className="notice notice--success" role="status">
        <p>
          <strong>{state.message}</strong>
        </p>
        <p>
          Ingrese al enlace enviado a su correo electrónico registrado, valide su información y genere su contraseña. El
          enlace es válido por 1 hora y sirve una sola vez.
        </p>
        <p>
          <Link href="/seps/ingresar">Volver al ingreso</Link>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="panel panel--narrow">
      <ErrorSummary state={state} labels={LABELS} />
      <TextInput
        name="cedula"
        label={LABELS.cedula}
        hint="Su usuario es su número de cédula de identidad (10 dígitos)."
        required
        inputMode="numeric"
        autoComplete="username"
        maxLength={20}
        spellCheck={false}
        defaultValue={state.values?.cedula}
        error={firstError(state, "cedula")}
      />
      <div className="actions">
        <SubmitButton pendingLabel="Enviando…">Restablecer contraseña</SubmitButton>
      </div>
    </form>
  );
}
