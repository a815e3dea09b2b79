"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/forms/state";

/**
 * After a failed submit: a box at the top listing each error with a link to its field, focused
 * so keyboard and screen-reader users land on it. `labels` maps field names to their labels.
 */
export function ErrorSummary({ state, labels }: { state: FormState<unknown>; labels: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(state.fieldErrors ?? {}).filter(([, errors]) => errors?.length);
  const show = state.status === "error" && (entries.length > 0 || state.message);
  useEffect(() => {
    if (show) ref.current?.focus();
  }, [state, show]);
  if (!show) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">Hay un problema</h2>
      {state.message && <p>{state.message}</p>}
      {entries.length > 0 && (
        <ul>
          {entries.map(([field, errors]) => (
            <li key={field}>
              <a href={`#${field}`}>
                {labels[field] ? `${labels[field]}: ` : ""}
                {errors![0]}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
