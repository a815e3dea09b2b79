"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { initialFormState, type FormActionFn, type FormState } from "@/lib/forms/state";
import type { RequestReview, ReviewData } from "@/lib/seps/views";

/**
 * "Continuar" → "Revise su solicitud" → "Guardar": which step shows, the state whose errors are
 * shown, the captcha's reset key (a used captcha is single use) and the focus between steps.
 */
export function useRequestSteps(reviewAction: FormActionFn<ReviewData>, saveAction: FormActionFn<ReviewData>) {
  const [reviewState, reviewDispatch] = useActionState(reviewAction, initialFormState);
  const [saveState, saveDispatch] = useActionState(saveAction, initialFormState);
  const [shown, setShown] = useState<FormState<ReviewData>>(initialFormState);
  const [step, setStep] = useState<"form" | "review">("form");
  const [review, setReview] = useState<RequestReview | null>(null);
  const [captchaKey, setCaptchaKey] = useState(0);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const reviewHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (reviewState === initialFormState) return;
    setShown(reviewState);
    if (reviewState.status === "ok" && reviewState.data) {
      setReview(reviewState.data.review);
      setStep("review");
    }
    if (reviewState.fieldErrors?.captcha) setCaptchaKey((k) => k + 1);
  }, [reviewState]);

  useEffect(() => {
    if (saveState === initialFormState) return;
    setShown(saveState);
    // A refused save used the captcha (single use): solve a new one.
    setCaptchaKey((k) => k + 1);
    const fields = Object.keys(saveState.fieldErrors ?? {}).filter((f) => f !== "avisoPrivacidad");
    if (fields.length) setStep("form");
  }, [saveState]);

  useEffect(() => {
    if (step === "review" && shown.status === "ok") reviewHeading.current?.focus();
  }, [step, shown]);

  useEffect(() => {
    if (step === "form" && focusTarget) {
      document.getElementById(focusTarget)?.focus();
      setFocusTarget(null);
    }
  }, [step, focusTarget]);

  /** "Cambiar": back to the form, on the field. */
  function change(field: string) {
    setStep("form");
    setFocusTarget(field);
  }

  const error = (field: string) => (shown.status === "error" ? shown.fieldErrors?.[field]?.[0] : undefined);

  return { shown, step, review, captchaKey, reviewHeading, reviewDispatch, saveDispatch, change, focus: setFocusTarget, error };
}
