// (issue 19) Ecuapass: saving a request SENAE approves (bench/ecuapass-save.ts) and a
// representative's approval with two functions (bench/representative-approval.ts), each in a child
// process pinned to the server's core, on the run's database.
import path from "node:path";
import { SERVER_CORE, runPinned } from "../lib/proc";

type Measured = { measuredAt?: string; commit?: string; load?: number[] };
export type EcuapassSaveResult =
  | { error: string }
  | ({ runs: number; respaldoBytes: number; p50: number; p95: number; max: number; pdfP50: number; pdfP95: number; pdfShareP50: number; workersStarted: number } & Measured);
export type RepApprovalResult = { error: string } | ({ runs: number; functions: number; p50: number; p95: number; max: number } & Measured);

async function child<T>(script: string, marker: string, env: NodeJS.ProcessEnv, runs: number): Promise<T | { error: string }> {
  const out = await runPinned(SERVER_CORE, path.resolve("node_modules/.bin/tsx"), ["--import", "./scripts/lib/register.mjs", script, String(runs)], { ...env, NODE_OPTIONS: "" }, true);
  const line = out.split("\n").find((l) => l.startsWith(`${marker} `));
  if (!line) return { error: `${script} printed no result` };
  return JSON.parse(line.slice(marker.length + 1)) as T;
}

export const ecuapassSave = (env: NodeJS.ProcessEnv, runs: number) => child<EcuapassSaveResult>("bench/ecuapass-save.ts", "ECSAVE_JSON", env, runs);
export const repApproval = (env: NodeJS.ProcessEnv, runs: number) => child<RepApprovalResult>("bench/representative-approval.ts", "REP_APPROVAL_JSON", env, runs);
