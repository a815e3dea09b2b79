import { useRef } from "react";
import { Field } from "@/components/form/field";
import { EMAIL_MAX, FIELD_LABELS, INPUT_MAX, REGISTRATION_HINTS, SENAE_EMAIL_LABEL, senaeEmailFor } from "@/lib/ecuapass/rules";
import type { FormState } from "@/lib/forms/state";
import { AvailabilityResult } from "./availability-result";
import type { AvailabilityApi } from "./use-availability";
import type { RegistrationValuesApi } from "./use-registration-values";
import { useSecurityCode } from "./use-security-code";

/** The email and its confirmation, the security code sent to it, and the generated SENAE address. */
export function EmailSection({
  form,
  availability,
  requestCode,
}: {
  form: RegistrationValuesApi;
  availability: AvailabilityApi;
  requestCode: (formData: FormData) => Promise<FormState<unknown>>;
}) {
  const { values, setValues, errorOf, control } = form;
  const { emailLocked } = availability;
  const securityCode = useSecurityCode(requestCode);
  const { code } = securityCode;
  const emailRef = useRef<HTMLInputElement>(null);
  const L = FIELD_LABELS;

  function changeEmail() {
    availability.unlockEmail();
    securityCode.reset();
    setValues((v) => ({ ...v, securityCode: "" }));
    emailRef.current?.focus();
  }

  const email = { type: "email", maxLength: EMAIL_MAX, autoComplete: "email", readOnly: emailLocked, required: true, "aria-required": true } as const;
  return (
    <>
      <Field name="email" label={L.email} required hint={REGISTRATION_HINTS.email} error={errorOf("email")}>
        <input {...email} ref={emailRef} {...control("email", { hint: true, extra: ["email-availability"] })} />
      </Field>

      <Field name="emailConfirmation" label={L.emailConfirmation} required error={errorOf("emailConfirmation")}>
        <div className="inline-group">
          <input {...email} {...control("emailConfirmation", { extra: ["email-availability"] })} />
          {emailLocked ? (
            <button type="button" className="button button--secondary" onClick={changeEmail}>
              Cambiar correo
            </button>
          ) : (
            <button type="button" className="button button--secondary" onClick={() => availability.check("email")}>
              Comprobar disponibilidad<span className="visually-hidden"> del correo electrónico</span>
            </button>
          )}
        </div>
        <AvailabilityResult id="email-availability" result={availability.availability.email} />
      </Field>

      <Field
        name="securityCode"
        label={L.securityCode}
        required
        hint={emailLocked ? REGISTRATION_HINTS.codeReady : REGISTRATION_HINTS.codeWaiting}
        error={errorOf("securityCode")}
      >
        <div className="inline-group">
          <input
            type="text"
            {...control("securityCode", { hint: true, extra: ["code-status"] })}
            required
            aria-required
            maxLength={INPUT_MAX.securityCode}
            autoComplete="one-time-code"
            autoCapitalize="characters"
            spellCheck={false}
          />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => emailLocked && securityCode.send(values.email, values.emailConfirmation)}
            // Only aria-disabled while sending: a disabled button would drop the keyboard focus.
            disabled={!emailLocked}
            aria-disabled={!emailLocked || code.kind === "sending"}
          >
            {code.kind === "sending" ? (
              <>
                <span className="spinner" aria-hidden="true" />
                Enviando…
              </>
            ) : (
              "Solicitar código de seguridad"
            )}
          </button>
        </div>
        <div id="code-status" role="status" aria-live="polite">
          {code.kind === "sent" && <p className="notice notice--success">{code.message}</p>}
          {code.kind === "error" && <p className="notice notice--error">{code.message}</p>}
        </div>
        <noscript>
          <p className="notice notice--warning">
            Para recibir el código de seguridad por correo electrónico este formulario necesita JavaScript. Actívelo en su
            navegador y vuelva a cargar la página.
          </p>
        </noscript>
      </Field>

      <div className="field">
        <label htmlFor="senaeEmail">{SENAE_EMAIL_LABEL}</label>
        {/* Grows to its text: a 20-character ID makes an address wider than a 360 px screen. */}
        <textarea id="senaeEmail" className="readonly-value" rows={1} readOnly value={senaeEmailFor(values.userId)} aria-describedby="senaeEmail-hint" />
        <span className="hint" id="senaeEmail-hint">
          {REGISTRATION_HINTS.senaeEmail}
        </span>
      </div>
    </>
  );
}
