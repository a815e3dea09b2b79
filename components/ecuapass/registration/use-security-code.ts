"use client";

import { useState, useTransition } from "react";
import type { FormState } from "@/lib/forms/state";

type CodeStatus = { kind: "idle" | "sending" | "sent" | "error"; message?: string };
const NOT_SENT = "No se pudo enviar el código. Intente nuevamente.";

/** "Solicitar código de seguridad": sends it to the locked address and says what happened. */
export function useSecurityCode(requestCode: (formData: FormData) => Promise<FormState<unknown>>) {
  const [code, setCode] = useState<CodeStatus>({ kind: "idle" });
  const [, startTransition] = useTransition();

  function send(email: string, emailConfirmation: string) {
    if (code.kind === "sending") return;
    setCode({ kind: "sending" });
    const data = new FormData();
    data.set("email", email);
    data.set("emailConfirmation", emailConfirmation);
    startTransition(async () => {
      const result = await requestCode(data);
      setCode(result.status === "ok" ? { kind: "sent", message: result.message } : { kind: "error", message: result.message ?? NOT_SENT });
    });
  }

  const reset = () => setCode({ kind: "idle" });

  return { code, send, reset };
}
