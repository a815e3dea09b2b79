import type { Sql } from "postgres";
import type { CellResult, CellSpec } from "./load";

export type Options = {
  quick: boolean;
  runs: number;
  duration: number;
  warmup: number;
  levels: number[];
  only: Set<string> | null;
  /** Only these variant keys (e.g. ours), for profiling. */
  variants: Set<string> | null;
  experiments: string[];
  nodeFlags: string[];
  skipBuild: boolean;
  lighthouse: boolean;
  profile: boolean;
  distDir: string;
  port: number;
  out: string;
};

export type Ctx = {
  opts: Options;
  /** The Postgres build: http://127.0.0.1:3300 */
  base: string;
  bare: string;
  /** The same build on embedded PGlite. */
  pglite: string | null;
  distDir: string;
  sql: Sql;
  serverEnv: NodeJS.ProcessEnv;
  notes: string[];
  /** Waits until the servers have worked off the requests of the last load. */
  settle: () => Promise<unknown>;
};

/** One load-tested variant of a scenario (ours, a baseline…), run at each concurrency level. */
export type Variant = {
  key: string;
  label: string;
  spec: (connections: number) => import("./load").CellSpec;
  /** Called before each cell (fresh codes, users…): how many requests it may need at most. */
  before?: (connections: number) => Promise<void>;
  /** The cell runs against the PGlite server (its RSS is not the Postgres server's). */
  pglite?: boolean;
};

export type Extra = Record<string, number>;

export type Scenario = {
  id: string;
  title: string;
  /** The variants when ready; otherwise why it is skipped (e.g. the feature has not landed yet). */
  prepare: (ctx: Ctx) => Promise<Variant[] | string>;
  levels?: number[];
  /** Measured once per run, right after this scenario's cells (same-run baselines, mixed loads). */
  perRun?: (ctx: Ctx) => Promise<Extra>;
};

export type CellRecord = CellResult & { rssPeakMb: number; serverCpuMsPerReq: number; postgresCpuMsPerReq: number };
export type Cells = Record<string, Record<string, Record<number, CellRecord[]>>>;
export type { CellResult, CellSpec };
