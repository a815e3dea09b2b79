import type { ReactNode } from "react";

export function fieldIds(name: string) {
  return { error: `${name}-error`, hint: `${name}-hint` };
}

/** aria-describedby for a control: its hint and its error (the error region always exists). */
export function describedBy(name: string, hasHint: boolean) {
  const ids = fieldIds(name);
  return hasHint ? `${ids.hint} ${ids.error}` : ids.error;
}

type FieldProps = {
  name: string;
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
  error?: string;
  /** The control's id when it is not the field name. */
  htmlFor?: string;
  children: ReactNode;
};

/** Label above the control, red asterisk when required, hint, and the error tied by id. */
export function Field({ name, label, required, hint, error, htmlFor, children }: FieldProps) {
  const ids = fieldIds(name);
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={htmlFor ?? name}>
        {required && (
          <span className="required" aria-hidden="true">
            *
          </span>
        )}
        {label}
        {required && <span className="visually-hidden"> (obligatorio)</span>}
      </label>
      {hint && (
        <span className="hint" id={ids.hint}>
          {hint}
        </span>
      )}
      <span className="field-error" id={ids.error} aria-live="polite">
        {error ? <>Error: {error}</> : null}
      </span>
      {children}
    </div>
  );
}
