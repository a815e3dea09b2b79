"use client";

import { useActionState } from "react";
import { initialFormState, type FormActionFn } from "@/lib/forms/state";

/** The benchmark posts this form's action directly; the form exists so the page carries the action. */
export function BenchFloorForm({ action }: { action: FormActionFn }) {
  const [, dispatch] = useActionState(action, initialFormState);
  return (
    <form action={dispatch}>
      <label htmlFor="ticket">Ticket</label>
      <input id="ticket" name="ticket" />
      <label htmlFor="password">Contraseña</label>
      <input id="password" name="password" type="password" />
      <button type="submit">Enviar</button>
    </form>
  );
}
