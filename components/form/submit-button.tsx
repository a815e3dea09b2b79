"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/**
 * A spinner and a pending label while its form is being sent. Pending, it is `aria-disabled` and
 * ignores activation rather than `disabled`: a disabled button drops the keyboard focus to the page,
 * so keyboard and screen-reader users would lose their place.
 */
export function SubmitButton({
  children,
  pendingLabel = "Enviando…",
  className = "button",
  name,
  value,
  formAction,
  unavailable = false,
  describedBy,
  pending: pendingProp,
}: {
  children: ReactNode;
  pendingLabel?: string;
  className?: string;
  name?: string;
  value?: string;
  formAction?: (formData: FormData) => void;
  /** Not possible yet (say why in the element `describedBy` names): looks disabled, keeps its focus. */
  unavailable?: boolean;
  describedBy?: string;
  /** For a form sent by its own submit handler (useFormStatus does not see it). */
  pending?: boolean;
}) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;
  return (
    <button
      type="submit"
      className={className}
      aria-disabled={pending || unavailable}
      aria-describedby={describedBy}
      onClick={(event) => {
        if (pending || unavailable) event.preventDefault();
      }}
      name={name}
      value={value}
      formAction={formAction}
    >
      {pending ? (
        <>
          <span className="spinner" aria-hidden="true" />
          <span role="status">{pendingLabel}</span>
        </>
      ) : (
        children
      )}
    </button>
  );
}
