"use client";

import { useState } from "react";

/** Controlled text values of a form, by field name, with a binder for inputs and selects. */
export function useFieldValues<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const set = (name: keyof T & string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const bind = (name: keyof T & string) => ({
    value: values[name] ?? "",
    onChange: (event: { target: { value: string } }) => set(name, event.target.value),
  });
  return { values, setValues, set, bind };
}
