// Open-loop cells (issue 14): with 100 closed-loop clients always waiting, mean latency is 100 /
// throughput (Little's law), so no latency target can be met there. Here requests arrive at a fixed
// rate instead: first the framework floor's capacity is found (the most it answers per second
// under fixed-rate arrivals), then ours and the floor each run at 50 % of that rate.
//   - the availability check against the floor route (/api/bench: the same query, nothing else);
//   - a complete registration against the floor action (/bench/piso-registro: an argon2id hash,
//     the next-auth sign-in and the redirect to Mi página, nothing else). Both at the same rate,
//     their server CPU per request gives the registration's cost over what no registration avoids.
import { createHmac } from "node:crypto";
import os from "node:os";
import { actionBody, actionHeaders, findActionId, type Fields } from "../lib/actions";
import { nextIp, unique } from "../lib/load";
import { findCapacity, runOpenLoop, type CapacityStep, type OpenLoopRequest, type OpenLoopResult, type OpenLoopSpec } from "../lib/open-loop";
import { cpuSeconds, postgresCpuSeconds, runQueueWaitSeconds } from "../lib/proc";
import type { Ctx } from "../lib/types";
import { insertEcuapassUsers } from "../lib/users";
import { availabilityEndpoint, builtRoutes } from "./availability";
import { REGISTRATION_PAGE } from "./code-request";
import { PASSWORD, registrationPool } from "./registration";

export const FLOOR_PAGE = "/bench/piso-registro";
/** The availability check's floor as a Pages API route, the kind of route the check is served by. */
const PAGES_FLOOR = "/api/bench-pages";

export type OpenLoopCell = OpenLoopResult & {
  seconds: number;
  serverCpuMsPerReq: number;
  postgresCpuMsPerReq: number;
  /** Time the server's threads waited for a CPU (run queue), per request: other work's share of the latency. */
  serverRunQueueMsPerReq?: number;
};
export type OpenLoopPair = { floorCapacity: number; steps: CapacityStep[]; rate: number; ours: OpenLoopCell; floor: OpenLoopCell };
export type OpenLoopRun = {
  /** Ours and the App Router floor (/api/bench) at 50 % of that floor's capacity. */
  availability: OpenLoopPair | null;
  /** Ours and the Pages API floor (/api/bench-pages: the kind of route ours is) at 50 % of its capacity. */
  availabilityPages?: OpenLoopPair | null;
  registration: OpenLoopPair | null;
  loadBefore: number[];
  loadAfter: number[];
  busy: string;
};
export type OpenLoopReport = { runs: OpenLoopRun[]; measuredAt: string; commit: string; availabilitySeconds: number; registrationSeconds: number };

/** A check request as the form's field hints send it: a new ID and a new client address each time. */
function checkRequest(path: string, param: string): () => OpenLoopRequest {
  return () => ({ method: "GET", path: `${path}?${param}=u${unique()}`, headers: { "x-forwarded-for": nextIp() } });
}

function actionRequest(ctx: Ctx, page: string, actionId: string, fields: () => Fields): () => OpenLoopRequest {
  return () => ({ method: "POST", path: page, headers: actionHeaders(actionId, ctx.base, page, nextIp()), body: actionBody(actionId, fields()) });
}

const actionOk = (status: number, body: string) => status < 400 && !body.includes('"status":"error"');

/** One cell at a fixed rate, with the server's (and Postgres's) CPU per request over it. */
async function measured(ctx: Ctx, serverPid: number, spec: OpenLoopSpec): Promise<OpenLoopCell> {
  await ctx.settle();
  const cpuBefore = cpuSeconds(serverPid);
  const pgBefore = postgresCpuSeconds();
  const waitBefore = runQueueWaitSeconds(serverPid);
  const result = await runOpenLoop(spec);
  const waited = runQueueWaitSeconds(serverPid) - waitBefore;
  // Work the answers left behind (the welcome email rendered after the answer) belongs to the cell.
  await ctx.settle();
  const perReq = (seconds: number) => (result.completed > 0 ? (seconds * 1000) / result.completed : Number.NaN);
  return {
    ...result,
    seconds: spec.seconds,
    serverCpuMsPerReq: perReq(cpuSeconds(serverPid) - cpuBefore),
    postgresCpuMsPerReq: perReq(postgresCpuSeconds() - pgBefore),
    serverRunQueueMsPerReq: perReq(waited),
  };
}

/** Where to start the capacity ramp: 10 clients sending back to back for a few seconds, a rough rate. */
async function roughRate(ctx: Ctx, request: () => OpenLoopRequest, check: (status: number, body: string) => boolean): Promise<number> {
  const backToBack = async (clients: number, ms: number) => {
    const until = Date.now() + ms;
    let answered = 0;
    let failure = "";
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (Date.now() < until) {
          const r = request();
          const res = await fetch(`${ctx.base}${r.path}`, { method: r.method, headers: r.headers, body: r.body, redirect: "manual" });
          const body = await res.text();
          if (check(res.status, body)) answered++;
          else failure ||= `HTTP ${res.status}: ${body.slice(0, 300)}`;
        }
      }),
    );
    await ctx.settle();
    if (answered === 0) throw new Error(`no right answer from ${request().path} (${failure})`);
    return answered / (ms / 1000);
  };
  // A fresh server compiles each path on its first requests: warm it first, then measure.
  await backToBack(4, 5_000);
  return backToBack(10, 5_000);
}

