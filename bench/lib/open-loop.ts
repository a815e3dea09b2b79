// An open-loop load generator: requests leave at a fixed arrival rate whether or not the earlier
// ones were answered (closed-loop clients wait for their answer, so a slow server is offered less
// load and its latency hides: coordinated omission). Each latency runs from the request's
// scheduled departure, not from when it actually left, so a late generator cannot hide it either.
import http from "node:http";

export type OpenLoopRequest = { method: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string };

export type OpenLoopSpec = {
  url: string;
  /** Arrivals per second, evenly spaced. */
  rate: number;
  seconds: number;
  request: () => OpenLoopRequest;
  /** A wrong answer (an error page, a form state with status "error") is counted in `bad`. */
  check?: (status: number, body: string) => boolean;
  /** A request not answered this long after its departure counts as failed. */
  timeoutMs?: number;
};

export type OpenLoopResult = {
  offeredRate: number;
  sent: number;
  completed: number;
  /** Answers received within the window (from the first departure, `seconds` long), per second. */
  achievedRate: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  bad: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Most requests in flight at once (a backlog growing means the server could not keep up). */
  maxInFlight: number;
  /** How late the generator sent, at worst (ms after the scheduled departure): its own health. */
  maxSendLagMs: number;
  statuses: Record<string, number>;
};

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export async function runOpenLoop(spec: OpenLoopSpec): Promise<OpenLoopResult> {
  if (!(spec.rate > 0)) throw new Error(`open loop: no arrival rate (${spec.rate})`);
  const target = new URL(spec.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY, maxFreeSockets: 1024 });
  const timeoutMs = spec.timeoutMs ?? 30_000;
  const total = Math.max(1, Math.round(spec.rate * spec.seconds));
  const interval = 1000 / spec.rate;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let bad = 0;
  let errors = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let maxSendLagMs = 0;
  let inWindow = 0;
  const pending: Promise<void>[] = [];
  let start = 0;

  const send = (scheduled: number) =>
    new Promise<void>((resolve) => {
      const r = spec.request();
      inFlight++;
      if (inFlight > maxInFlight) maxInFlight = inFlight;
      const done = (ok: boolean, status?: number, body?: string) => {
        inFlight--;
        const end = performance.now();
        if (end - start <= spec.seconds * 1000) inWindow++;
        if (!ok) errors++;
        else {
          latencies.push(end - scheduled);
          statuses[status!] = (statuses[status!] ?? 0) + 1;
          if (spec.check ? !spec.check(status!, body!) : status! >= 400) bad++;
        }
        resolve();
      };
      const req = http.request(
        { agent, host: target.hostname, port: target.port, method: r.method, path: r.path, headers: r.headers, timeout: timeoutMs },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => {
            if (spec.check) chunks.push(c);
          });
          res.on("end", () => done(true, res.statusCode ?? 0, spec.check ? Buffer.concat(chunks).toString() : ""));
          res.on("error", () => done(false));
        },
      );
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", () => done(false));
      req.end(r.body);
    });

  start = performance.now();
  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      // Every request whose departure time has come leaves now (a late timer catches up).
      while (next < total && start + next * interval <= now) {
        const scheduled = start + next * interval;
        maxSendLagMs = Math.max(maxSendLagMs, now - scheduled);
        pending.push(send(scheduled));
        next++;
      }
      if (next >= total) return resolve();
      setTimeout(tick, Math.max(0, Math.min(interval, start + next * interval - performance.now())));
    };
    tick();
  });
  await Promise.all(pending);
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  const completed = latencies.length;
  return {
    offeredRate: spec.rate,
    sent: total,
    completed,
    achievedRate: inWindow / spec.seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
    bad,
    errors,
    maxInFlight,
    maxSendLagMs,
    statuses,
  };
}

export type CapacityStep = { offered: number; achieved: number; p50: number; p99: number; failed: number; maxInFlight: number };

/**
 * The most a server answers per second under fixed-rate arrivals: steps of `stepSeconds`, each
 * `factor` × the rate of the one before, from `from`, until the server answers clearly less than
 * it is offered within two steps in a row (below 90 %: past that, each step only adds backlog). Below
 * capacity it answers what it is offered (less the few still in flight when the step ends);
 * above, its answers per second plateau at capacity: the highest rate answered.
 */
export async function findCapacity(
  specAt: (rate: number, seconds: number) => OpenLoopSpec,
  options: { from: number; factor?: number; stepSeconds?: number; maxSteps?: number; settle: () => Promise<unknown> },
): Promise<{ capacity: number; steps: CapacityStep[] }> {
  const factor = options.factor ?? 1.12;
  const stepSeconds = options.stepSeconds ?? 5;
  const steps: CapacityStep[] = [];
  let rate = options.from;
  let behind = 0;
  for (let i = 0; i < (options.maxSteps ?? 16); i++) {
    await options.settle();
    const r = await runOpenLoop(specAt(rate, stepSeconds));
    const failed = r.bad + r.errors;
    steps.push({ offered: rate, achieved: r.achievedRate, p50: r.p50, p99: r.p99, failed, maxInFlight: r.maxInFlight });
    // Two steps in a row behind: past capacity (one alone may be a burst of other work on the machine).
    behind = r.achievedRate < 0.9 * rate || failed > 0.02 * r.sent ? behind + 1 : 0;
    if (behind === 2) break;
    rate *= factor;
  }
  await options.settle();
  // Only answers that were right count towards what the server can do.
  const capacity = Math.max(...steps.filter((s) => s.failed === 0 || s.failed < 0.02 * s.offered * stepSeconds).map((s) => s.achieved));
  return { capacity, steps };
}
