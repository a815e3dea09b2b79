"use client";

import { useEffect, useState } from "react";
import { describedBy } from "@/components/form/field";
import { DEFAULT_DOC_TYPE, fieldError, type RegistrationField, type RegistrationValues } from "@/lib/ecuapass/rules";
import type { FieldErrors, FormState } from "@/lib/forms/state";

export const ECUADOR = "EC";

export const EMPTY: RegistrationValues = {
  userId: "",
  docType: DEFAULT_DOC_TYPE,
  docNumber: "",
  fullName: "",
  password: "",
  passwordConfirmation: "",
  country: "",
  province: "",
  city: "",
  address: "",
  phone1: "",
  phone2: "",
  mobileOperator: "CLARO",
  mobile: "",
  fax: "",
  email: "",
  emailConfirmation: "",
  securityCode: "",
};

/** What the server echoed (a post answered before hydration), over the empty form. */
function initialValues(state: FormState<unknown>): RegistrationValues {
  const values = { ...EMPTY };
  for (const key of Object.keys(EMPTY) as RegistrationField[]) {
    const echoed = state.values?.[key];
    if (typeof echoed === "string") values[key] = echoed;
  }
  return values;
}

/**
 * The registration form's values and the error each field shows: the live hint (checked when the
 * field is left) first, then the server's answer to "Registrar" until the field changes.
 */
export function useRegistrationValues(state: FormState<unknown>) {
  const [values, setValues] = useState<RegistrationValues>(() => initialValues(state));
  const [hints, setHints] = useState<Partial<Record<RegistrationField, string>>>({});
  const [serverErrors, setServerErrors] = useState<FieldErrors>(() => state.fieldErrors ?? {});

  // A failed "Registrar": show the server's errors; everything typed stays except the passwords.
  useEffect(() => {
    if (state.status !== "error") return;
    setServerErrors(state.fieldErrors ?? {});
    setValues((v) => ({ ...v, password: "", passwordConfirmation: "" }));
  }, [state]);

  const errorOf = (name: RegistrationField) => hints[name] ?? serverErrors[name]?.[0];

  function set(name: RegistrationField, value: string) {
    setValues((v) => {
      const next = { ...v, [name]: value };
      if (name === "country" && value !== ECUADOR) Object.assign(next, { province: "", city: "" });
      if (name === "province") next.city = "";
      return next;
    });
    setServerErrors((e) => ({ ...e, [name]: undefined }));
    if (hints[name] || (name === "docType" && hints.docNumber)) {
      setHints((h) => ({ ...h, [name]: undefined, ...(name === "docType" ? { docNumber: undefined } : {}) }));
    }
  }

  /** Checks one field now; answers its error (null when it passes). */
  function hint(name: RegistrationField) {
    const message = fieldError(name, values);
    setHints((h) => ({ ...h, [name]: message ?? undefined }));
    return message;
  }

  function clearServerErrors(...names: RegistrationField[]) {
    setServerErrors((e) => ({ ...e, ...Object.fromEntries(names.map((n) => [n, undefined])) }));
  }

  /** The props that bind a control to its value, its check on leaving, and its hint/error regions. */
  function control(name: RegistrationField, { hint: hasHint = false, extra = [] as string[] } = {}) {
    return {
      id: name,
      name,
      value: values[name],
      onChange: (e: { target: { value: string } }) => set(name, e.target.value),
      onBlur: () => {
        if (values[name]) hint(name);
      },
      "aria-invalid": errorOf(name) ? (true as const) : undefined,
      "aria-describedby": describedBy(name, hasHint, extra),
    };
  }

  return { values, setValues, set, hint, errorOf, control, clearServerErrors };
}
export type RegistrationValuesApi = ReturnType<typeof useRegistrationValues>;
