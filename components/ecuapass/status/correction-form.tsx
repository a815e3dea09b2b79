"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Field } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { TextInput } from "@/components/form/text-input";
import { DisabilitySection } from "@/components/ecuapass/registration/disability-section";
import { EntitySection } from "@/components/ecuapass/registration/entity-section";
import { RepresentativeSection } from "@/components/ecuapass/registration/representative-section";
import { RespaldoSection } from "@/components/ecuapass/registration/respaldo-section";
import { useTypeValues } from "@/components/ecuapass/registration/use-type-values";
import { CORRECTABLE_SECTION_LABEL, type CorrectableSection } from "@/lib/ecuapass/applicant-status";
import { RAZON_SOCIAL_MAX, type RucKind } from "@/lib/ecuapass/organization-schema";
import { POSITION_MAX, type DetailedType } from "@/lib/ecuapass/request-details";
import { ADDRESS_MAX, INPUT_MAX } from "@/lib/ecuapass/rules";
import { TYPE_FIELD_LABELS, TYPE_FORMS } from "@/lib/ecuapass/type-forms";
import { firstError, initialFormState, type FormState } from "@/lib/forms/state";

export type CorrectionValues = { orgRuc: string; orgRazonSocial: string; orgAddress: string; orgPhone: string; position: string };

const LABELS: Record<string, string> = {
  ...TYPE_FIELD_LABELS,
  orgRuc: "RUC",
  orgRazonSocial: "Razón social",
  orgAddress: "Dirección",
  orgPhone: "Teléfono",
  position: "Cargo",
  respaldo: "Documento de respaldo",
  solicitudUso: "Solicitud de uso firmada",
};

/**
 * "Reenviar la solicitud": only the sections SENAE asked to correct, filled with what is stored.
 * The type's own data use the registration form's sections (same names, same checks on the server).
 */
export function CorrectionForm({
  action,
  sections,
  values,
  type,
  details,
  rucKind,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  sections: CorrectableSection[];
  values: CorrectionValues;
  type: DetailedType;
  /** The stored details as the form's flat values. */
  details: Record<string, string>;
  rucKind: RucKind | null;
}) {
  const [state, dispatch] = useActionState(action, initialFormState);
  const own = useTypeValues(state, null, details);
  const config = TYPE_FORMS[type];
  const detailsAsked = sections.includes("detalles");
  // Correcting the data may call for another supporting document: the section with its kind then.
  const respaldoWithDetails = detailsAsked && config.respaldoChoice.length > 0;
  const shown = (name: keyof CorrectionValues) => (state.status === "error" ? state.values?.[name] : undefined) ?? values[name];
  const respaldoError = firstError(state, "respaldo");
  return (
    <form action={dispatch} noValidate className="panel">
      <ErrorSummary state={state} labels={LABELS} />
      {sections.includes("organizacion") && (
        <fieldset>
          <legend>{CORRECTABLE_SECTION_LABEL.organizacion}</legend>
          <TextInput
            name="orgRuc"
            label={LABELS.orgRuc}
            required
            inputMode="numeric"
            maxLength={INPUT_MAX.docNumber}
            defaultValue={shown("orgRuc")}
            error={firstError(state, "orgRuc")}
          />
          <TextInput
            name="orgRazonSocial"
            label={LABELS.orgRazonSocial}
            required
            maxLength={RAZON_SOCIAL_MAX}
            defaultValue={shown("orgRazonSocial")}
            error={firstError(state, "orgRazonSocial")}
          />
          <TextInput
            name="orgAddress"
            label={LABELS.orgAddress}
            required
            maxLength={ADDRESS_MAX}
            defaultValue={shown("orgAddress")}
            error={firstError(state, "orgAddress")}
          />
          <TextInput
            name="orgPhone"
            label={LABELS.orgPhone}
            required
            inputMode="tel"
            maxLength={INPUT_MAX.phone}
            defaultValue={shown("orgPhone")}
            error={firstError(state, "orgPhone")}
          />
        </fieldset>
      )}
      {detailsAsked && config.positionLabel && (
        <TextInput
          name="position"
          label={config.positionLabel}
          required
          maxLength={POSITION_MAX}
          defaultValue={shown("position")}
          error={firstError(state, "position")}
        />
      )}
      {detailsAsked && config.sections.disability && <DisabilitySection form={own} />}
      {detailsAsked && config.sections.authority && <EntitySection form={own} />}
      {detailsAsked && config.sections.representative && <RepresentativeSection form={own} />}
      {respaldoWithDetails && (
        <>
          <RespaldoSection
            config={config}
            form={own}
            rucKind={rucKind}
            title="Documento de respaldo corregido"
            // Required only when asked for, or when the corrected data call for another document (as the server decides).
            fileRequired={(kind) => sections.includes("respaldo") || (kind !== null && kind !== details.respaldoKind)}
          />
          {!sections.includes("respaldo") && <p className="hint">Adjunte un documento nuevo solo si sus datos corregidos lo cambian.</p>}
        </>
      )}
      {sections.includes("respaldo") && !respaldoWithDetails && (
        <Field name="respaldo" label={`${LABELS.respaldo} corregido (PDF, máximo 10 MB)`} required error={respaldoError}>
          <input
            id="respaldo"
            name="respaldo"
            type="file"
            accept="application/pdf,.pdf"
            aria-required
            aria-invalid={respaldoError ? true : undefined}
            aria-describedby="respaldo-error"
          />
        </Field>
      )}
      {sections.includes("solicitud_uso") && (
        <div className={`field${firstError(state, "solicitudUso") ? " field--error" : ""}`} id="solicitudUso" tabIndex={-1}>
          <p>
            <strong>{CORRECTABLE_SECTION_LABEL.solicitud_uso}:</strong>{" "}
            {sections.some((s) => s === "organizacion" || s === "detalles")
              ? "al reenviar se genera una nueva Solicitud de uso con los datos corregidos: descárguela, fírmela y súbala después."
              : "súbala en la sección «Solicitud de uso» de esta página antes de reenviar."}
          </p>
          <span className="field-error" id="solicitudUso-error" aria-live="polite">
            {firstError(state, "solicitudUso") ? <>Error: {firstError(state, "solicitudUso")}</> : null}
          </span>
        </div>
      )}
      <SubmitButton className="button" pendingLabel="Reenviando…">
        Reenviar la solicitud
      </SubmitButton>
    </form>
  );
}
