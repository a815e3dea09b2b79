"use client";

import type { ReactNode } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { useFieldValues } from "@/components/form/use-field-values";
import { useSubmissionKey } from "@/components/form/use-submission-key";
import type { FormActionFn } from "@/lib/forms/state";
import { REQUEST_LABELS } from "@/lib/seps/rules";
import type { ReviewData, RoleOption, RucLookupData } from "@/lib/seps/views";
import { Captcha } from "./captcha";
import { DeactivationSection } from "./request/deactivation-section";
import { OrganizationSection } from "./request/organization-section";
import { PersonalSection } from "./request/personal-section";
import { ProxySection } from "./request/proxy-section";
import { ReviewStep } from "./request/review-step";
import { RolesSection } from "./request/roles-section";
import { useRequestSteps } from "./request/use-request-steps";
import { useRoleRows } from "./request/use-role-rows";
import { useRucLookup } from "./request/use-ruc-lookup";
import { EMPTY_REQUEST } from "./request/values";

/** The "Formulario Solicitud Claves", in the document's order, then "Revise su solicitud" and "Guardar". */
export function RequestForm({
  sector,
  roles,
  lookupAction,
  reviewAction,
  saveAction,
  privacyNotice,
}: {
  sector: "financiera" | "no_financiera";
  roles: RoleOption[];
  lookupAction: FormActionFn<RucLookupData>;
  reviewAction: FormActionFn<ReviewData>;
  saveAction: FormActionFn<ReviewData>;
  privacyNotice: ReactNode;
}) {
  const steps = useRequestSteps(reviewAction, saveAction);
  const roleRows = useRoleRows(roles, steps.focus);
  const ruc = useRucLookup(sector, lookupAction);
  const { values, set, bind } = useFieldValues(EMPTY_REQUEST);
  const { error } = steps;
  const submissionKey = useSubmissionKey();

  return (
    <form action={steps.reviewDispatch} noValidate className="panel request-form">
      <ErrorSummary state={steps.shown} labels={REQUEST_LABELS} />
      <input type="hidden" name="sector" value={sector} />
      <input type="hidden" name="idempotencia" value={submissionKey} />
      <noscript>
        <p className="notice notice--warning">
          Este formulario necesita JavaScript: con él se agregan los roles, se busca el RUC en el catastro y se resuelve la
          verificación automática. Actívelo en su navegador y vuelva a cargar la página.
        </p>
      </noscript>

      <div hidden={steps.step !== "form"}>
        <RolesSection roleRows={roleRows} error={error} />
        <DeactivationSection roleRows={roleRows} ruc={ruc} error={error} />
        <PersonalSection bind={bind} set={set} values={values} needsResolution={roleRows.needsResolution} error={error} />
        <OrganizationSection ruc={ruc} value={values.ruc} onChange={(value) => set("ruc", value)} error={error("ruc")} />
        <ProxySection bind={bind} error={error} />
        <Captcha resetKey={steps.captchaKey} error={error("captcha")} />
        <div className="actions">
          <SubmitButton pendingLabel="Verificando…">Continuar</SubmitButton>
        </div>
      </div>

      {steps.step === "review" && steps.review && (
        <ReviewStep
          review={steps.review}
          headingRef={steps.reviewHeading}
          onChange={steps.change}
          saveDispatch={steps.saveDispatch}
          privacyNotice={privacyNotice}
          error={error("avisoPrivacidad")}
        />
      )}
    </form>
  );
}
