import "server-only";
import { forbidden, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import es from "zod/v4/locales/es.js";
import { requireUser, type SessionUser } from "@/lib/auth/guards";
import { SERVICE_UNAVAILABLE, isDatabaseUnavailable } from "@/lib/db/errors";
import type { FormState } from "@/lib/forms/state";
import { recordAudit } from "./audit";
import { CrossOriginError, assertSameOrigin } from "./request";

// Schemas carry their own Spanish messages; anything they forgot (a file or an array posted where
// text was expected) still gets a Spanish answer rather than zod's English default. Only the Spanish
// locale is imported: `z.locales.es()` kept all ~60 of zod's locales in nine server chunks, their
// scripts then held by V8 as two-byte strings (~4.6 MB more source in the server's heap; bench/findings.md §4).
z.config(es());

export const UNEXPECTED_ERROR = "Ocurrió un error inesperado. Intente nuevamente en unos minutos.";
export const CROSS_ORIGIN = "La solicitud no se pudo verificar. Recargue la página e intente nuevamente.";

const SECRET_FIELD = /password|contrasena|clave|confirm.*password|codigo|code|totp|token|captcha|altcha/i;

/** The text fields of a form, to echo back after an error (never secrets or files). */
export function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string" || SECRET_FIELD.test(key)) continue;
    values[key] = value.length > 2_000 ? value.slice(0, 2_000) : value;
  }
  return values;
}

/** FormData → plain object for zod (repeated keys become arrays). */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

// C0 controls other than tab and line breaks, and DEL: no keyboard types them.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** No form of the site has a text field longer than this. */
export const MAX_TEXT_FIELD = 10_000;

/** Refuses, before any schema, text no form can produce: control characters or huge values. */
export function hostileTextFields(formData: FormData): FormState<never> | null {
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    if (value.length > MAX_TEXT_FIELD) fieldErrors[key] = ["El texto es demasiado largo."];
    else if (CONTROL_CHARACTERS.test(value)) fieldErrors[key] = ["Contiene caracteres no permitidos."];
  }
  return Object.keys(fieldErrors).length ? { status: "error", message: "Revise los campos marcados.", fieldErrors } : null;
}

export function fieldErrorsOf(error: z.ZodError): FormState<never> {
  const flat = z.flattenError(error);
  return {
    status: "error",
    message: flat.formErrors[0] ?? "Revise los campos marcados.",
    fieldErrors: flat.fieldErrors as Record<string, string[]>,
  };
}

/**
 * Maps what can go wrong around any action to a FormState that keeps the typed values:
 * cross-origin posts, a database that is down, and anything unexpected (logged, never shown).
 * Next.js redirects and notFound() pass through.
 */
export async function guardAction<T = undefined>(formData: FormData, run: () => Promise<FormState<T>>): Promise<FormState<T>> {
  const values = echoValues(formData);
  try {
    await assertSameOrigin();
    const state = await run();
    return state.status === "error" ? { values, ...state } : state;
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof CrossOriginError) return { status: "error", message: CROSS_ORIGIN, values };
    if (isDatabaseUnavailable(error)) return { status: "error", message: SERVICE_UNAVAILABLE, values };
    console.error("[action] unexpected error", error);
    return { status: "error", message: UNEXPECTED_ERROR, values };
  }
}

/**
 * The one action shape of the app: same-origin check, zod parse with Spanish field errors,
 * then the handler with typed input. Use as `formAction(schema, async (input) => …)`.
 */
export function formAction<S extends z.ZodType, T = undefined>(
  schema: S,
  handler: (input: z.output<S>, formData: FormData) => Promise<FormState<T>>,
) {
  return async (_prev: FormState<T>, formData: FormData): Promise<FormState<T>> =>
    guardAction<T>(formData, async () => {
      const hostile = hostileTextFields(formData);
      if (hostile) return hostile;
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) return fieldErrorsOf(parsed.error);
      return handler(parsed.data, formData);
    });
}

/** Who did it, as the domain functions record it in the audit log. */
export type StaffActor = { kind: "staff"; id: string; label: string };
export type StaffContext = { staff: SessionUser; actor: StaffActor };

/**
 * Every staff action: the same-origin check, then the session (none → the staff sign-in; a
 * reviewer on an admin action → 403, and the attempt is audited) BEFORE anything of the post is
 * read, then the zod parse, then the handler with the typed input and the actor its domain
 * function records. Use as `staffAction("admin", schema, async (input, { actor }) => …)`.
 */
export function staffAction<S extends z.ZodType, T = undefined>(
  role: "reviewer" | "admin",
  schema: S,
  handler: (input: z.output<S>, context: StaffContext, formData: FormData) => Promise<FormState<T>>,
) {
  return async (_prev: FormState<T>, formData: FormData): Promise<FormState<T>> =>
    guardAction<T>(formData, async () => {
      const staff = await requireUser("staff");
      const actor: StaffActor = { kind: "staff", id: staff.id, label: staff.name };
      if (role === "admin" && staff.role !== "admin") {
        await recordAudit({ actor, action: "auth.acceso_denegado", details: { requiere: "admin" } });
        forbidden();
      }
      const hostile = hostileTextFields(formData);
      if (hostile) return hostile;
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) return fieldErrorsOf(parsed.error);
      return handler(parsed.data, { staff, actor }, formData);
    });
}

/**
 * Every action of a signed-in applicant (Ecuapass "Mi página", the SEPS casillero): the same-origin
 * check, then the session of that kind (none → its sign-in page) before anything of the post is
 * read, then zod, then the handler with the user.
 */
export function userAction<S extends z.ZodType, T = undefined>(
  kind: "ecuapass" | "seps",
  schema: S,
  handler: (input: z.output<S>, context: { user: SessionUser }, formData: FormData) => Promise<FormState<T>>,
) {
  return async (_prev: FormState<T>, formData: FormData): Promise<FormState<T>> =>
    guardAction<T>(formData, async () => {
      const user = await requireUser(kind);
      const hostile = hostileTextFields(formData);
      if (hostile) return hostile;
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) return fieldErrorsOf(parsed.error);
      return handler(parsed.data, { user }, formData);
    });
}
