"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextInput } from "@/components/form/text-input";
import { EMAIL_MAX } from "@/lib/ecuapass/rules";
import { firstError, initialFormState } from "@/lib/forms/state";
import { emailChangeAction } from "../actions";
import { CodeStep } from "../code-step";

const LABELS = {
  email: "Nuevo correo electrónico",
  emailConfirmation: "Confirmación del nuevo correo electrónico",
  securityCode: "Ingrese código de seguridad",
};

export function EmailChangeForm() {
  const [state, formAction] = useActionState(emailChangeAction, initialFormState);
  return (
    <form action={formAction} noValidate className="panel">
      <ErrorSummary state={state} labels={LABELS} />
      <TextInput
        name="email"
        label={LABELS.email}
        type="email"
        required
        autoComplete="email"
        spellCheck={false}
        maxLength={EMAIL_MAX}
        defaultValue={state.values?.email}
        error={firstError(state, "email")}
      />
      <TextInput
        name="emailConfirmation"
        label={LABELS.emailConfirmation}
        type="email"
        required
        autoComplete="off"
        spellCheck={false}
        maxLength={EMAIL_MAX}
        defaultValue={state.values?.emailConfirmation}
        error={firstError(state, "emailConfirmation")}
      />
      <CodeStep
        state={state}
        saveLabel="Cambiar correo electrónico"
        sendHint="Al solicitar el código verificamos que la dirección esté disponible y le enviamos a ella un código de seguridad."
      />
    </form>
  );
}
