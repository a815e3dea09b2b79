"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { TextInput } from "@/components/form/text-input";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/ecuapass/rules";
import { firstError, initialFormState } from "@/lib/forms/state";
import { changePasswordAction } from "../actions";

const LABELS = {
  currentPassword: "Contraseña actual",
  password: "Nueva contraseña",
  passwordConfirmation: "Confirme la nueva contraseña",
};

export function ChangePasswordForm() {
  const [state, formAction] = useActionState(changePasswordAction, initialFormState);
  return (
    <form action={formAction} noValidate className="panel">
      <ErrorSummary state={state} labels={LABELS} />
      <TextInput
        name="currentPassword"
        label={LABELS.currentPassword}
        type="password"
        required
        autoComplete="current-password"
        maxLength={PASSWORD_MAX}
        error={firstError(state, "currentPassword")}
      />
      <TextInput
        name="password"
        label={LABELS.password}
        type="password"
        hint={`Mínimo ${PASSWORD_MIN} caracteres, con letras y números. No use su ID.usuario, su documento ni una contraseña común.`}
        required
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        error={firstError(state, "password")}
      />
      <TextInput
        name="passwordConfirmation"
        label={LABELS.passwordConfirmation}
        type="password"
        required
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        error={firstError(state, "passwordConfirmation")}
      />
      <div className="actions">
        <SubmitButton pendingLabel="Guardando…">Cambiar contraseña</SubmitButton>
      </div>
    </form>
  );
}
