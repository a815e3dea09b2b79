"use client";

import { useEffect, useState } from "react";
import { describedBy } from "@/components/form/field";
import { organizationSchema, type RucKind } from "@/lib/ecuapass/organization-schema";
import { TYPE_FIELD_LABELS, type TypeField } from "@/lib/ecuapass/type-forms";
import type { FieldErrors, FormState } from "@/lib/forms/state";

/** The type's own text fields (the person sub-sections' document types and the radios included). */
const EXTRA = ["authorityDocType", "representativeDocType", "legalRepresentativeDocType"] as const;
export type TypeValueName = Exclude<TypeField, "respaldo"> | (typeof EXTRA)[number];
type TypeValues = Record<TypeValueName, string>;

const NAMES = [...(Object.keys(TYPE_FIELD_LABELS) as TypeField[]).filter((n) => n !== "respaldo"), ...EXTRA] as TypeValueName[];

function initialValues(state: FormState<unknown>, stored: Partial<Record<string, string>>): TypeValues {
  const values = Object.fromEntries(NAMES.map((n) => [n, ""])) as TypeValues;
  for (const n of EXTRA) values[n] = "cedula";
  values.capacity = "maxima_autoridad";
  values.hasLegalRepresentative = "no";
  for (const n of NAMES) if (typeof stored[n] === "string") values[n] = stored[n]!;
  for (const n of NAMES) if (typeof state.values?.[n] === "string") values[n] = state.values[n]!;
  return values;
}

/**
 * The values and errors of a type's own sections (the general user's fields keep theirs in
 * useRegistrationValues): the server's error stays until the field changes; the RUC is checked
 * when it is left, with the same schema the server uses. `stored`: the values to start from (a
 * correction starts from the stored request).
 */
export function useTypeValues(state: FormState<unknown>, rucKinds: readonly RucKind[] | null, stored: Partial<Record<string, string>> = {}) {
  const [values, setValues] = useState<TypeValues>(() => initialValues(state, stored));
  const [serverErrors, setServerErrors] = useState<FieldErrors>(() => state.fieldErrors ?? {});
  const [rucHint, setRucHint] = useState<string | undefined>();

  useEffect(() => {
    if (state.status === "error") setServerErrors(state.fieldErrors ?? {});
  }, [state]);

  const errorOf = (name: string) => (name === "orgRuc" && rucHint) || serverErrors[name]?.[0];

  function set(name: TypeValueName, value: string) {
    setValues((v) => ({ ...v, [name]: value }));
    setServerErrors((e) => ({ ...e, [name]: undefined, ...(name.endsWith("DocType") ? { [name.replace("DocType", "DocNumber")]: undefined } : {}) }));
    if (name === "orgRuc") setRucHint(undefined);
  }

  function checkRuc() {
    if (!rucKinds || !values.orgRuc) return;
    const parsed = organizationSchema(rucKinds).shape.orgRuc.safeParse(values.orgRuc);
    setRucHint(parsed.success ? undefined : parsed.error.issues[0]?.message);
  }

  /** The props that bind a control to its value and its hint/error regions. */
  function control(name: TypeValueName, { hint = false } = {}) {
    const error = errorOf(name);
    return {
      id: name,
      name,
      value: values[name],
      onChange: (e: { target: { value: string } }) => set(name, e.target.value),
      ...(name === "orgRuc" ? { onBlur: checkRuc } : {}),
      "aria-invalid": error ? (true as const) : undefined,
      "aria-describedby": describedBy(name, hint),
    };
  }

  return { values, set, errorOf, control };
}
export type TypeValuesApi = ReturnType<typeof useTypeValues>;
