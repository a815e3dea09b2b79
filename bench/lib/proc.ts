// Child processes for the benchmark: pinned to a core with taskset, waited for, sampled, ended.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";

export const SERVER_CORE = "0";
export const LOAD_CORE = "1";

export function assertTaskset() {
  try {
    execFileSync("taskset", ["-V"], { stdio: "ignore" });
  } catch {
    throw new Error("taskset no está instalado (paquete util-linux): el benchmark fija el servidor y la carga a núcleos distintos.");
  }
}

/** Pins every thread of this process (the load generator) to `core`. */
export function pinSelf(core: string) {
  execFileSync("taskset", ["-a", "-p", "-c", core, String(process.pid)], { stdio: "ignore" });
}

export type Started = { child: ChildProcess; name: string; log: string[] };

export function startPinned(
  name: string,
  core: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { quiet?: boolean } = {},
): Started {
  const child = spawn("taskset", ["-c", core, command, ...args], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: false,
  });
  const log: string[] = [];
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    log.push(text);
    if (log.length > 400) log.splice(0, log.length - 400);
    if (!options.quiet) process.stderr.write(text.replace(/^/gm, `  [${name}] `));
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  return { child, name, log };
}

export async function waitForHttp(url: string, timeoutMs = 60_000, ok = (status: number) => status < 500): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (ok(res.status)) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await sleep(250);
  }
  throw new Error(`${url} no respondió en ${timeoutMs / 1000} s (${last})`);
}

export async function stop(started: Started | undefined, timeoutMs = 10_000) {
  if (!started || started.child.exitCode !== null || started.child.signalCode) return;
  const exited = new Promise<void>((resolve) => started.child.once("exit", () => resolve()));
  started.child.kill("SIGTERM");
  const timer = setTimeout(() => started.child.kill("SIGKILL"), timeoutMs);
  await exited;
  clearTimeout(timer);
}

export function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs a command to completion (pinned), resolving with its stdout; rejects on a non-zero exit. */
export function runPinned(core: string, command: string, args: string[], env: NodeJS.ProcessEnv, quiet = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("taskset", ["-c", core, command, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString();
      if (!quiet) process.stderr.write(c);
    });
    child.stderr.on("data", (c: Buffer) => {
      err += c.toString();
      if (!quiet) process.stderr.write(c);
    });
    child.on("exit", (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`${command} ${args.join(" ")} terminó con código ${code}\n${err.slice(-4000)}`));
    });
  });
}

// ------------------------------------------------------------------ memory of a process tree

function descendants(pid: number): number[] {
  const out = [pid];
  const taskDir = `/proc/${pid}/task`;
  if (!existsSync(taskDir)) return out;
  for (const tid of readdirSync(taskDir)) {
    try {
      const children = readFileSync(`${taskDir}/${tid}/children`, "utf8").trim();
      for (const child of children ? children.split(/\s+/) : []) out.push(...descendants(Number(child)));
    } catch {
      // The task ended meanwhile.
    }
  }
  return out;
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The node processes under `taskset` (taskset execs, so the pid is the program's own). */
export function treeRssMb(pid: number): number {
  return descendants(pid).reduce((sum, p) => sum + statusKb(p, "VmRSS"), 0) / 1024;
}

export function treeHwmMb(pid: number): number {
  return descendants(pid).reduce((sum, p) => sum + statusKb(p, "VmHWM"), 0) / 1024;
}

export function processCount(pid: number): number {
  return descendants(pid).length;
}

/** Polls the RSS of a process tree; `mark()` starts a new window and returns the previous window's peak. */
export class RssSampler {
  private timer: NodeJS.Timeout | undefined;
  peakMb = 0;
  windowPeakMb = 0;
  constructor(private pid: number, private intervalMs = 200) {}
  start() {
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
    return this;
  }
  sample() {
    const rss = treeRssMb(this.pid);
    if (rss > this.peakMb) this.peakMb = rss;
    if (rss > this.windowPeakMb) this.windowPeakMb = rss;
    return rss;
  }
  mark(): number {
    this.sample();
    const peak = this.windowPeakMb;
    this.windowPeakMb = 0;
    return peak;
  }
  stop() {
    if (this.timer) clearInterval(this.timer);
  }
}

/** CPU seconds used so far by a process tree. */
export function cpuSeconds(pid: number): number {
  return cpuTicks(pid) / 100;
}

/**
 * Seconds the threads of a process tree have spent runnable but waiting for a CPU (the kernel's
 * run-queue delay, /proc/PID/task/TID/schedstat): the wait other work on the machine imposes.
 */
export function runQueueWaitSeconds(pid: number): number {
  let ns = 0;
  for (const p of descendants(pid)) {
    const taskDir = `/proc/${p}/task`;
    if (!existsSync(taskDir)) continue;
    for (const tid of readdirSync(taskDir)) {
      try {
        ns += Number(readFileSync(`${taskDir}/${tid}/schedstat`, "utf8").split(" ")[1] ?? 0);
      } catch {
        // The thread ended meanwhile.
      }
    }
  }
  return ns / 1e9;
}

/** CPU seconds used so far by every PostgreSQL process (backends, WAL writer, checkpointer). */
export function postgresCpuSeconds(): number {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      if (name !== "postgres") continue;
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Ended meanwhile.
    }
  }
  return ticks / 100;
}

function cpuTicks(pid: number): number {
  return descendants(pid).reduce((sum, p) => {
    try {
      // Fields after the command name: state is field 3; utime and stime are fields 14 and 15.
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return sum + Number(fields[11]) + Number(fields[12]);
    } catch {
      return sum;
    }
  }, 0);
}

/**
 * Waits until the processes are idle (below `threshold` of one core over 500 ms): a cell's
 * abandoned requests (queued saves, registrations) must not eat into the next cell.
 */
export async function waitIdle(pids: number[], threshold = 0.05, maxMs = 180_000): Promise<number> {
  const started = Date.now();
  const ticksPerSecond = 100;
  for (;;) {
    const before = pids.reduce((s, p) => s + cpuTicks(p), 0);
    await sleep(500);
    const used = (pids.reduce((s, p) => s + cpuTicks(p), 0) - before) / ticksPerSecond / 0.5;
    if (used < threshold || Date.now() - started > maxMs) return Date.now() - started;
  }
}
