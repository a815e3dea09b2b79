"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { TextInput } from "@/components/form/text-input";
import { firstError, initialFormState, type FormActionFn } from "@/lib/forms/state";
import { SEPS_PASSWORD_MAX, SEPS_PASSWORD_MIN, type SetPasswordData } from "@/lib/seps/account-schema";

const LABELS = {
  cedula: "Cédula de Identidad",
  password: "Nueva contraseña",
  passwordConfirm: "Confirme la nueva contraseña",
};

/**
 * The form behind an emailed link (activation or reset). Opening the page uses nothing; only
 * this form's POST, after the cédula is validated again, uses the token.
 */
export function SetPasswordForm({
  token,
  action,
}: {
  token: string;
  action: FormActionFn<SetPasswordData>;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.status === "ok") {
    return (
      <div className="notice notice--success" role="status">
        <h2>Contraseña generada</h2>
        <p>Su contraseña quedó registrada. Ya puede ingresar con su usuario (cédula de identidad) y su nueva contraseña.</p>
        <p>
          <Link href="/seps/ingresar" className="button">
            Ingresar
          </Link>
        </p>
      </div>
    );
  }
  const linkUnusable = Boolean(state.data?.linkState);
  return (
    <form action={formAction} noValidate className="panel panel--narrow">
      <ErrorSummary state={state} labels={LABELS} />
      {linkUnusable ? (
        <p>
          <Link href="/seps/restablecer">Restablecer contraseña</Link>
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <TextInput
        name="cedula"
        label={LABELS.cedula}
        hint="Para validar su información, ingrese nuevamente su número de cédula (10 dígitos)."
        required
        inputMode="numeric"
        autoComplete="username"
        maxLength={20}
        spellCheck={false}
        defaultValue={state.values?.cedula}
        error={firstError(state, "cedula")}
      />
      <TextInput
        name="password"
        label={LABELS.password}
        type="password"
        hint={`Al menos ${SEPS_PASSWORD_MIN} caracteres, con letras y números. No use su cédula ni una contraseña común.`}
        required
        autoComplete="new-password"
        minLength={SEPS_PASSWORD_MIN}
        maxLength={SEPS_PASSWORD_MAX}
        error={firstError(state, "password")}
      />
      <TextInput
        name="passwordConfirm"
        label={LABELS.passwordConfirm}
        type="password"
        required
        autoComplete="new-password"
        maxLength={SEPS_PASSWORD_MAX}
        error={firstError(state, "passwordConfirm")}
      />
      <div className="actions">
        <SubmitButton pendingLabel="Guardando…">Continuar</SubmitButton>
      </div>
    </form>
  );
}
