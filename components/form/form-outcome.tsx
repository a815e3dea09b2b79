import type { FormState } from "@/lib/forms/state";

/** A form's success message, announced where the form is (nothing until it succeeds). */
export function FormOutcome({ state }: { state: FormState }) {
  if (state.status !== "ok") return null;
  return (
    <div className="notice notice--success" role="status">
      <p>{state.message}</p>
    </div>
  );
}
