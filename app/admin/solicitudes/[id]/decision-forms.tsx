"use client";

import { useActionState } from "react";
import { DecisionReasonForm, type CorrectionSections } from "@/components/admin/decision-reason-form";
import { ErrorSummary } from "@/components/form/error-summary";
import { FormOutcome } from "@/components/form/form-outcome";
import { SubmitButton } from "@/components/form/submit-button";
import { initialFormState } from "@/lib/forms/state";
import { CORRECTABLE_SECTIONS } from "@/lib/seps/correction-sections";
import { approveRequestAction, rejectRequestAction, requestCorrectionAction } from "./actions";

// Besides new signed copies, the data sections the applicant may correct (none is a valid choice).
const CORRECTION_CHOICES: CorrectionSections = {
  legend: "Datos que puede corregir (además de subir nuevas copias firmadas)",
  options: (Object.keys(CORRECTABLE_SECTIONS) as (keyof typeof CORRECTABLE_SECTIONS)[]).map((key) => ({ value: key, label: CORRECTABLE_SECTIONS[key] })),
  required: false,
};

function ApproveForm({ requestId, summary }: { requestId: string; summary: string }) {
  const [state, action] = useActionState(approveRequestAction, initialFormState);
  return (
    <form action={action} className="card" aria-labelledby="aprobar-titulo">
      <h3 id="aprobar-titulo">Aprobar</h3>
      <ErrorSummary state={state} labels={{}} />
      <FormOutcome state={state} />
      <p>{summary}</p>
      <input type="hidden" name="requestId" value={requestId} />
      <SubmitButton pendingLabel="Aprobando…">Aprobar</SubmitButton>
    </form>
  );
}

/** The three decisions a reviewer can take on a request "En revisión". */
export function DecisionForms({ requestId, approveSummary }: { requestId: string; approveSummary: string }) {
  return (
    <div className="decision-forms">
      <ApproveForm requestId={requestId} summary={approveSummary} />
      <DecisionReasonForm
        requestId={requestId}
        action={requestCorrectionAction}
        id="correccion"
        title="Solicitar corrección"
        hint="Qué debe corregir (se envía por correo). Podrá subir nuevas copias firmadas y remitir otra vez."
        button="Solicitar corrección"
        pending="Enviando…"
        sections={CORRECTION_CHOICES}
      />
      <DecisionReasonForm
        requestId={requestId}
        action={rejectRequestAction}
        id="rechazo"
        title="Rechazar"
        hint="El motivo se envía por correo a la persona solicitante."
        button="Rechazar"
        pending="Rechazando…"
        danger
      />
    </div>
  );
}
