"use client";

import { useActionState } from "react";
import { TextArea } from "@/components/form/text-area";
import { ErrorSummary } from "@/components/form/error-summary";
import { FormOutcome } from "@/components/form/form-outcome";
import { Field, describedBy } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { TextInput } from "@/components/form/text-input";
import { FUNCTION_FIELD_LABELS, FUNCTION_LIMITS } from "@/lib/ecuapass/function-catalogue-schema";
import { firstError, initialFormState, type FormActionFn, type FormState } from "@/lib/forms/state";

const SCOPE_OPTIONS = [
  { value: "empresa", label: "Empleados de empresas" },
  { value: "entidad_publica", label: "Funcionarios de entidades públicas" },
] as const;

function NameAndDescription({ state, name, description }: { state: FormState; name?: string; description?: string }) {
  const values = state.status === "error" ? state.values : undefined;
  const descriptionError = firstError(state, "description");
  return (
    <>
      <TextInput
        name="name"
        label={FUNCTION_FIELD_LABELS.name}
        required
        maxLength={FUNCTION_LIMITS.nameMax}
        autoComplete="off"
        defaultValue={values?.name ?? name}
        error={firstError(state, "name")}
      />
      <TextArea
        name="description"
        label={FUNCTION_FIELD_LABELS.description}
        required
        hint="Qué permite hacer; la ven los representantes al asignarla."
        error={descriptionError}
        maxLength={FUNCTION_LIMITS.descriptionMax}
        defaultValue={values?.description ?? description}
      />
    </>
  );
}

/** "Agregar una función": scope, code, name and description. */
export function FunctionCreateForm({ action: serverAction }: { action: FormActionFn }) {
  const [state, action] = useActionState(serverAction, initialFormState);
  const values = state.status === "error" ? state.values : undefined;
  const scopeError = firstError(state, "scope");
  return (
    <form action={action} noValidate className="panel panel--narrow">
      <ErrorSummary state={state} labels={FUNCTION_FIELD_LABELS} />
      <FormOutcome state={state} />
      <Field name="scope" label={FUNCTION_FIELD_LABELS.scope} required error={scopeError}>
        <select
          id="scope"
          name="scope"
          required
          aria-required
          aria-invalid={scopeError ? true : undefined}
          aria-describedby={describedBy("scope", false)}
          defaultValue={values?.scope ?? "empresa"}
        >
          {SCOPE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </Field>
      <TextInput
        name="siglas"
        label={FUNCTION_FIELD_LABELS.siglas}
        required
        hint="Mayúsculas sin tilde, dígitos y guiones (por ejemplo, VUE-DOC). No se puede cambiar después."
        maxLength={FUNCTION_LIMITS.codeMax}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        defaultValue={values?.siglas}
        error={firstError(state, "siglas")}
      />
      <NameAndDescription state={state} />
      <div className="actions">
        <SubmitButton pendingLabel="Agregando…">Agregar la función</SubmitButton>
      </div>
    </form>
  );
}

/** Renaming and re-describing one function (its code and scope stay). */
export function FunctionEditForm({ action: serverAction, functionId, name, description }: { action: FormActionFn; functionId: string; name: string; description: string }) {
  const [state, action] = useActionState(serverAction, initialFormState);
  return (
    <form action={action} noValidate className="panel panel--narrow">
      <ErrorSummary state={state} labels={FUNCTION_FIELD_LABELS} />
      <FormOutcome state={state} />
      <input type="hidden" name="functionId" value={functionId} />
      <NameAndDescription state={state} name={name} description={description} />
      <div className="actions">
        <SubmitButton pendingLabel="Guardando…">Guardar los cambios</SubmitButton>
      </div>
    </form>
  );
}
