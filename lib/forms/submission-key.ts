/**
 * A form's submission key (hidden field `idempotencia`): random, made by the browser once per
 * filled form, so that a retried submission (double click, reload after a lost answer, a server
 * killed mid-save) is recognised as the same one. 22–64 URL-safe characters, or none.
 */
export function submissionKeyOf(raw: unknown): string | null {
  return typeof raw === "string" && /^[A-Za-z0-9_-]{22,64}$/.test(raw) ? raw : null;
}
