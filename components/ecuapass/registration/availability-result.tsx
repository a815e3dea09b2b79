import type { Availability } from "./use-availability";

/** The answer of "Comprobar disponibilidad", announced where the button is. */
export function AvailabilityResult({ id, result }: { id: string; result?: Availability }) {
  const cls =
    result?.kind === "ok" ? "status-ok" : result?.kind === "taken" || result?.kind === "error" ? "status-bad" : "hint";
  return (
    <span id={id} className={`availability ${cls}`} role="status" aria-live="polite">
      {result?.kind === "checking" ? "Comprobando…" : result?.message}
      {result?.warning && <span className="notice notice--warning availability__warning">{result.warning}</span>}
    </span>
  );
}
