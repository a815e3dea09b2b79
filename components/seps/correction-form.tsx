"use client";

import { useActionState, useState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { RadioGroup } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { TextInput } from "@/components/form/text-input";
import { firstError, initialFormState, type FormState } from "@/lib/forms/state";
import { CORRECTABLE_SECTIONS, type CorrectableSection } from "@/lib/seps/correction-sections";
import { EMPLOYEE_OPTIONS, REQUEST_LABELS } from "@/lib/seps/rules";

export type CorrectionValues = {
  cedula: string;
  nombres: string;
  correo: string;
  empleado: "si" | "no";
  cargo: string;
  resolucion: string;
  tramiteCedula: string;
  tramiteNombres: string;
};

/** "Corregir los datos": only the sections the reviewer named; saving generates the three documents again. */
export function CorrectionForm({
  action,
  token,
  sections,
  values,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  token: string;
  sections: CorrectableSection[];
  values: CorrectionValues;
}) {
  const [state, dispatch] = useActionState(action, initialFormState);
  const shown = (name: keyof CorrectionValues) => (state.status === "error" ? state.values?.[name] : undefined) ?? values[name];
  const [empleado, setEmpleado] = useState<string>(values.empleado);
  const labels = Object.fromEntries(Object.entries(REQUEST_LABELS));
  return (
    <form action={dispatch} noValidate className="panel">
      <input type="hidden" name="token" value={token} />
      <ErrorSummary state={state} labels={labels} />
      {state.status === "ok" && (
        <p className="notice notice--success" role="status">
          {state.message}
        </p>
      )}
      {sections.includes("usuario") && (
        <fieldset>
          <legend>{CORRECTABLE_SECTIONS.usuario}</legend>
          <TextInput name="cedula" label={REQUEST_LABELS.cedula} required inputMode="numeric" maxLength={20} defaultValue={shown("cedula")} error={firstError(state, "cedula")} />
          <TextInput name="nombres" label={REQUEST_LABELS.nombres} required maxLength={120} defaultValue={shown("nombres")} error={firstError(state, "nombres")} />
          <TextInput
            name="correo"
            label={REQUEST_LABELS.correo}
            type="email"
            required
            maxLength={254}
            spellCheck={false}
            defaultValue={shown("correo")}
            error={firstError(state, "correo")}
          />
          <RadioGroup
            name="empleado"
            legend={REQUEST_LABELS.empleado}
            required
            options={EMPLOYEE_OPTIONS}
            value={empleado}
            onChange={setEmpleado}
            error={firstError(state, "empleado")}
          />
          <TextInput name="cargo" label={REQUEST_LABELS.cargo} required maxLength={120} defaultValue={shown("cargo")} error={firstError(state, "cargo")} />
          <TextInput
            name="resolucion"
            label={REQUEST_LABELS.resolucion}
            hint="Solo para auditores internos, externos."
            maxLength={60}
            defaultValue={shown("resolucion")}
            error={firstError(state, "resolucion")}
          />
        </fieldset>
      )}
      {sections.includes("tramite") && (
        <fieldset>
          <legend>{CORRECTABLE_SECTIONS.tramite}</legend>
          <TextInput
            name="tramiteCedula"
            label={REQUEST_LABELS.tramiteCedula}
            inputMode="numeric"
            maxLength={20}
            defaultValue={shown("tramiteCedula")}
            error={firstError(state, "tramiteCedula")}
          />
          <TextInput
            name="tramiteNombres"
            label={REQUEST_LABELS.tramiteNombres}
            maxLength={120}
            defaultValue={shown("tramiteNombres")}
            error={firstError(state, "tramiteNombres")}
          />
        </fieldset>
      )}
      <p className="hint">
        Al guardar se generan otra vez los tres documentos con los datos corregidos; las copias firmadas anteriores dejan de
        valer y deberá subir las nuevas antes de remitir.
      </p>
      <SubmitButton pendingLabel="Guardando…">Guardar los datos corregidos</SubmitButton>
    </form>
  );
}
