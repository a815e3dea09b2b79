"use client";

import { useState, useTransition } from "react";
import { initialFormState, type FormActionFn } from "@/lib/forms/state";
import { RUC_LENGTH, rucDigits } from "@/lib/seps/rules";
import type { OrganizationView, RucLookupData } from "@/lib/seps/views";

/** "Buscar RUC": the organization found in the catastro (and who holds each role), or why not. */
export function useRucLookup(sector: string, lookupAction: FormActionFn<RucLookupData>) {
  const [org, setOrg] = useState<OrganizationView | null>(null);
  const [error, setError] = useState<string>();
  const [lookingUp, startLookup] = useTransition();

  function lookup(ruc: string) {
    if (lookingUp) return;
    const form = new FormData();
    form.set("sector", sector);
    form.set("ruc", ruc);
    startLookup(async () => {
      const result = await lookupAction(initialFormState, form);
      if (result.status === "ok" && result.data) {
        setOrg(result.data.organization);
        setError(undefined);
      } else {
        setOrg(null);
        setError(result.fieldErrors?.ruc?.[0] ?? result.message);
      }
    });
  }

  /** A RUC that no longer matches the organization shown forgets it. */
  function rucChanged(ruc: string) {
    if (org && rucDigits(ruc) !== org.ruc) setOrg(null);
  }

  /** Leaving a complete RUC looks it up once. */
  function rucLeft(ruc: string) {
    if (rucDigits(ruc).length === RUC_LENGTH && !org) lookup(ruc);
  }

  const occupancyOf = (code: string) => org?.occupancy.find((o) => o.code === code);

  return { org, error, lookingUp, lookup, rucChanged, rucLeft, occupancyOf };
}
export type RucLookup = ReturnType<typeof useRucLookup>;
