"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/form/submit-button";
import { signOutAction } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/forms/state";

export function SignOutButton() {
  const [state, formAction] = useActionState(signOutAction, initialFormState);
  return (
    <form action={formAction}>
      {state.status === "error" && <p className="field-error">{state.message}</p>}
      <SubmitButton className="button button--secondary" pendingLabel="Saliendo…">
        Cerrar sesión
      </SubmitButton>
    </form>
  );
}
