// Summarizes a .cpuprofile (node --cpu-prof): self time by function and by package, top N.
//   tsx bench/profile-summary.ts FILE.cpuprofile [N]
import { readFileSync } from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; children?: number[] };
const profile = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const top = Number(process.argv[3] ?? 30);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

function pkg(url: string): string {
  if (!url) return "(native/idle)";
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.includes("/.next")) {
    const chunk = /\[project\]__([^_]+)|chunks\/(?:ssr\/)?([^/]+)$/.exec(url);
    return `app: ${chunk?.[1] ?? chunk?.[2] ?? url.split("/").slice(-1)[0]}`;
  }
  if (url.startsWith("node:")) return "node core";
  return url.split("/").slice(-2).join("/");
}

const fn = new Map<string, number>();
const pk = new Map<string, number>();
for (const [id, us] of selfUs) {
  const n = byId.get(id)!;
  const key = `${n.callFrame.functionName || "(anonymous)"}  ${pkg(n.callFrame.url)}:${n.callFrame.lineNumber}`;
  fn.set(key, (fn.get(key) ?? 0) + us);
  const p = n.callFrame.functionName === "(idle)" ? "(idle)" : n.callFrame.functionName === "(garbage collector)" ? "(gc)" : pkg(n.callFrame.url);
  pk.set(p, (pk.get(p) ?? 0) + us);
}
const show = (m: Map<string, number>, n: number) =>
  [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${((us / total) * 100).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`).join("\n");
console.log(`total ${(total / 1e6).toFixed(1)} s sampled\n\nby package:\n${show(pk, 20)}\n\nby function (self):\n${show(fn, top)}`);
