// (issue 15) Verifying a three-signature PDF, in a child process pinned to the server's core
// (bench/signatures.ts).
import path from "node:path";
import { SERVER_CORE, runPinned } from "../lib/proc";

export type SignatureResult = { error: string } | { runs: number; signatures: number; bytes: number; p50: number; p95: number; max: number; measuredAt?: string; commit?: string };

export async function signatureVerification(env: NodeJS.ProcessEnv, runs: number): Promise<SignatureResult> {
  const out = await runPinned(SERVER_CORE, path.resolve("node_modules/.bin/tsx"), ["--import", "./scripts/lib/register.mjs", "bench/signatures.ts", String(runs)], { ...env, NODE_OPTIONS: "" }, true);
  const line = out.split("\n").find((l) => l.startsWith("SIG_JSON "));
  if (!line) return { error: "bench/signatures.ts printed no result" };
  return JSON.parse(line.slice("SIG_JSON ".length)) as SignatureResult;
}
