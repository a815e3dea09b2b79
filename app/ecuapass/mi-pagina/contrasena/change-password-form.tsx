"use client";

import { useActionState } from "react";
import { NewPasswordFields } from "@/components/ecuapass/new-password-fields";
import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { TextInput } from "@/components/form/text-input";
import { NEW_PASSWORD_LABELS, PASSWORD_MAX } from "@/lib/ecuapass/rules";
import { firstError, initialFormState } from "@/lib/forms/state";
import { changePasswordAction } from "../actions";

const LABELS = { currentPassword: "Contraseña actual", ...NEW_PASSWORD_LABELS };

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
      <NewPasswordFields state={state} />
      <div className="actions">
        <SubmitButton pendingLabel="Guardando…">Cambiar contraseña</SubmitButton>
      </div>
    </form>
  );
}
