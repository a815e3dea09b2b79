"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/** Disabled with a spinner and a pending label while its form is being sent. */
export function SubmitButton({
  children,
  pendingLabel = "Enviando…",
  className = "button",
  name,
  value,
  formAction,
}: {
  children: ReactNode;
  pendingLabel?: string;
  className?: string;
  name?: string;
  value?: string;
  formAction?: (formData: FormData) => void;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending} name={name} value={value} formAction={formAction}>
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
