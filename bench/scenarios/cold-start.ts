// Cold start (issue 14): a production server spawned (`next start` with the flags of `npm start`,
// pinned like the benchmark's server) on the run's database, already migrated and seeded as a
// redeployed instance finds it; the time to its first answered page (GET / → 200) and to its
// first generated PDFs (a SEPS «Guardar», which renders the three PDFs before it answers).
import { actionBody, actionHeaders, actionState, findActionId } from "../lib/actions";
import { nextIp } from "../lib/load";
import { SERVER_CORE, sleep, startPinned, stop } from "../lib/proc";
import type { Ctx } from "../lib/types";
import { SEPS_PAGE, requestFields, solvedCaptchas } from "./seps";

export type ColdStartRun = {
  /** Spawn → the first TCP connection accepted. */
  listeningMs: number;
  /** Spawn → the first 200 for the landing page. */
  firstPageMs: number;
  /** That first page request alone. */
  firstPageRequestMs: number;
  /** Spawn → the answer of the first SEPS save (its three PDFs rendered and stored). */
  firstPdfMs: number;
  /** That first save alone (it starts the PDF worker). */
  firstSaveMs: number;
  /** The next save, the worker warm. */
  secondSaveMs: number;
};
export type ColdStartReport = { runs: ColdStartRun[]; measuredAt: string; commit: string };

async function timed(url: string, init?: RequestInit): Promise<{ status: number; ms: number; body: string; headers: Headers } | null> {
  const t = performance.now();
  try {
    const res = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(60_000) });
    const body = await res.text();
    return { status: res.status, ms: performance.now() - t, body, headers: res.headers };
  } catch {
    return null;
  }
}

async function save(base: string, actionId: string, captcha: string): Promise<number> {
  const answer = await timed(`${base}${SEPS_PAGE}`, {
    method: "POST",
    headers: actionHeaders(actionId, base, SEPS_PAGE, nextIp()),
    body: actionBody(actionId, requestFields(captcha)),
  });
  const redirected = answer && (answer.headers.get("x-action-redirect") ?? /\/seps\/solicitud\/s\//.exec(answer.body));
  if (!answer || !redirected) {
    throw new Error(`the cold server's SEPS save did not redirect (${answer ? `HTTP ${answer.status}: ${JSON.stringify(actionState(answer.body)) ?? answer.body.slice(0, 300)}` : "no answer"})`);
  }
  return answer.ms;
}

export async function coldStartRun(ctx: Ctx, port: number, nodeFlags: string[], next: string): Promise<ColdStartRun> {
  const actionId = findActionId(ctx.distDir, "saveRequestAction", "seps/solicitud");
  if (!actionId) throw new Error("saveRequestAction is not in this build");
  const captchas = await solvedCaptchas(String(ctx.serverEnv.AUTH_SECRET), 2);
  const base = `http://127.0.0.1:${port}`;
  const env = { ...ctx.serverEnv, PORT: String(port), APP_URL: base };
  await ctx.settle();
  const spawned = performance.now();
  const server = startPinned("cold", SERVER_CORE, process.execPath, [...nodeFlags, next, "start", "-p", String(port), "-H", "127.0.0.1"], env, { quiet: true });
  try {
    let listeningMs = Number.NaN;
    let first: { status: number; ms: number } | null = null;
    while (performance.now() - spawned < 120_000) {
      const answer = await timed(`${base}/`);
      if (answer && Number.isNaN(listeningMs)) listeningMs = performance.now() - spawned - answer.ms;
      if (answer?.status === 200) {
        first = answer;
        break;
      }
      if (server.child.exitCode !== null) throw new Error(`the cold server exited: ${server.log.join("").slice(-500)}`);
      await sleep(answer ? 5 : 20);
    }
    if (!first) throw new Error("the cold server answered no page within 120 s");
    const firstPageMs = performance.now() - spawned;
    const firstSaveMs = await save(base, actionId, captchas[0]!);
    const firstPdfMs = performance.now() - spawned;
    const secondSaveMs = await save(base, actionId, captchas[1]!);
    return { listeningMs, firstPageMs, firstPageRequestMs: first.ms, firstPdfMs, firstSaveMs, secondSaveMs };
  } finally {
    await stop(server);
  }
}
