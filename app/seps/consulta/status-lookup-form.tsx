"use client";

import { Fragment, useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { TextInput } from "@/components/form/text-input";
import { firstError, initialFormState } from "@/lib/forms/state";
import { STATUS_TAG } from "@/lib/seps/status";
import { lookupStatusAction, resendLinkAction } from "./actions";

const LABELS = { numero: "Número de la solicitud", cedula: "Cédula del usuario de la clave" };

export function StatusLookupForm() {
  const [state, lookup] = useActionState(lookupStatusAction, initialFormState);
  const found = state.status === "ok" ? state.data : undefined;
  return (
    <>
      <form action={lookup} noValidate className="panel">
        <ErrorSummary state={state} labels={LABELS} />
        <TextInput
          name="numero"
          label={LABELS.numero}
          hint="Como aparece en el correo que recibió al guardar la solicitud, por ejemplo SEPS-2026-000123."
          required
          autoComplete="off"
          autoCapitalize="characters"
          maxLength={40}
          spellCheck={false}
          defaultValue={state.values?.numero}
          error={firstError(state, "numero")}
        />
        <TextInput
          name="cedula"
          label={LABELS.cedula}
          hint="La cédula de la persona que usará la clave (10 dígitos)."
          required
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          spellCheck={false}
          defaultValue={state.values?.cedula}
          error={firstError(state, "cedula")}
        />
        <div className="actions">
          <SubmitButton pendingLabel="Consultando…">Consultar</SubmitButton>
        </div>
      </form>
      {found && state.values && <StatusResult key={`${found.number}:${found.statusLabel}`} view={found} values={state.values} />}
    </>
  );
}

function StatusResult({
  view,
  values,
}: {
  view: NonNullable<Awaited<ReturnType<typeof lookupStatusAction>>["data"]>;
  values: Record<string, string>;
}) {
  const [sent, resend] = useActionState(resendLinkAction, initialFormState);
  return (
    <section className="panel" aria-labelledby="resultado" aria-live="polite">
      <h2 id="resultado">
        Solicitud {view.number}
      </h2>
      <p>
        Estado: <span className={STATUS_TAG[view.status]}>{view.statusLabel}</span>
      </p>
      <dl className="summary">
        <dt>Organización</dt>
        <dd>{view.organization}</dd>
        {view.events.map((e) => (
          <Fragment key={e.label}>
            <dt>{e.label}</dt>
            <dd>{e.at}</dd>
          </Fragment>
        ))}
      </dl>
      <h3>¿Perdió el enlace privado?</h3>
      <p>
        Podemos enviar un nuevo enlace al correo del usuario registrado en la solicitud ({view.maskedEmail}). El enlace
        anterior dejará de funcionar.
      </p>
      {sent.status === "ok" ? (
        <p className="notice notice--success" role="status">
          {sent.message}
        </p>
      ) : (
        <form action={resend}>
          <input type="hidden" name="numero" value={values.numero ?? ""} />
          <input type="hidden" name="cedula" value={values.cedula ?? ""} />
          {sent.status === "error" && (
            <p className="notice notice--error" role="alert">
              {sent.message ?? "No se pudo enviar el enlace. Intente nuevamente."}
            </p>
          )}
          <SubmitButton pendingLabel="Enviando…">Enviar el enlace a {view.maskedEmail}</SubmitButton>
        </form>
      )}
    </section>
  );
}
