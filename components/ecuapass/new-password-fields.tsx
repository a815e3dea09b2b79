import { TextInput } from "@/components/form/text-input";
import { NEW_PASSWORD_HINT, NEW_PASSWORD_LABELS, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/ecuapass/rules";
import { firstError, type FormState } from "@/lib/forms/state";

/** The new password and its confirmation, as the reset link and Mi página ask for them. */
export function NewPasswordFields({ state }: { state: FormState<unknown> }) {
  return (
    <>
      <TextInput
        name="password"
        label={NEW_PASSWORD_LABELS.password}
        type="password"
        hint={NEW_PASSWORD_HINT}
        required
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        error={firstError(state, "password")}
      />
      <TextInput
        name="passwordConfirmation"
        label={NEW_PASSWORD_LABELS.passwordConfirmation}
        type="password"
        required
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        error={firstError(state, "passwordConfirmation")}
      />
    </>
  );
}
