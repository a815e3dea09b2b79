// The one shape every form action returns (client-safe: no server imports).

export type FieldErrors = Record<string, string[] | undefined>;

/**
 * What a form action answers. `T` is the typed data a successful action hands back to its form
 * (an organization found by RUC, the review of a request…): the form reads it without a cast.
 */
export type FormState<T = undefined> = {
  status: "idle" | "ok" | "error";
  /** A sentence for the whole form (shown at the top, and in the error summary). */
  message?: string;
  fieldErrors?: FieldErrors;
  /** What the user typed, echoed back so the form keeps it after an error (never passwords). */
  values?: Record<string, string>;
  /** Typed data an action returns on success. */
  data?: T;
};

/** A server action in the shape `useActionState` takes. */
export type FormActionFn<T = undefined> = (state: FormState<T>, formData: FormData) => Promise<FormState<T>>;

export const initialFormState: FormState<never> = { status: "idle" };

export function firstError(state: FormState<unknown>, field: string): string | undefined {
  return state.fieldErrors?.[field]?.[0];
}
