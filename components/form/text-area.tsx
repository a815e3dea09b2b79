import type { ReactNode, TextareaHTMLAttributes } from "react";
import { Field, describedBy } from "./field";

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id"> & {
  /** The posted field. */
  name: string;
  /** The control's id on the page when it is not the posted name (several forms on one page). */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

/** A labelled multi-line field whose error and hint are announced with it (the textarea twin of TextInput). */
export function TextArea({ name, id = name, label, hint, error, required, ...textarea }: TextAreaProps) {
  return (
    <Field name={id} label={label} required={required} hint={hint} error={error}>
      <textarea
        id={id}
        name={name}
        required={required}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint))}
        {...textarea}
      />
    </Field>
  );
}
