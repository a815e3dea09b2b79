// Drives availability-variants.ts from core 1: each variant at 100 connections, alternating.
//   taskset -c 1 tsx bench/experiments/run-variants.ts SECONDS ROUNDS
import { runCell } from "../lib/load";
import { availabilitySpec } from "../scenarios/availability";
import type { Ctx } from "../lib/types";

const seconds = Number(process.argv[2] ?? 5);
const rounds = Number(process.argv[3] ?? 2);
const connections = Number(process.argv[4] ?? 100);
const variants = (process.argv[5] ?? "bare,drizzle,drizzle-prep,limited,cte").split(",");
const ctx = { opts: { duration: seconds, warmup: 1 } } as unknown as Ctx;
for (let r = 0; r < rounds; r++) {
  for (const v of variants) {
    const cell = await runCell(availabilitySpec(`http://127.0.0.1:3310/${v}`, "id", connections, ctx));
    console.log(`${v.padEnd(13)} c=${connections} ${cell.rps.toFixed(0).padStart(6)} req/s  p50 ${cell.p50.toFixed(1)}  p99 ${cell.p99.toFixed(1)} ms  bad ${cell.bad}`);
  }
}
