// One benchmark cell: autocannon at N connections for D seconds, after a warm-up. Latencies are
// collected here (autocannon's summary has no p95), from the moment the measured run starts.
import autocannon, { type RequestSpec } from "autocannon";

export type CellResult = {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  total: number;
  /** Responses outside 2xx/3xx, and responses a scenario's check refused. */
  bad: number;
  errors: number;
  statuses: Record<string, number>;
  seconds: number;
};

export type CellSpec = {
  url: string;
  connections: number;
  duration: number;
  warmup: number;
  requests: () => RequestSpec[];
  /** A wrong answer (200 with an error message) is not a success; counted in `bad`. */
  check?: (status: number, body: string) => boolean;
  timeoutSeconds?: number;
};

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

async function fire(spec: CellSpec, duration: number, record: boolean) {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let bad = 0;
  const requests = spec.requests().map((r) => {
    if (!spec.check || !record) return r;
    const check = spec.check;
    return {
      ...r,
      onResponse: (status: number, body: string) => {
        if (!check(status, body)) bad++;
      },
    };
  });
  const started = process.hrtime.bigint();
  const instance = autocannon({
    url: spec.url,
    connections: spec.connections,
    duration,
    timeout: spec.timeoutSeconds ?? 30,
    requests,
    skipAggregateResult: true,
  });
  if (record) {
    instance.on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status >= 400 && !spec.check) bad++;
    });
  }
  const result = await instance;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { result, latencies, statuses, bad, seconds };
}

/**
 * Warm-up, then the measured window. `settle` runs between them: the warm-up's requests still in
 * flight are abandoned with its connections, and a server still working them off (a CPU-bound
 * endpoint at 100 clients has seconds of backlog) would make the window measure that backlog.
 * `measuring` is called when the window starts (CPU and memory marks).
 */
export async function runCell(spec: CellSpec, hooks: { settle?: () => Promise<unknown>; measuring?: () => void } = {}): Promise<CellResult> {
  if (spec.warmup > 0) {
    await fire(spec, spec.warmup, false);
    await hooks.settle?.();
  }
  hooks.measuring?.();
  const { result, latencies, statuses, bad, seconds } = await fire(spec, spec.duration, true);
  const sorted = Float64Array.from(latencies).sort();
  return {
    rps: latencies.length / Math.min(seconds, result.duration || seconds),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
    total: latencies.length,
    bad,
    errors: result.errors,
    statuses,
    seconds,
  };
}

/** Distinct client addresses for X-Forwarded-For: 10.0.0.1, 10.0.0.2, … (16 M before repeating). */
let ipCounter = Math.floor(Math.random() * 1_000_000);
export function nextIp(): string {
  ipCounter = (ipCounter + 1) % 16_777_214;
  const n = ipCounter + 1;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

let uniqueCounter = 0;
const runTag = Date.now().toString(36).slice(-5);
/** Short unique suffix across the whole benchmark run (letters and digits). */
export function unique(): string {
  uniqueCounter++;
  return `${runTag}${uniqueCounter.toString(36)}`;
}
