// (8) The queue's CSV export of 10,000 rows: time and memory over the stream (bench/export-csv.ts).
import path from "node:path";
import { SERVER_CORE, runPinned } from "../lib/proc";

export type ExportResult =
  | { error: string }
  | { rows: number; bytes: number; seconds: number; batch: number; rss: number[]; heap: number[]; measuredAt?: string; commit?: string };

export async function exportInProcess(serverEnv: NodeJS.ProcessEnv, rows: number): Promise<ExportResult> {
  const env = { ...serverEnv, NODE_OPTIONS: "" };
  const out = await runPinned(SERVER_CORE, path.resolve("node_modules/.bin/tsx"), ["--import", "./scripts/lib/register.mjs", "bench/export-csv.ts", String(rows)], env, true);
  const line = out.split("\n").find((l) => l.startsWith("EXPORT_JSON "));
  if (!line) return { error: "bench/export-csv.ts printed no result" };
  return JSON.parse(line.slice("EXPORT_JSON ".length)) as ExportResult;
}

/** Flat: the second half's peak at most 10 % above the first half's. */
export function exportMemoryFlat(values: number[]): { firstPeak: number; secondPeak: number; flat: boolean } {
  const half = Math.ceil(values.length / 2);
  const firstPeak = Math.max(...values.slice(0, half));
  const secondPeak = Math.max(...values.slice(half));
  return { firstPeak, secondPeak, flat: secondPeak <= firstPeak * 1.1 };
}
