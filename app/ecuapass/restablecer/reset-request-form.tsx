"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { TextInput } from "@/components/form/text-input";
import { firstError, initialFormState } from "@/lib/forms/state";
import { requestEcuapassResetAction } from "./actions";

const LABELS = { userId: "ID.usuario" };

export function ResetRequestForm() {
  const [state, formAction] = useActionState(requestEcuapassResetAction, initialFormState);
  if (state.status === "ok") {
    return (
      <div className="notice notice--success" role="status">
        <p>
          <strong>{state.message}</strong>
        </p>
        <p>Revise también la bandeja de correo no deseado. Si no recibe el mensaje, puede volver a solicitarlo.</p>
        <p>
          <Link href="/ecuapass/ingresar">Volver al ingreso</Link>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="panel">
      <ErrorSummary state={state} labels={LABELS} />
      <TextInput
        name="userId"
        label={LABELS.userId}
        hint="El ID.usuario que eligió al registrarse (no su correo electrónico)."
        required
        autoComplete="username"
        maxLength={64}
        spellCheck={false}
        autoCapitalize="none"
        defaultValue={state.values?.userId}
        error={firstError(state, "userId")}
      />
      <div className="actions">
        <SubmitButton pendingLabel="Enviando…">Enviar enlace</SubmitButton>
      </div>
    </form>
  );
}
