"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Field, describedBy } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { TextInput } from "@/components/form/text-input";
import type { StaffInviteData } from "@/lib/auth/staff";
import { firstError, initialFormState, type FormActionFn } from "@/lib/forms/state";

const LABELS = { email: "Correo electrónico", fullName: "Nombres y apellidos", role: "Rol" };

export function InviteStaffForm({ inviteStaffAction }: { inviteStaffAction: FormActionFn<StaffInviteData> }) {
  const [state, action] = useActionState(inviteStaffAction, initialFormState);
  const link = state.status === "ok" ? state.data?.link ?? "" : "";
  return (
    <form action={action} noValidate className="panel panel--narrow">
      <ErrorSummary state={state} labels={LABELS} />
      {link && (
        <div className="notice notice--success" role="status">
          <p>
            Invitación creada para <strong>{state.data?.email}</strong>: se le envía por correo ahora. Si no le llega,
            entréguele este enlace de un solo uso, válido 7 días:
          </p>
          <p>
            <code className="break-all">{link}</code>
          </p>
        </div>
      )}
      <TextInput
        name="fullName"
        label={LABELS.fullName}
        required
        maxLength={120}
        autoComplete="off"
        defaultValue={state.status === "error" ? state.values?.fullName : undefined}
        error={firstError(state, "fullName")}
      />
      <TextInput
        name="email"
        label={LABELS.email}
        type="email"
        required
        maxLength={254}
        autoComplete="off"
        inputMode="email"
        spellCheck={false}
        defaultValue={state.status === "error" ? state.values?.email : undefined}
        error={firstError(state, "email")}
      />
      <Field name="role" label={LABELS.role} required error={firstError(state, "role")}>
        <select
          id="role"
          name="role"
          required
          aria-required
          aria-invalid={firstError(state, "role") ? true : undefined}
          aria-describedby={describedBy("role", false)}
          defaultValue={state.status === "error" ? (state.values?.role ?? "reviewer") : "reviewer"}
        >
          <option value="reviewer">Revisión</option>
          <option value="admin">Administración</option>
        </select>
      </Field>
      <div className="actions">
        <SubmitButton pendingLabel="Invitando…">Invitar</SubmitButton>
      </div>
    </form>
  );
}

export function DeactivateStaffButton({ staffId, name, deactivateStaffAction }: { staffId: string; name: string; deactivateStaffAction: FormActionFn }) {
  const [state, action] = useActionState(deactivateStaffAction, initialFormState);
  return (
    <form action={action}>
      <input type="hidden" name="staffId" value={staffId} />
      {state.message && (
        <p className={state.status === "error" ? "field-error" : "hint"} role="status">
          {state.message}
        </p>
      )}
      {state.status !== "ok" && (
        <SubmitButton className="button button--danger" pendingLabel="Desactivando…">
          Desactivar<span className="visually-hidden"> la cuenta de {name}</span>
        </SubmitButton>
      )}
    </form>
  );
}
