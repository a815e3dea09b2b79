// The few parts of autocannon 9 the benchmark uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";
  export type RawRequest = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  };
  export type RequestSpec = RawRequest & {
    setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest | null;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
  };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    requests?: RequestSpec[];
    pipelining?: number;
    excludeErrorStats?: boolean;
    skipAggregateResult?: boolean;
  };
  export type Histogram = { average: number; mean: number; p50: number; p90: number; p99: number; max: number; min: number };
  export type Result = {
    latency: Histogram;
    requests: Histogram & { total: number };
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
    start: Date;
    finish: Date;
  };
  export type Instance = EventEmitter & Promise<Result> & { stop(): void };
  function autocannon(options: Options): Instance;
  export default autocannon;
}
