// `npm run bench`: the benchmark of issue 7 in one command.
//   npm run bench                 full run: 3 runs × 20 s per cell, writes bench/RESULTS.md
//   npm run bench -- --quick      one short run for iteration, writes bench/tmp/RESULTS-quick.md
// Options: --runs=N --duration=S --warmup=S --levels=1,10,100 --only=s1,s3,lh,pdf,sig,export,js --variants=ours --skip-build
//          --only=sig alone: measures signature verification (no build, no server) and merges it into
//          the existing RESULTS.json / RESULTS.md; likewise --only=open (open-loop cells) and --only=cold
//          (cold start), with a build and a server, merged into the last full run's results;
//          --only=ecuapass-save,rep-approval (issue 19: an Ecuapass request's save with its PDFs, a
//          representative's approval), no build, no server, on a fresh database, merged likewise
//          --experiment=async-commit (what-if change to the throw-away database)
//          --node-flag=--max-old-space-size=192 (repeatable: flags for the server's node; default: those of `npm start`)
//          --render (rewrite RESULTS.md from RESULTS.json and bench/findings.md, no measuring)
//          --no-lighthouse --profile (server under --cpu-prof, profiles in bench/tmp/prof-*)
//
// The server (next start, production build in .next-bench) and the baselines run on core 0; this
// process, which generates the load with autocannon, on core 1. A fresh Postgres database is
// created for the run and dropped at the end.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { firstLoadJs, type PageJs } from "./first-load-js";
import { runCell } from "./lib/load";
import {
  LOAD_CORE,
  RssSampler,
  SERVER_CORE,
  assertTaskset,
  pinSelf,
  runPinned,
  startPinned,
  stop,
  cpuSeconds,
  postgresCpuSeconds,
  treeHwmMb,
  waitForHttp,
  waitIdle,
  type Started,
} from "./lib/proc";
import { renderReport, type Report } from "./lib/report";
import type { Cells, Ctx, Extra, Options, Scenario, Variant } from "./lib/types";
import { availability } from "./scenarios/availability";
import { codeRequest } from "./scenarios/code-request";
import { registration } from "./scenarios/registration";
import { pdfInProcess } from "./scenarios/pdf-render";
import { exportInProcess } from "./scenarios/export-csv";
import { signatureVerification } from "./scenarios/signatures";
import { ecuapassSave, repApproval } from "./scenarios/ecuapass";
import { sepsSave, pdfDownload } from "./scenarios/seps";
import { signIn } from "./scenarios/sign-in";
import type { LighthouseResult } from "./lighthouse";
import { openLoopCells, type OpenLoopRun } from "./scenarios/open-loop";
import { coldStartRun, type ColdStartRun } from "./scenarios/cold-start";

