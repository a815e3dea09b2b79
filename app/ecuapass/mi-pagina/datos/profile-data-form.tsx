"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Field, describedBy } from "@/components/form/field";
import { TextInput } from "@/components/form/text-input";
import { ADDRESS_MAX } from "@/lib/ecuapass/rules";
import { firstError, initialFormState } from "@/lib/forms/state";
import { MOBILE_OPERATORS } from "@/lib/identity/phones";
import { profileDataAction } from "../actions";
import { CodeStep } from "../code-step";

const LABELS = {
  address: "Dirección",
  phone1: "Teléfono1",
  phone2: "Teléfono2",
  mobileOperator: "Operadora del celular",
  mobile: "Numero de Celular",
  fax: "Fax",
  securityCode: "Ingrese código de seguridad",
};

type Values = { address: string; phone1: string; phone2: string; mobileOperator: string; mobile: string; fax: string };

export function ProfileDataForm({ current }: { current: Values }) {
  const [state, formAction] = useActionState(profileDataAction, initialFormState);
  const value = (name: keyof Values) => state.values?.[name] ?? current[name];
  return (
    <form action={formAction} noValidate className="panel">
      <ErrorSummary state={state} labels={LABELS} />
      <TextInput
        name="address"
        label={LABELS.address}
        required
        autoComplete="street-address"
        maxLength={ADDRESS_MAX}
        defaultValue={value("address")}
        error={firstError(state, "address")}
      />
      <div className="grid-2">
        <TextInput
          name="phone1"
          label={LABELS.phone1}
          hint="Con código de área, por ejemplo 02 234 5678."
          required
          type="tel"
          autoComplete="tel"
          maxLength={20}
          defaultValue={value("phone1")}
          error={firstError(state, "phone1")}
        />
        <TextInput
          name="phone2"
          label={LABELS.phone2}
          type="tel"
          maxLength={20}
          defaultValue={value("phone2")}
          error={firstError(state, "phone2")}
        />
      </div>
      <div className="grid-2">
        <Field name="mobileOperator" label={LABELS.mobileOperator} required error={firstError(state, "mobileOperator")}>
          {/* Keyed by its value: React applies a select's defaultValue only when it mounts, and the form
              resets to the defaults after each answer, so the operator chosen would be lost. */}
          <select
            key={value("mobileOperator")}
            id="mobileOperator"
            name="mobileOperator"
            required
            aria-required
            aria-invalid={firstError(state, "mobileOperator") ? true : undefined}
            aria-describedby={describedBy("mobileOperator", false)}
            defaultValue={value("mobileOperator")}
          >
            {MOBILE_OPERATORS.map((operator) => (
              <option key={operator.value} value={operator.value}>
                {operator.label}
              </option>
            ))}
          </select>
        </Field>
        <TextInput
          name="mobile"
          label={LABELS.mobile}
          hint="En formato 09XXXXXXXX."
          required
          type="tel"
          autoComplete="tel-national"
          maxLength={20}
          defaultValue={value("mobile")}
          error={firstError(state, "mobile")}
        />
      </div>
      <TextInput name="fax" label={LABELS.fax} type="tel" maxLength={20} defaultValue={value("fax")} error={firstError(state, "fax")} />
      <CodeStep
        state={state}
        saveLabel="Guardar cambios"
        sendHint="Al solicitar el código, le enviaremos un código de seguridad a su correo electrónico registrado; con él confirmará los cambios."
      />
    </form>
  );
}
