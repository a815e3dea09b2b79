import { z } from "zod";
import { cleanText } from "@/lib/security/normalize";

/**
 * The one way a form's free-text field is read: a string, cleaned by `cleanText` (no invisible
 * format or bidirectional control characters, spaces collapsed). Pipe it into the field's own
 * rules: `freeText().pipe(z.string().min(2, "…"))`. `maxRaw` bounds the input before cleaning.
 */
export function freeText(options: { error?: string; maxRaw?: number; multiline?: boolean } = {}) {
  const raw = z.string(options.error ? { error: options.error } : undefined);
  return (options.maxRaw ? raw.max(options.maxRaw, options.error) : raw).transform((v) => cleanText(v, { multiline: options.multiline }));
}

/** Checkboxes of one name arrive absent (none ticked), as one value or as several: always an array. */
export function checkboxValues<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), schema);
}
