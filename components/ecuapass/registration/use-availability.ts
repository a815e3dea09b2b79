"use client";

import { useState } from "react";
import type { RegistrationValuesApi } from "./use-registration-values";

export type Availability = { kind: "checking" | "ok" | "taken" | "error"; message: string; warning?: string };
type Checked = "userId" | "docNumber" | "email";

const UNAVAILABLE = "No se pudo comprobar la disponibilidad. Intente nuevamente.";
const OFFLINE = "No se pudo comprobar la disponibilidad. Revise su conexión e intente nuevamente.";

async function askAvailability(path: string, params: Record<string, string>): Promise<Availability> {
  try {
    const response = await fetch(`/api/ecuapass/disponibilidad/${path}?${new URLSearchParams(params)}`, {
      headers: { accept: "application/json" },
      cache: "no-store",
    });
    const body = (await response.json()) as { disponible?: boolean; mensaje?: string; aviso?: string; error?: string };
    if (response.ok && typeof body.disponible === "boolean") {
      return { kind: body.disponible ? "ok" : "taken", message: body.mensaje ?? "", warning: body.aviso };
    }
    return { kind: "error", message: body.error ?? UNAVAILABLE };
  } catch {
    return { kind: "error", message: OFFLINE };
  }
}

/**
 * "Comprobar disponibilidad" of the ID, the document and the email: a hint only (the unique
 * indexes decide at "Registrar"). An available email locks the address for the security code.
 */
export function useAvailability(form: RegistrationValuesApi) {
  const { values, hint } = form;
  const [answers, setAnswers] = useState<Partial<Record<Checked, { about: string; result: Availability }>>>({});
  const [emailLocked, setEmailLocked] = useState(false);

  // An answer is about the value that was checked: once the ID or the document changes it no longer shows.
  const about = (field: Checked) =>
    field === "userId" ? values.userId : field === "docNumber" ? `${values.docType}:${values.docNumber}` : "email";
  const availability: Partial<Record<Checked, Availability>> = {};
  for (const field of ["userId", "docNumber", "email"] as const) {
    const answer = answers[field];
    if (answer && answer.about === about(field)) availability[field] = answer.result;
  }

  const forget = (field: Checked) => setAnswers((a) => ({ ...a, [field]: undefined }));
  const answer = (field: Checked, result: Availability, key: string) => setAnswers((a) => ({ ...a, [field]: { about: key, result } }));

  async function check(field: Checked) {
    if (field === "email") {
      if (hint("email") || hint("emailConfirmation")) return forget("email");
    } else if (hint(field)) {
      return forget(field);
    }
    const key = about(field);
    answer(field, { kind: "checking", message: "" }, key);
    const result =
      field === "userId"
        ? await askAvailability("usuario", { valor: values.userId })
        : field === "docNumber"
          ? await askAvailability("documento", { tipo: values.docType, valor: values.docNumber })
          : await askAvailability("correo", { valor: values.email, confirmacion: values.emailConfirmation });
    answer(field, result, key);
    if (field === "email" && result.kind === "ok") {
      setEmailLocked(true);
      form.clearServerErrors("email", "emailConfirmation");
    }
  }

  function unlockEmail() {
    setEmailLocked(false);
    forget("email");
  }

  return { availability, emailLocked, check, unlockEmail };
}
export type AvailabilityApi = ReturnType<typeof useAvailability>;
