"use client";

import { useState } from "react";
import { FieldError, RequiredLabel, describedBy } from "./field";

export type CheckboxOption = { value: string; label: string; hint?: string };

/**
 * Checkboxes of one posted name as one field: a fieldset focusable by its id, so the error
 * summary's link lands on it. The ticks live in React state: they survive the form's reset after
 * a refused post.
 */
export function CheckboxGroup({
  id,
  name,
  legend,
  hint,
  options,
  error,
  required = true,
}: {
  /** The group's id on the page (unique among the page's forms). */
  id: string;
  /** The posted field. */
  name: string;
  legend: string;
  hint?: string;
  options: CheckboxOption[];
  error?: string;
  required?: boolean;
}) {
  const [checked, setChecked] = useState<string[]>([]);
  return (
    <fieldset className={`field${error ? " field--error" : ""}`} id={id} tabIndex={-1} aria-describedby={describedBy(id, Boolean(hint))}>
      <legend className="field__label">
        <RequiredLabel required={required}>{legend}</RequiredLabel>
      </legend>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <FieldError name={id} error={error} />
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <label key={option.value} className="checkbox" htmlFor={optionId}>
            <input
              type="checkbox"
              id={optionId}
              name={name}
              value={option.value}
              checked={checked.includes(option.value)}
              onChange={(e) => setChecked((now) => (e.target.checked ? [...now, option.value] : now.filter((v) => v !== option.value)))}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
            />
            <span>
              {option.label}
              {option.hint && (
                <span className="hint" id={`${optionId}-hint`}>
                  {option.hint}
                </span>
              )}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
