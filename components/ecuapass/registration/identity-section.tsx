import { Field } from "@/components/form/field";
import { DOC_TYPES, DOC_TYPE_CONTROL_LABEL, type DocType, FIELD_LABELS, INPUT_MAX, NAME_MAX, PASSWORD_MAX, REGISTRATION_HINTS } from "@/lib/ecuapass/rules";
import { AvailabilityResult } from "./availability-result";
import type { AvailabilityApi } from "./use-availability";
import type { RegistrationValuesApi } from "./use-registration-values";

/** ID.usuario, the identification document, the name and the password. */
export function IdentitySection({
  form,
  availability,
  docTypes = DOC_TYPES.map((d) => d.value),
}: {
  form: RegistrationValuesApi;
  availability: AvailabilityApi;
  /** The documents the type admits (Persona con Discapacidad: the cédula only). */
  docTypes?: readonly DocType[];
}) {
  const { values, set, errorOf, control } = form;
  const L = FIELD_LABELS;
  return (
    <>
      <Field name="userId" label={L.userId} required hint={REGISTRATION_HINTS.userId} error={errorOf("userId")}>
        <div className="inline-group">
          <input
            type="text"
            {...control("userId", { hint: true, extra: ["userId-availability"] })}
            required
            aria-required
            maxLength={INPUT_MAX.userId}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
          />
          <button type="button" className="button button--secondary" onClick={() => availability.check("userId")}>
            Comprobar disponibilidad<span className="visually-hidden"> del ID.usuario</span>
          </button>
        </div>
        <AvailabilityResult id="userId-availability" result={availability.availability.userId} />
      </Field>

      <Field name="docNumber" label={L.docNumber} required error={errorOf("docNumber")}>
        <div className="inline-group">
          <select
            id="docType"
            name="docType"
            className="narrow"
            aria-label={DOC_TYPE_CONTROL_LABEL}
            value={values.docType}
            onChange={(e) => set("docType", e.target.value)}
          >
            {DOC_TYPES.filter((d) => docTypes.includes(d.value)).map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
          <input
            type="text"
            {...control("docNumber", { extra: ["docNumber-availability"] })}
            required
            aria-required
            maxLength={INPUT_MAX.docNumber}
            autoComplete="off"
            spellCheck={false}
            inputMode={values.docType === "pasaporte" ? "text" : "numeric"}
          />
          <button type="button" className="button button--secondary" onClick={() => availability.check("docNumber")}>
            Comprobar disponibilidad<span className="visually-hidden"> del documento</span>
          </button>
        </div>
        <AvailabilityResult id="docNumber-availability" result={availability.availability.docNumber} />
      </Field>

      <Field name="fullName" label={L.fullName} required hint={REGISTRATION_HINTS.fullName} error={errorOf("fullName")}>
        <input type="text" {...control("fullName", { hint: true })} required aria-required maxLength={NAME_MAX} autoComplete="name" />
      </Field>

      <div className="grid-2">
        <Field name="password" label={L.password} required hint={REGISTRATION_HINTS.password} error={errorOf("password")}>
          <input
            type="password"
            {...control("password", { hint: true })}
            required
            aria-required
            maxLength={PASSWORD_MAX}
            autoComplete="new-password"
          />
        </Field>
        <Field name="passwordConfirmation" label={L.passwordConfirmation} required error={errorOf("passwordConfirmation")}>
          <input
            type="password"
            {...control("passwordConfirmation")}
            required
            aria-required
            maxLength={PASSWORD_MAX}
            autoComplete="new-password"
          />
        </Field>
      </div>
    </>
  );
}
