"use client";

import { useEffect, useState } from "react";

/**
 * One random key per filled form, sent in the hidden `idempotencia` field: a retried submission
 * (double click, a reload after a lost answer) gets what the first one created instead of a
 * second one (lib/forms/submission-key.ts). Made after hydration: the server-rendered page has none.
 */
export function useSubmissionKey(): string {
  const [key, setKey] = useState("");
  useEffect(() => {
    setKey(Array.from(crypto.getRandomValues(new Uint8Array(24)), (b) => b.toString(16).padStart(2, "0")).join(""));
  }, []);
  return key;
}
