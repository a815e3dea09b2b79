import { formatDateTime } from "@/lib/format/dates";
import { auditActionLabel } from "@/lib/security/audit-labels";

export type HistoryEvent = { id: string | number; action: string; at: Date; actorLabel: string | null; details: Record<string, unknown> | null };

/** A request's audit events, oldest first, with the reason of a rejection or a correction. */
export function RequestHistory({ history }: { history: readonly HistoryEvent[] }) {
  return (
    <section aria-labelledby="historial-titulo">
      <h2 id="historial-titulo">Historial</h2>
      {history.length === 0 ? (
        <p>Sin eventos registrados.</p>
      ) : (
        <ol className="history">
          {history.map((event) => {
            const reason = typeof event.details?.motivo === "string" ? event.details.motivo : null;
            return (
              <li key={event.id}>
                <strong>{auditActionLabel(event.action)}</strong> — {formatDateTime(event.at)}
                {event.actorLabel ? ` — ${event.actorLabel}` : ""}
                {reason && (
                  <>
                    <br />
                    Motivo: {reason}
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
