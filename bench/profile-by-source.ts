// Inclusive CPU time by source file of ours, in a .cpuprofile of the production server (node
// --cpu-prof; its chunks are minified, so frames are mapped back through the build's .js.map
// files). Each sample counts once for every file of ours on its stack, so lib/mail/send.ts holds
// the React Email render it calls. Also each file's share of the busy time. What runs after an
// `await` starts a new stack, so a file is charged only with its synchronous stretches and what
// they call: async work shows up under the package that resumes it (next, postgres, jose…).
//   tsx bench/profile-by-source.ts FILE.cpuprofile [N]
// source-map-js comes with Next.js (postcss); it is not a dependency of ours.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SourceMapConsumer, type RawSourceMap } from "source-map-js";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };
const [file, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 40);
const profile = JSON.parse(readFileSync(file!, "utf8")) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));

const consumers = new Map<string, SourceMapConsumer | null>();
function consumerFor(url: string): SourceMapConsumer | null {
  if (consumers.has(url)) return consumers.get(url)!;
  let consumer: SourceMapConsumer | null = null;
  try {
    const path = url.startsWith("file://") ? fileURLToPath(url) : url;
    if (existsSync(`${path}.map`)) consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${path}.map`, "utf8")) as RawSourceMap);
  } catch {
    consumer = null;
  }
  consumers.set(url, consumer);
  return consumer;
}

/** "lib/mail/send.ts" for a frame of ours, "pkg:next" for a package, null for the rest. */
const labels = new Map<number, string | null>();
function labelOf(node: Node): string | null {
  if (labels.has(node.id)) return labels.get(node.id)!;
  const { url, lineNumber, columnNumber } = node.callFrame;
  let label: string | null = null;
  const consumer = url ? consumerFor(url) : null;
  const source = consumer?.originalPositionFor({ line: lineNumber + 1, column: columnNumber }).source ?? null;
  const where = source ?? url;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where);
  if (pkg) label = `pkg:${pkg[1]}`;
  else {
    const ours = /(?:^|\/)((?:app|lib|components)\/.+)$/.exec(where.replace(/^\[project\]\//, ""));
    label = ours ? ours[1]! : null;
  }
  labels.set(node.id, label);
  return label;
}

const inclusive = new Map<string, number>();
let busy = 0;
profile.samples.forEach((id, i) => {
  const us = profile.timeDeltas[i] ?? 0;
  const leaf = byId.get(id)!.callFrame.functionName;
  if (leaf === "(idle)" || leaf === "(program)") return;
  busy += us;
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const label = labelOf(byId.get(at)!);
    if (label && !seen.has(label)) {
      seen.add(label);
      inclusive.set(label, (inclusive.get(label) ?? 0) + us);
    }
  }
});
console.log(`busy ${(busy / 1e6).toFixed(1)} s (idle and (program) left out)`);
for (const [label, us] of [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${(us / 1000).toFixed(0).padStart(8)} ms  ${((us / busy) * 100).toFixed(1).padStart(5)} %  ${label}`);
}
