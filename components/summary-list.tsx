import { Fragment, type ReactNode } from "react";

export type SummaryRow = [label: string, value: ReactNode];

/**
 * Label/value pairs as a `dl.summary`. A row without a value is left out, or shows `empty` («—»)
 * where the reader must see that the value is missing.
 */
export function SummaryList({ rows, empty }: { rows: SummaryRow[]; empty?: string }) {
  const missing = (value: ReactNode) => value === null || value === undefined || value === "";
  return (
    <dl className="summary">
      {rows
        .filter(([, value]) => empty !== undefined || !missing(value))
        .map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{missing(value) ? empty : value}</dd>
          </Fragment>
        ))}
    </dl>
  );
}
