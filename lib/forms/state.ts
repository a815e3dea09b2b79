// The one shape every form action returns (client-safe: no server imports).

export type FieldErrors = Record<string, string[] | undefined>;

export type FormState = {
  status: "idle" | "ok" | "error";
  /** A sentence for the whole form (shown at the top, and in the error summary). */
  message?: string;
  fieldErrors?: FieldErrors;
  /** What the user typed, echoed back so the form keeps it after an error (never passwords). */
  values?: Record<string, string>;
  /** Extra data an action returns on success (e.g. "disponible"). */
  data?: Record<string, unknown>;
};

export const initialFormState: FormState = { status: "idle" };

export function firstError(state: FormState, field: string): string | undefined {
  return state.fieldErrors?.[field]?.[0];
}
