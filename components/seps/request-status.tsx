"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The "Estado" section of a request's page. When the status changes while the page is open
 * ("Remitir a la Superintendencia" removes the form whose button had the focus), the focus moves to
 * this section, so keyboard and screen-reader users hear the new status instead of losing their place.
 */
export function RequestStatus({ status, labelledBy, children }: { status: string; labelledBy: string; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const shown = useRef(status);
  useEffect(() => {
    if (shown.current === status) return;
    shown.current = status;
    ref.current?.focus();
  }, [status]);
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby={labelledBy}>
      {children}
    </section>
  );
}
