"use client";

import { useActionState } from "react";
import { CheckboxGroup } from "@/components/form/checkbox-group";
import { TextArea } from "@/components/form/text-area";
import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { DECISION_REASON_MAX, DECISION_REASON_MIN } from "@/lib/review/reason";
import { firstError, initialFormState, type FormState } from "@/lib/forms/state";
import { approveMemberAction, grantMemberAction, rejectMemberAction, revokeMemberAction } from "./representative-actions";

export type CatalogueFunction = { id: string; name: string; description: string };

/** The summary's links go to this form's own controls (several forms share the page). */
function summaryState(state: FormState, fields: Record<string, string>): FormState {
  const fieldErrors = Object.fromEntries(Object.entries(fields).flatMap(([field, id]) => (state.fieldErrors?.[field] ? [[id, state.fieldErrors[field]]] : [])));
  return { ...state, fieldErrors };
}

const asOptions = (functions: CatalogueFunction[]) => functions.map((f) => ({ value: f.id, label: f.name, hint: f.description }));

/** "Aprobar": at least one function of the catalogue. */
export function ApproveMemberForm({ requestId, applicant, functions }: { requestId: string; applicant: string; functions: CatalogueFunction[] }) {
  const [state, action] = useActionState(approveMemberAction, initialFormState);
  const name = `aprobar-${requestId}`;
  return (
    <form action={action} className="member-form" aria-label={`Aprobar la solicitud de ${applicant}`} noValidate>
      <ErrorSummary state={summaryState(state, { funciones: name })} labels={{ [name]: "Funciones" }} />
      <input type="hidden" name="requestId" value={requestId} />
      <CheckboxGroup id={name} name="funciones" legend="Funciones que tendrá" options={asOptions(functions)} error={firstError(state, "funciones")} />
      <SubmitButton pendingLabel="Aprobando…">Aprobar</SubmitButton>
    </form>
  );
}

/** "Rechazar": the reason is emailed to the applicant. */
export function RejectMemberForm({ requestId, applicant }: { requestId: string; applicant: string }) {
  const [state, action] = useActionState(rejectMemberAction, initialFormState);
  const name = `rechazar-${requestId}`;
  const error = firstError(state, "reason");
  return (
    <form action={action} className="member-form" aria-label={`Rechazar la solicitud de ${applicant}`} noValidate>
      <ErrorSummary state={summaryState(state, { reason: name })} labels={{ [name]: "Motivo del rechazo" }} />
      <input type="hidden" name="requestId" value={requestId} />
      <TextArea
        id={name}
        name="reason"
        label="Motivo del rechazo"
        required
        hint="Se envía por correo a la persona solicitante."
        error={error}
        minLength={DECISION_REASON_MIN}
        maxLength={DECISION_REASON_MAX}
        rows={3}
        defaultValue={state.status === "error" ? state.values?.reason : undefined}
      />
      <SubmitButton className="button button--danger" pendingLabel="Rechazando…">
        Rechazar
      </SubmitButton>
    </form>
  );
}

/** "Asignar funciones" an approved member does not hold yet. */
export function GrantMoreForm({ accountId, member, functions }: { accountId: string; member: string; functions: CatalogueFunction[] }) {
  const [state, action] = useActionState(grantMemberAction, initialFormState);
  const name = `asignar-${accountId}`;
  return (
    <form action={action} className="member-form" aria-label={`Asignar funciones a ${member}`} noValidate>
      <ErrorSummary state={summaryState(state, { funciones: name })} labels={{ [name]: "Funciones" }} />
      <input type="hidden" name="accountId" value={accountId} />
      <CheckboxGroup id={name} name="funciones" legend="Asignar más funciones" options={asOptions(functions)} error={firstError(state, "funciones")} />
      <SubmitButton className="button button--secondary" pendingLabel="Asignando…">
        Asignar funciones
      </SubmitButton>
    </form>
  );
}

/** "Retirar" one function (its own small form, so the button says which). */
export function RevokeFunctionForm({ accountId, functionId, functionName, member }: { accountId: string; functionId: string; functionName: string; member: string }) {
  const [state, action] = useActionState(revokeMemberAction, initialFormState);
  return (
    <form action={action} className="revoke-form">
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="functionId" value={functionId} />
      <SubmitButton className="button button--link" pendingLabel="Retirando…">
        Retirar<span className="visually-hidden"> «{functionName}» a {member}</span>
      </SubmitButton>
      {state.status === "error" && (
        <span className="field-error" role="alert">
          Error: {state.message}
        </span>
      )}
    </form>
  );
}
