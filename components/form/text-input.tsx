import type { InputHTMLAttributes, ReactNode } from "react";
import { Field, describedBy } from "./field";

type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name"> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

/** A labelled input whose error and hint are announced with it. */
export function TextInput({ name, label, hint, error, required, id, ...input }: TextInputProps) {
  return (
    <Field name={name} label={label} required={required} hint={hint} error={error} htmlFor={id ?? name}>
      <input
        id={id ?? name}
        name={name}
        type="text"
        required={required}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, Boolean(hint))}
        {...input}
      />
    </Field>
  );
}
