"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { TextInput } from "@/components/form/text-input";
import { firstError, initialFormState, type FormState } from "@/lib/forms/state";

export type SignInField = {
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  inputMode?: "text" | "numeric" | "email";
  hint?: string;
};

/** One sign-in form for the three kinds of accounts; each page passes its fields and action. */
export function SignInForm({
  action,
  fields,
  help,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: SignInField[];
  help?: { href: string; label: string }[];
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const labels = Object.fromEntries(fields.map((f) => [f.name, f.label]));
  return (
    <form action={formAction} noValidate className="panel panel--narrow">
      <ErrorSummary state={state} labels={labels} />
      {fields.map((field) => (
        <TextInput
          key={field.name}
          name={field.name}
          label={field.label}
          type={field.type ?? "text"}
          autoComplete={field.autoComplete}
          inputMode={field.inputMode}
          hint={field.hint}
          required
          maxLength={256}
          defaultValue={field.type === "password" ? undefined : state.values?.[field.name]}
          error={firstError(state, field.name)}
          spellCheck={false}
          autoCapitalize="none"
        />
      ))}
      <div className="actions">
        <SubmitButton pendingLabel="Verificando…">Ingresar</SubmitButton>
        {help?.map((link) => (
          <Link key={link.href} href={link.href}>
            {link.label}
          </Link>
        ))}
      </div>
    </form>
  );
}
