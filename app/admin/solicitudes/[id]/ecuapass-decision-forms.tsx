"use client";

import { useActionState, type ReactNode } from "react";
import { DecisionReasonForm } from "@/components/admin/decision-reason-form";
import { CheckboxGroup, type CheckboxOption } from "@/components/form/checkbox-group";
import { ErrorSummary } from "@/components/form/error-summary";
import { FormOutcome } from "@/components/form/form-outcome";
import { SubmitButton } from "@/components/form/submit-button";
import { firstError, initialFormState } from "@/lib/forms/state";
import { approveEcuapassAction, correctionEcuapassAction, rejectEcuapassAction } from "./ecuapass-actions";

function ApproveForm({ requestId, summary, functions }: { requestId: string; summary: ReactNode; functions: CheckboxOption[] }) {
  const [state, action] = useActionState(approveEcuapassAction, initialFormState);
  const error = firstError(state, "funciones");
  return (
    <form action={action} className="card" aria-labelledby="aprobar-titulo" noValidate>
      <h3 id="aprobar-titulo">Aprobar</h3>
      <ErrorSummary
        state={{ ...state, message: error ? undefined : state.message, fieldErrors: error ? { "aprobar-funciones": [error] } : undefined }}
        labels={{ "aprobar-funciones": "Funciones" }}
      />
      <FormOutcome state={state} />
      {summary}
      <input type="hidden" name="requestId" value={requestId} />
      {functions.length > 0 && (
        <CheckboxGroup
          id="aprobar-funciones"
          name="funciones"
          legend="Funciones que se asignan"
          hint="Del catálogo de funciones; la persona solo podrá usar las que marque."
          options={functions}
          error={error}
        />
      )}
      <SubmitButton pendingLabel="Aprobando…">Aprobar</SubmitButton>
    </form>
  );
}

/** SENAE's three decisions on an Ecuapass registration request «Pendiente de aprobación». */
export function EcuapassDecisionForms({
  requestId,
  approveSummary,
  functions,
  sections,
}: {
  requestId: string;
  approveSummary: ReactNode;
  functions: CheckboxOption[];
  sections: CheckboxOption[];
}) {
  return (
    <div className="decision-forms">
      <ApproveForm requestId={requestId} summary={approveSummary} functions={functions} />
      <DecisionReasonForm
        requestId={requestId}
        action={correctionEcuapassAction}
        id="correccion"
        title="Solicitar corrección"
        hint="Qué debe corregir (se envía por correo). La persona corrige solo las secciones marcadas y reenvía la solicitud."
        button="Solicitar corrección"
        pending="Enviando…"
        sections={{ legend: "Secciones por corregir", options: sections, required: true }}
      />
      <DecisionReasonForm
        requestId={requestId}
        action={rejectEcuapassAction}
        id="rechazo"
        title="Rechazar"
        hint="El motivo se envía por correo a la persona solicitante; la cuenta queda rechazada y no podrá usarse."
        button="Rechazar"
        pending="Rechazando…"
        danger
      />
    </div>
  );
}
