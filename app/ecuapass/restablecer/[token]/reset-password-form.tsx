"use client";

import Link from "next/link";
import { useActionState } from "react";
import { NewPasswordFields } from "@/components/ecuapass/new-password-fields";
import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { NEW_PASSWORD_LABELS } from "@/lib/ecuapass/rules";
import { initialFormState } from "@/lib/forms/state";
import { resetEcuapassPasswordAction } from "../actions";

const LABELS = NEW_PASSWORD_LABELS;

export function ResetPasswordForm({ token, userId }: { token: string; userId: string }) {
  const [state, formAction] = useActionState(resetEcuapassPasswordAction, initialFormState);
  if (state.status === "ok") {
    return (
      <div className="notice notice--success" role="status">
        <h2>Contraseña actualizada</h2>
        <p>Su nueva contraseña quedó registrada. Ingrese con su ID.usuario y la nueva contraseña.</p>
        <p>
          <Link href="/ecuapass/ingresar" className="button">
            Ingresar
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="panel">
      <ErrorSummary state={state} labels={LABELS} />
      {state.data?.linkState ? (
        <p>
          <Link href="/ecuapass/restablecer">Solicitar un nuevo enlace</Link>
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new password under the right account. */}
      <input type="text" name="username" value={userId} autoComplete="username" aria-label="ID.usuario" readOnly hidden />
      <NewPasswordFields state={state} />
      <div className="actions">
        <SubmitButton pendingLabel="Guardando…">Guardar contraseña</SubmitButton>
      </div>
    </form>
  );
}