/** Registration tickets signed as the server signs them (lib/auth/credentials.ts), for bench accounts. */
async function floorTickets(ctx: Ctx): Promise<() => string> {
  const names = await insertEcuapassUsers(ctx.sql, 50);
  const rows = await ctx.sql<{ id: string; session_version: number }[]>`select id, session_version from ecuapass_users where user_id = any(${names})`;
  const secret = String(ctx.serverEnv.AUTH_SECRET);
  let next = 0;
  return () => {
    const row = rows[next++ % rows.length]!;
    const payload = `${row.id}.${row.session_version}.${Date.now() + 60_000}`;
    return `${payload}.${createHmac("sha256", secret).update(`ecuapass-ticket:${payload}`).digest("hex")}`;
  };
}

export async function openLoopCells(ctx: Ctx, serverPid: number, runIndex: number, log: (m: string) => void, busy: () => string): Promise<OpenLoopRun> {
  const loadBefore = os.loadavg();
  const quick = ctx.opts.quick;
  const availabilitySeconds = ctx.opts.duration;
  const registrationSeconds = quick ? ctx.opts.duration : Math.max(30, ctx.opts.duration);
  // An action's step is longer: at a few per second, its answers' own latency is a larger part of a short step.
  const stepSeconds = quick ? 3 : 5;
  const actionStepSeconds = quick ? 5 : 10;
  const settle = () => ctx.settle();
  // Ours and the floor alternate which goes first from one run to the next.
  const inOrder = async <T>(a: () => Promise<T>, b: () => Promise<T>): Promise<[T, T]> => {
    if (runIndex % 2 === 0) return [await a(), await b()];
    const second = await b();
    return [await a(), second];
  };

  let availability: OpenLoopPair | null = null;
  let availabilityPages: OpenLoopPair | null = null;
  const ours = availabilityEndpoint(ctx.distDir);
  if (ours) {
    const ok = (status: number) => status === 200;
    const spec = (request: () => OpenLoopRequest, rate: number, seconds: number): OpenLoopSpec => ({ url: ctx.base, rate, seconds, request, check: ok });
    // Ours and a floor at 50 % of that floor's capacity.
    const againstFloor = async (floorPath: string): Promise<OpenLoopPair> => {
      const floorRequest = checkRequest(floorPath, "id");
      const from = 0.6 * (await roughRate(ctx, floorRequest, ok));
      const { capacity, steps } = await findCapacity((rate, seconds) => spec(floorRequest, rate, seconds), { from, stepSeconds, settle, factor: 1.1 });
      const rate = capacity / 2;
      log(`open loop: ${floorPath} capacity ${capacity.toFixed(0)} req/s (${steps.length} steps); ours and the floor at ${rate.toFixed(0)} req/s`);
      const [oursCell, floorCell] = await inOrder(
        () => measured(ctx, serverPid, spec(checkRequest(ours.path, ours.param), rate, availabilitySeconds)),
        () => measured(ctx, serverPid, spec(floorRequest, rate, availabilitySeconds)),
      );
      log(`open loop: availability p50/p95/p99 ${[oursCell.p50, oursCell.p95, oursCell.p99].map((v) => v.toFixed(1)).join(" / ")} ms (floor ${[floorCell.p50, floorCell.p95, floorCell.p99].map((v) => v.toFixed(1)).join(" / ")})`);
      return { floorCapacity: capacity, steps, rate, ours: oursCell, floor: floorCell };
    };
    availability = await againstFloor("/api/bench");
    if (builtRoutes(ctx.distDir).has(PAGES_FLOOR)) availabilityPages = await againstFloor(PAGES_FLOOR);
  }

  let registration: OpenLoopPair | null = null;
  const registerId = findActionId(ctx.distDir, "registerAction", "ecuapass");
  const floorId = findActionId(ctx.distDir, "benchFloorAction");
  if (registerId && floorId) {
    const ticket = await floorTickets(ctx);
    const floorRequest = actionRequest(ctx, FLOOR_PAGE, floorId, () => ({ ticket: ticket(), password: PASSWORD }));
    const spec = (request: () => OpenLoopRequest, rate: number, seconds: number): OpenLoopSpec => ({ url: ctx.base, rate, seconds, request, check: actionOk, timeoutMs: 60_000 });
    const from = 0.6 * (await roughRate(ctx, floorRequest, actionOk));
    const { capacity, steps } = await findCapacity((rate, seconds) => spec(floorRequest, rate, seconds), { from, stepSeconds: actionStepSeconds, settle, factor: 1.1 });
    const rate = capacity / 2;
    log(`open loop: floor action capacity ${capacity.toFixed(1)} req/s (${steps.length} steps); registration and the floor at ${rate.toFixed(1)} req/s`);
    const pool = registrationPool(ctx);
    await pool.refill(Math.ceil(rate * registrationSeconds) + 50);
    const [oursCell, floorCell] = await inOrder(
      () => measured(ctx, serverPid, spec(actionRequest(ctx, REGISTRATION_PAGE, registerId, () => pool.fields()), rate, registrationSeconds)),
      () => measured(ctx, serverPid, spec(floorRequest, rate, registrationSeconds)),
    );
    registration = { floorCapacity: capacity, steps, rate, ours: oursCell, floor: floorCell };
    log(
      `open loop: registration p50/p95/p99 ${[oursCell.p50, oursCell.p95, oursCell.p99].map((v) => v.toFixed(0)).join(" / ")} ms, ` +
        `CPU ${oursCell.serverCpuMsPerReq.toFixed(1)} vs floor ${floorCell.serverCpuMsPerReq.toFixed(1)} ms/req (${(oursCell.serverCpuMsPerReq / floorCell.serverCpuMsPerReq).toFixed(2)}×)`,
    );
  }
  return { availability, availabilityPages, registration, loadBefore, loadAfter: os.loadavg(), busy: busy() };
}