const AUTH_SECRET = "bench-secret-bench-secret-bench-secret-0123";
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const TSX = path.resolve("node_modules/.bin/tsx");
const NEXT = path.resolve("node_modules/next/dist/bin/next");
// The server runs as `npm start` runs it in production: with the node flags of that script.
const START_SCRIPT = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start;
const START_NODE_FLAGS: string[] = START_SCRIPT.match(/--[\w-]+(?:=\S+)?/g) ?? [];
/** The variables `npm start` sets before `node` (MALLOC_ARENA_MAX=2 …); the bench's own environment wins. */
const START_ENV: Record<string, string> = Object.fromEntries(
  [...(START_SCRIPT.match(/^(?:[A-Z_]+=\S+\s+)*/)?.[0] ?? "").matchAll(/([A-Z_]+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]),
);

function parseOptions(argv: string[]): Options {
  const get = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const quick = argv.includes("--quick");
  const only = get("only");
  return {
    quick,
    runs: Number(get("runs") ?? (quick ? 1 : 3)),
    duration: Number(get("duration") ?? (quick ? 5 : 20)),
    warmup: Number(get("warmup") ?? (quick ? 1 : 3)),
    levels: (get("levels") ?? "1,10,100").split(",").map(Number),
    only: only ? new Set(only.split(",")) : null,
    variants: get("variants") ? new Set(get("variants")!.split(",")) : null,
    experiments: get("experiment")?.split(",") ?? [],
    nodeFlags: argv.some((a) => a.startsWith("--node-flag="))
      ? argv.filter((a) => a.startsWith("--node-flag=")).map((a) => a.slice("--node-flag=".length))
      : START_NODE_FLAGS,
    skipBuild: argv.includes("--skip-build"),
    lighthouse: !argv.includes("--no-lighthouse"),
    profile: argv.includes("--profile"),
    distDir: process.env.NEXT_DIST_DIR ?? ".next-bench",
    port: Number(get("port") ?? 3300),
    out: get("out") ?? (quick ? "bench/tmp/RESULTS-quick.md" : "bench/RESULTS.md"),
  };
}

const opts = parseOptions(process.argv.slice(2));
const wanted = (id: string) => !opts.only || opts.only.has(id);
const started: Started[] = [];
let databaseUrl: string | null = null;
const t0 = Date.now();
const log = (message: string) => console.log(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${message}`);

function sh(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

/** This process and the ones that started it (npm run bench, tsx): not "other work". */
function ancestors(): string[] {
  const out: string[] = [];
  for (let pid = process.pid; pid > 1; ) {
    out.push(String(pid));
    const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, "utf8") : "";
    pid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1] ?? 0);
  }
  return out;
}

function busyProcesses(): string {
  // Other work on the machine while we measure (other builds, tests): the noise in the numbers.
  const ours = new Set([...started.map((s) => String(s.child.pid)), ...ancestors()]);
  return sh("ps", ["-eo", "pid,pcpu,args", "--sort=-pcpu", "--no-headers"])
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .filter(([pid, cpu, command]) => Number.parseFloat(cpu ?? "0") >= 5 && pid !== String(process.pid) && !ours.has(pid ?? "") && command !== "ps")
    .slice(0, 5)
    .map(([, cpu, ...args]) => `${cpu}% ${args.join(" ").replace(/\/work\/main\/node_modules\//g, "").slice(0, 70)}`)
    .join("; ");
}

function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ["DATABASE_URL", "PGLITE_DIR", "APP_URL", "ENABLE_TEST_HOOKS", "RESEND_API_KEY", "NODE_OPTIONS"]) delete env[key];
  return {
    ...START_ENV,
    ...env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: opts.distDir,
    MAIL_TRANSPORT: "outbox",
    BENCH: "1",
    AUTH_SECRET,
    ...extra,
  };
}

async function startServer(name: string, port: number, env: NodeJS.ProcessEnv): Promise<Started> {
  const nodeArgs = [...(opts.profile ? ["--cpu-prof", `--cpu-prof-dir=bench/tmp/prof-${name}-${t0}`] : []), ...opts.nodeFlags];
  const server = startPinned(name, SERVER_CORE, process.execPath, [...nodeArgs, NEXT, "start", "-p", String(port), "-H", "127.0.0.1"], { ...env, PORT: String(port) }, { quiet: true });
  started.push(server);
  await waitForHttp(`http://127.0.0.1:${port}/api/bench?id=ping`, 90_000, (s) => s === 200);
  return server;
}

const pgliteDir = `bench/tmp/pglite-${t0}`;

async function cleanup() {
  for (const s of started.reverse()) await stop(s);
  rmSync(pgliteDir, { recursive: true, force: true });
  if (databaseUrl) {
    await runPinned("0,1", TSX, ["scripts/fresh-database.ts", "drop", databaseUrl], { ...process.env, DATABASE_URL: ADMIN_URL }, true).catch((e) =>
      console.error(String(e)),
    );
    databaseUrl = null;
  }
}

process.on("SIGINT", () => {
  log("interrupted: stopping the servers and dropping the database");
  void cleanup().finally(() => process.exit(130));
});

async function main() {
  assertTaskset();
  pinSelf(LOAD_CORE);
  mkdirSync("bench/tmp", { recursive: true });
  const commit = sh("git", ["rev-parse", "--short", "HEAD"]);
  const dirty = sh("git", ["status", "--porcelain", "--untracked-files=no"]) !== "";
  const report: Report = {
    opts,
    startedAt: new Date().toISOString(),
    commit: `${commit}${dirty ? " + uncommitted changes" : ""}`,
    commitSubject: sh("git", ["log", "-1", "--format=%s"]),
    machine: {
      cpu: os.cpus()[0]?.model ?? "?",
      cores: os.cpus().length,
      memoryGb: os.totalmem() / 2 ** 30,
      kernel: os.release(),
      node: process.version,
      postgres: "",
      loadBefore: os.loadavg(),
      loadAfter: [],
      busyBefore: busyProcesses(),
      busyDuring: [],
    },
    firstLoadJs: [],
    scenarios: [],
    cells: {},
    extras: {},
    skipped: {},
    lighthouse: [],
    pdf: null,
    rss: { peakMb: 0, hwmMb: 0, pglitePeakMb: 0 },
    notes: [],
    wallSeconds: 0,
  };

  if (!opts.skipBuild) {
    log(`next build → ${opts.distDir}`);
    await runPinned("0,1", process.execPath, [NEXT, "build"], serverEnv({ APP_URL: `http://127.0.0.1:${opts.port}` }), true);
  }
  let pages: PageJs[] = [];
  if (wanted("js")) pages = firstLoadJs(opts.distDir);
  report.firstLoadJs = pages;

  log("fresh Postgres database");
  databaseUrl = (await runPinned("0,1", TSX, ["scripts/fresh-database.ts", "create"], { ...process.env, DATABASE_URL: ADMIN_URL }, true)).trim().split("\n").pop()!;
  const sql = postgres(databaseUrl, { max: 4, onnotice: () => {} });
  const base = `http://127.0.0.1:${opts.port}`;
  const pgEnv = serverEnv({ DATABASE_URL: databaseUrl, APP_URL: base });

  log("next start (Postgres) on core 0; migrations at start");
  const server = await startServer("pg", opts.port, pgEnv);
  report.machine.postgres = ((await sql`show server_version`)[0]?.server_version as string) ?? "?";
  log("demo data (scripts/seed.ts)");
  await runPinned("0,1", TSX, ["--import", "./scripts/lib/register.mjs", "scripts/seed.ts", "--quiet"], pgEnv, true);

  if (opts.nodeFlags.join(" ") !== START_NODE_FLAGS.join(" ")) report.notes.push(`Server started with node ${opts.nodeFlags.join(" ") || "(no flags)"}, not the flags of \`npm start\`.`);
  for (const experiment of opts.experiments) {
    // What-if runs for RESULTS.md findings: changes to the bench's own throw-away database only.
    if (experiment === "async-commit") await sql.unsafe(`alter database "${new URL(databaseUrl).pathname.slice(1)}" set synchronous_commit = off`);
    else throw new Error(`unknown experiment ${experiment}`);
    report.notes.push(`Experiment: ${experiment} (applied to the benchmark's database only; not what the app ships).`);
  }
  const barePort = opts.port + 1;
  const bare = startPinned("bare", SERVER_CORE, TSX, ["bench/bare-server.ts"], { ...pgEnv, PORT: String(barePort) }, { quiet: true });
  started.push(bare);
  await waitForHttp(`http://127.0.0.1:${barePort}/?id=ping`, 30_000, (s) => s === 200);

  let pglite: Started | null = null;
  const pglitePort = opts.port + 2;
  if (wanted("s1") || wanted("s7")) {
    const dir = pgliteDir;
    const liteEnv = serverEnv({ PGLITE_DIR: dir, APP_URL: `http://127.0.0.1:${pglitePort}` });
    log("the same build on PGlite (seed, then next start)");
    await runPinned("0,1", TSX, ["--import", "./scripts/lib/register.mjs", "scripts/seed.ts", "--quiet"], liteEnv, true);
    pglite = await startServer("pglite", pglitePort, liteEnv);
  }

  const ctx: Ctx = {
    opts,
    base,
    bare: `http://127.0.0.1:${barePort}`,
    pglite: pglite ? `http://127.0.0.1:${pglitePort}` : null,
    distDir: opts.distDir,
    sql,
    serverEnv: pgEnv,
    notes: report.notes,
    settle: () => waitIdle([server.child.pid!, ...(pglite ? [pglite.child.pid!] : [])]),
  };

  const sampler = new RssSampler(server.child.pid!).start();
  const liteSampler = pglite ? new RssSampler(pglite.child.pid!).start() : null;
  const all: Scenario[] = [availability, codeRequest, registration, sepsSave, pdfDownload, signIn];
  const ready: { scenario: Scenario; variants: Variant[] }[] = [];
  for (const scenario of all) {
    if (!wanted(scenario.id) && !(scenario.id === "s1" && wanted("s7"))) continue;
    const prepared = await scenario.prepare(ctx).catch((e: Error) => `could not be prepared: ${e.message}`);
    if (typeof prepared === "string") {
      report.skipped[scenario.id] = prepared;
      log(`${scenario.id} skipped: ${prepared}`);
      continue;
    }
    const chosen = opts.variants ? prepared.filter((v) => opts.variants!.has(v.key)) : prepared;
    if (chosen.length === 0) continue;
    ready.push({ scenario, variants: chosen });
    report.scenarios.push({ id: scenario.id, title: scenario.title, variants: chosen.map((v) => ({ key: v.key, label: v.label })) });
  }

  const cells: Cells = report.cells;
  const idlePids = [server.child.pid!, ...(pglite ? [pglite.child.pid!] : [])];
  for (let run = 0; run < opts.runs; run++) {
    for (const { scenario, variants } of ready) {
      for (const connections of scenario.levels ?? opts.levels) {
        // Baselines and ours alternate, in a different order each run.
        const order = variants.map((_, i) => variants[(i + run) % variants.length]!);
        for (const variant of order) {
          const waited = await waitIdle(idlePids);
          if (waited > 2_000) log(`waited ${(waited / 1000).toFixed(0)} s for the server to finish the previous cell's requests`);
          await variant.before?.(connections);
          const which = variant.key === "bare" ? null : variant.pglite ? liteSampler : sampler;
          const targetPid = variant.key === "bare" ? bare.child.pid! : variant.pglite && pglite ? pglite.child.pid! : server.child.pid!;
          let cpuBefore = 0;
          let pgBefore = 0;
          const cell = await runCell(variant.spec(connections), {
            settle: () => waitIdle(idlePids),
            measuring: () => {
              which?.mark();
              cpuBefore = cpuSeconds(targetPid);
              pgBefore = postgresCpuSeconds();
            },
          });
          // CPU per request: robust to other work on the machine, unlike req/s.
          const perReq = (seconds: number) => (cell.total > 0 ? (seconds * 1000) / cell.total : Number.NaN);
          const serverCpuMsPerReq = perReq(cpuSeconds(targetPid) - cpuBefore);
          const postgresCpuMsPerReq = perReq(postgresCpuSeconds() - pgBefore);
          const rssPeakMb = which?.mark() ?? Number.NaN;
          ((cells[scenario.id] ??= {})[variant.key] ??= {})[connections] ??= [];
          cells[scenario.id]![variant.key]![connections]!.push({ ...cell, rssPeakMb, serverCpuMsPerReq, postgresCpuMsPerReq });
          log(
            `run ${run + 1}/${opts.runs} ${scenario.id} ${variant.key.padEnd(12)} c=${String(connections).padStart(3)}: ` +
              `${cell.rps.toFixed(1)} req/s  p50 ${cell.p50.toFixed(1)}  p95 ${cell.p95.toFixed(1)}  p99 ${cell.p99.toFixed(1)} ms  ` +
              `CPU/req server ${serverCpuMsPerReq.toFixed(2)} pg ${postgresCpuMsPerReq.toFixed(2)} ms` +
              `  ${cell.bad ? `${cell.bad} FAILED ` : ""}${JSON.stringify(cell.statuses)}  RSS ${rssPeakMb.toFixed(0)} MB`,
          );
        }
      }
      if (scenario.perRun) {
        await waitIdle(idlePids);
        const extra: Extra = await scenario.perRun(ctx);
        for (const [name, value] of Object.entries(extra)) ((report.extras[scenario.id] ??= {})[name] ??= []).push(value);
        log(`run ${run + 1}/${opts.runs} ${scenario.id} extra ${JSON.stringify(extra)}`);
      }
    }
    report.machine.busyDuring.push(busyProcesses());
  }
  report.rss.peakMb = sampler.peakMb;
  report.rss.hwmMb = treeHwmMb(server.child.pid!);
  report.rss.pglitePeakMb = liteSampler?.peakMb ?? Number.NaN;
  sampler.stop();
  liteSampler?.stop();

  await waitIdle(idlePids);
  if (wanted("pdf")) {
    log("PDF: time per document and memory over the renders (in-process, core 0)");
    report.pdf = await pdfInProcess(ctx, opts.quick ? 200 : 1000).catch((e: Error) => ({ error: e.message }));
  }

  if (wanted("sig")) {
    log("Signatures: verifying a three-signature PDF (in-process, core 0)");
    report.signatures = await signatureVerification(serverEnv({}), opts.quick ? 100 : 300).catch((e: Error) => ({ error: e.message }));
  }

  if (wanted("export")) {
    log("CSV export: 10,000 queue rows streamed, memory over the stream (in-process, core 0)");
    report.export = await exportInProcess(ctx.serverEnv, EXPORT_ROWS).catch((e: Error) => ({ error: e.message }));
  }

  await measureEcuapass(report, ctx.serverEnv);

  if (wanted("open")) {
    const runs: OpenLoopRun[] = [];
    const openOpts = opts.quick ? 1 : opts.runs;
    for (let run = 0; run < openOpts; run++) {
      log(`open loop, run ${run + 1}/${openOpts}: the floors' capacities at fixed arrival rates, then ours and the floor at 50 %`);
      runs.push(await openLoopCells(ctx, server.child.pid!, run, log, busyProcesses));
    }
    report.openLoop = { runs, measuredAt: new Date().toISOString(), commit: report.commit, availabilitySeconds: opts.duration, registrationSeconds: opts.quick ? opts.duration : Math.max(30, opts.duration) };
  }

  if (wanted("cold")) {
    const runs: ColdStartRun[] = [];
    const coldRuns = opts.quick ? 1 : opts.runs;
    for (let run = 0; run < coldRuns; run++) {
      log(`cold start ${run + 1}/${coldRuns}: next start → first page, first SEPS PDFs`);
      const result = await coldStartRun(ctx, opts.port + 3, opts.nodeFlags, NEXT).catch((e: Error) => e);
      if (result instanceof Error) {
        report.notes.push(`Cold start failed: ${result.message.slice(0, 300)}`);
        break;
      }
      log(`cold start: page ${result.firstPageMs.toFixed(0)} ms, first PDFs ${result.firstPdfMs.toFixed(0)} ms (save ${result.firstSaveMs.toFixed(0)} ms, next ${result.secondSaveMs.toFixed(0)} ms)`);
      runs.push(result);
    }
    report.coldStart = { runs, measuredAt: new Date().toISOString(), commit: report.commit };
  }

  if (opts.lighthouse && wanted("lh")) {
    const urls = ["/", "/ecuapass/registro/usuario-general", "/seps/solicitud/no-financieras"].map((p) => `${base}${p}`);
    log(`Lighthouse (mobile) ${urls.length} pages × ${opts.quick ? 1 : 3}`);
    const out = await runPinned(LOAD_CORE, TSX, ["bench/lighthouse.ts", String(opts.quick ? 1 : 3), ...urls], process.env, true).catch((e: Error) => {
      report.notes.push(`Lighthouse failed: ${e.message.slice(0, 300)}`);
      return "";
    });
    const line = out.split("\n").find((l) => l.startsWith("LIGHTHOUSE_JSON "));
    if (line) report.lighthouse = JSON.parse(line.slice("LIGHTHOUSE_JSON ".length)) as LighthouseResult[];
  }

  if (existsSync("bench/findings.md")) report.findings = readFileSync("bench/findings.md", "utf8");
  report.machine.loadAfter = os.loadavg();
  report.wallSeconds = (Date.now() - t0) / 1000;
  await sql.end({ timeout: 2 });
  await cleanup();
  const json = opts.out.replace(/\.md$/, ".json");
  if (opts.only && [...opts.only].every((id) => MERGED.has(id)) && existsSync(json)) {
    // Only the open-loop cells or the cold start: merged into the last full run's results.
    const merged = JSON.parse(readFileSync(json, "utf8")) as Report;
    if (report.openLoop) merged.openLoop = report.openLoop;
    if (report.coldStart) merged.coldStart = report.coldStart;
    const what = [report.openLoop && "open-loop cells", report.coldStart && "cold start"].filter(Boolean).join(" and ");
    merged.notes = [
      ...merged.notes.filter((n) => !n.startsWith(`${what[0]!.toUpperCase()}${what.slice(1)} measured `)),
      `${what[0]!.toUpperCase()}${what.slice(1)} measured ${report.startedAt.slice(0, 16).replace("T", " ")} UTC at \`${report.commit}\` with \`--only=${[...opts.only].join(",")}\`; ` +
        `load average before ${report.machine.loadBefore.map((l) => l.toFixed(2)).join(" / ")}, after ${report.machine.loadAfter.map((l) => l.toFixed(2)).join(" / ")}` +
        `${report.machine.busyBefore ? ` (other work: ${report.machine.busyBefore})` : ""}.`,
      ...report.notes,
    ];
    merged.findings = report.findings;
    writeFileSync(opts.out, renderReport(merged));
    writeFileSync(json, JSON.stringify(merged, null, 1));
    log(`merged into ${opts.out} (${(report.wallSeconds / 60).toFixed(1)} min)`);
    return;
  }
  writeFileSync(opts.out, renderReport(report));
  writeFileSync(json, JSON.stringify(report, null, 1));
  log(`wrote ${opts.out} (${(report.wallSeconds / 60).toFixed(1)} min)`);
}

/** `--render`: RESULTS.md again from RESULTS.json (after editing bench/findings.md), no measuring. */
function renderOnly() {
  const json = opts.out.replace(/\.md$/, ".json");
  const report = JSON.parse(readFileSync(json, "utf8")) as Report;
  report.findings = existsSync("bench/findings.md") ? readFileSync("bench/findings.md", "utf8") : undefined;
  writeFileSync(opts.out, renderReport(report));
  log(`rendered ${opts.out} from ${json}`);
}

/** `--only=sig`: signature verification alone, merged into the last full run's results. */
async function signaturesOnly() {
  assertTaskset();
  pinSelf(LOAD_CORE);
  const json = opts.out.replace(/\.md$/, ".json");
  if (!existsSync(json)) throw new Error(`${json} not found: run the full benchmark first`);
  const report = JSON.parse(readFileSync(json, "utf8")) as Report;
  log("Signatures: verifying a three-signature PDF (in-process, core 0)");
  const result = await signatureVerification(serverEnv({}), opts.quick ? 100 : 300);
  const dirty = sh("git", ["status", "--porcelain", "--untracked-files=no"]) !== "";
  report.signatures = "error" in result ? result : { ...result, measuredAt: new Date().toISOString(), commit: `${sh("git", ["rev-parse", "--short", "HEAD"])}${dirty ? " + uncommitted changes" : ""}` };
  report.findings = existsSync("bench/findings.md") ? readFileSync("bench/findings.md", "utf8") : undefined;
  writeFileSync(opts.out, renderReport(report));
  writeFileSync(json, JSON.stringify(report, null, 1));
  log(`merged into ${opts.out}: ${JSON.stringify(report.signatures)}`);
}

const EXPORT_ROWS = 10_000;
/** Parts that, run alone with --only, are merged into the last full run's RESULTS.json. */
const MERGED = new Set(["open", "cold"]);

/** `--only=export`: the CSV export alone, on a fresh database, merged into the last full run's results. */
async function exportOnly() {
  assertTaskset();
  pinSelf(LOAD_CORE);
  const json = opts.out.replace(/\.md$/, ".json");
  if (!existsSync(json)) throw new Error(`${json} not found: run the full benchmark first`);
  const report = JSON.parse(readFileSync(json, "utf8")) as Report;
  log("fresh Postgres database");
  databaseUrl = (await runPinned("0,1", TSX, ["scripts/fresh-database.ts", "create"], { ...process.env, DATABASE_URL: ADMIN_URL }, true)).trim().split("\n").pop()!;
  try {
    log("CSV export: 10,000 queue rows streamed, memory over the stream (in-process, core 0)");
    const result = await exportInProcess(serverEnv({ DATABASE_URL: databaseUrl, APP_URL: `http://127.0.0.1:${opts.port}` }), EXPORT_ROWS);
    const dirty = sh("git", ["status", "--porcelain", "--untracked-files=no"]) !== "";
    report.export = "error" in result ? result : { ...result, measuredAt: new Date().toISOString(), commit: `${sh("git", ["rev-parse", "--short", "HEAD"])}${dirty ? " + uncommitted changes" : ""}` };
  } finally {
    await cleanup();
  }
  report.findings = existsSync("bench/findings.md") ? readFileSync("bench/findings.md", "utf8") : undefined;
  writeFileSync(opts.out, renderReport(report));
  writeFileSync(json, JSON.stringify(report, null, 1));
  log(`merged into ${opts.out}: ${JSON.stringify({ ...report.export, rss: undefined, heap: undefined })}`);
}

const ECUAPASS = new Set(["ecuapass-save", "rep-approval"]);

/** Issue 19's two cells, each in a child pinned to core 0 on the given database; load noted with each. */
async function measureEcuapass(report: Report, env: NodeJS.ProcessEnv) {
  const measured = () => {
    const dirty = sh("git", ["status", "--porcelain", "--untracked-files=no"]) !== "";
    return { measuredAt: new Date().toISOString(), commit: `${sh("git", ["rev-parse", "--short", "HEAD"])}${dirty ? " + uncommitted changes" : ""}`, load: os.loadavg() };
  };
  if (wanted("ecuapass-save")) {
    log("Ecuapass: saving a Representante de Comercio Exterior's request (respaldo PDF, Solicitud de uso in the PDF worker), in-process, core 0");
    const result = await ecuapassSave(env, opts.quick ? 20 : 60).catch((e: Error) => ({ error: e.message }));
    report.ecuapassSave = "error" in result ? result : { ...result, ...measured() };
    log(`ecuapass-save: ${JSON.stringify(report.ecuapassSave)}`);
  }
  if (wanted("rep-approval")) {
    log("Ecuapass: a representative approves an employee with two functions, in-process, core 0");
    const result = await repApproval(env, opts.quick ? 50 : 200).catch((e: Error) => ({ error: e.message }));
    report.repApproval = "error" in result ? result : { ...result, ...measured() };
    log(`rep-approval: ${JSON.stringify(report.repApproval)}`);
  }
}

/** `--only=ecuapass-save,rep-approval`: on a fresh database, merged into the last full run's results. */
async function ecuapassOnly() {
  assertTaskset();
  pinSelf(LOAD_CORE);
  const json = opts.out.replace(/\.md$/, ".json");
  if (!existsSync(json)) throw new Error(`${json} not found: run the full benchmark first`);
  const report = JSON.parse(readFileSync(json, "utf8")) as Report;
  log("fresh Postgres database");
  databaseUrl = (await runPinned("0,1", TSX, ["scripts/fresh-database.ts", "create"], { ...process.env, DATABASE_URL: ADMIN_URL }, true)).trim().split("\n").pop()!;
  try {
    await measureEcuapass(report, serverEnv({ DATABASE_URL: databaseUrl, APP_URL: `http://127.0.0.1:${opts.port}` }));
  } finally {
    await cleanup();
  }
  report.findings = existsSync("bench/findings.md") ? readFileSync("bench/findings.md", "utf8") : undefined;
  writeFileSync(opts.out, renderReport(report));
  writeFileSync(json, JSON.stringify(report, null, 1));
  log(`merged into ${opts.out}`);
}

if (process.argv.includes("--render")) renderOnly();
else if (opts.only && [...opts.only].every((id) => ECUAPASS.has(id))) ecuapassOnly().catch((error) => {
  console.error(error);
  process.exit(1);
});
else if (opts.only && [...opts.only].every((id) => id === "export")) exportOnly().catch((error) => {
  console.error(error);
  process.exit(1);
});
else if (opts.only && [...opts.only].every((id) => id === "sig")) signaturesOnly().catch((error) => {
  console.error(error);
  process.exit(1);
});
else main().catch(async (error) => {
  console.error(error);
  for (const s of started) if (s.log.length) console.error(`--- last lines of ${s.name}:\n${s.log.slice(-20).join("")}`);
  await cleanup();
  process.exit(1);
});
