// (4) PDF generation time per document and memory over 1,000 renders, measured in a child
// process pinned to the server's core (bench/pdf-render.ts).
import { existsSync } from "node:fs";
import path from "node:path";
import { SERVER_CORE, runPinned } from "../lib/proc";
import type { Ctx } from "../lib/types";

export type PdfResult =
  | { error: string }
  | {
      perDocument: Record<string, { p50: number; p95: number; max: number; bytes: number }>;
      threeTogether: { p50: number; p95: number };
      /** Through the server's worker pool; absent in results from before it was measured. */
      pooled?: { rss: number[]; idleRss: number; workersStarted: number; maxAlive: number; rendersPerWorker: number; idleMs: number };
      rss: number[];
      heap: number[];
      renders: number;
    };

export async function pdfInProcess(ctx: Ctx, renders: number): Promise<PdfResult> {
  if (!existsSync("lib/pdf/render.ts")) return { error: "lib/pdf is not in this checkout" };
  const env = { ...ctx.serverEnv, NODE_OPTIONS: "" };
  const out = await runPinned(SERVER_CORE, path.resolve("node_modules/.bin/tsx"), ["--import", "./scripts/lib/register.mjs", "bench/pdf-render.ts", String(renders)], env, true);
  const line = out.split("\n").find((l) => l.startsWith("PDF_JSON "));
  if (!line) return { error: "bench/pdf-render.ts printed no result" };
  return JSON.parse(line.slice("PDF_JSON ".length)) as PdfResult;
}

/** Flat: the second half's RSS peak at most 10 % above the first half's (the pool's sawtooth is bounded). */
export function pdfMemoryFlat(rss: number[]): { firstPeak: number; secondPeak: number; flat: boolean } {
  const half = Math.ceil(rss.length / 2);
  const firstPeak = Math.max(...rss.slice(0, half));
  const secondPeak = Math.max(...rss.slice(half));
  return { firstPeak, secondPeak, flat: secondPeak <= firstPeak * 1.1 };
}
