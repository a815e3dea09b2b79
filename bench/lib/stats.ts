import type { CellResult } from "./load";

export function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Each metric is the median over the runs, taken separately. */
export function medianCell(cells: CellResult[]): CellResult & { runs: number; rpsRuns: number[] } {
  const pick = (f: (c: CellResult) => number) => median(cells.map(f));
  const statuses: Record<string, number> = {};
  for (const c of cells) for (const [k, v] of Object.entries(c.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
  return {
    rps: pick((c) => c.rps),
    p50: pick((c) => c.p50),
    p95: pick((c) => c.p95),
    p99: pick((c) => c.p99),
    max: pick((c) => c.max),
    total: cells.reduce((s, c) => s + c.total, 0),
    bad: cells.reduce((s, c) => s + c.bad, 0),
    errors: cells.reduce((s, c) => s + c.errors, 0),
    statuses,
    seconds: cells.reduce((s, c) => s + c.seconds, 0),
    runs: cells.length,
    rpsRuns: cells.map((c) => c.rps),
  };
}

export const fmt = {
  rps: (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : "—"),
  ms: (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : "—"),
  pct: (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(0)} %` : "—"),
  mb: (v: number) => (Number.isFinite(v) ? v.toFixed(0) : "—"),
  cpu: (v: number) => (Number.isFinite(v) ? (v >= 10 ? v.toFixed(1) : v.toFixed(2)) : "—"),
};
