"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Field, describedBy } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { firstError, initialFormState, type FormState } from "@/lib/forms/state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Contact = { email: string; legalRepCedula: string; legalRepName: string; legalRepEmail: string };

const FIELDS: { name: keyof Contact; label: string; type: string; autoComplete: string; inputMode?: "numeric" }[] = [
  { name: "email", label: "Correo de la organización", type: "email", autoComplete: "off" },
  { name: "legalRepCedula", label: "Cédula del representante legal", type: "text", autoComplete: "off", inputMode: "numeric" },
  { name: "legalRepName", label: "Nombres del representante legal", type: "text", autoComplete: "off" },
  { name: "legalRepEmail", label: "Correo del representante legal", type: "email", autoComplete: "off" },
];

/** The catastro's contact data of one organization (admins). */
export function OrganizationContactForm({ action: serverAction, organizationId, contact }: { action: Action; organizationId: string; contact: Contact }) {
  const [state, dispatch] = useActionState(serverAction, initialFormState);
  const value = (name: keyof Contact) => (state.status === "error" ? (state.values?.[name] ?? contact[name]) : contact[name]);
  return (
    <form action={dispatch} className="panel" noValidate aria-labelledby="editar-contacto">
      <h2 id="editar-contacto">Editar datos de contacto</h2>
      <ErrorSummary state={state} labels={Object.fromEntries(FIELDS.map((f) => [f.name, f.label]))} />
      {state.status === "ok" && (
        <p className="notice notice--success" role="status">
          {state.message}
        </p>
      )}
      <input type="hidden" name="organizationId" value={organizationId} />
      {FIELDS.map((f) => {
        const error = firstError(state, f.name);
        return (
          <Field key={`${f.name}-${state.status === "ok" ? contact[f.name] : ""}`} name={f.name} label={f.label} required error={error}>
            <input
              id={f.name}
              name={f.name}
              type={f.type}
              inputMode={f.inputMode}
              autoComplete={f.autoComplete}
              required
              aria-required
              defaultValue={value(f.name)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(f.name, false)}
            />
          </Field>
        );
      })}
      <SubmitButton pendingLabel="Guardando…">Guardar</SubmitButton>
    </form>
  );
}
