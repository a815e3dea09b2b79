import type { ReactNode } from "react";

export function fieldIds(name: string) {
  return { error: `${name}-error`, hint: `${name}-hint` };
}

/** aria-describedby for a control: its hint, any extra regions (an availability result…) and its error (always there). */
export function describedBy(name: string, hasHint: boolean, extra: string[] = []) {
  const ids = fieldIds(name);
  return [...(hasHint ? [ids.hint] : []), ...extra, ids.error].join(" ");
}

/** The attributes that tie a control to its field: id, name, error state and descriptions. */
export function controlProps(name: string, { error, hint, extra }: { error?: string; hint?: boolean; extra?: string[] } = {}) {
  return {
    id: name,
    name,
    "aria-invalid": error ? (true as const) : undefined,
    "aria-describedby": describedBy(name, Boolean(hint), extra),
  };
}

/** A field's error region, announced when it changes (empty while there is no error). */
export function FieldError({ name, error }: { name: string; error?: string }) {
  return (
    <span className="field-error" id={fieldIds(name).error} aria-live="polite">
      {error ? <>Error: {error}</> : null}
    </span>
  );
}

/** The red asterisk and the spoken "(obligatorio)" around a required field's label text. */
export function RequiredLabel({ required, children }: { required?: boolean; children: ReactNode }) {
  return (
    <>
      {required && (
        <span className="required" aria-hidden="true">
          *
        </span>
      )}
      {children}
      {required && <span className="visually-hidden"> (obligatorio)</span>}
    </>
  );
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
        <RequiredLabel required={required}>{label}</RequiredLabel>
      </label>
      {hint && (
        <span className="hint" id={ids.hint}>
          {hint}
        </span>
      )}
      <FieldError name={name} error={error} />
      {children}
    </div>
  );
}

/**
 * A group of radio buttons as one field: a fieldset whose legend is the label, focusable by its
 * name so the error summary's link lands on it.
 */
export function RadioGroup({
  name,
  legend,
  required,
  error,
  options,
  value,
  onChange,
}: {
  name: string;
  legend: ReactNode;
  required?: boolean;
  error?: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <fieldset className={`field${error ? " field--error" : ""}`} id={name} tabIndex={-1} aria-describedby={describedBy(name, false)}>
      <legend className="field__label">
        <RequiredLabel required={required}>{legend}</RequiredLabel>
      </legend>
      <FieldError name={name} error={error} />
      <div className="inline-group">
        {options.map((option) => (
          <label key={option.value} className="radio">
            <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={(e) => onChange(e.target.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
