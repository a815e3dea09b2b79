// Inclusive CPU time of the functions named (each sample counted once per name on its stack), in
// a .cpuprofile (node --cpu-prof): where a request's time goes beneath a function of ours.
//   tsx bench/profile-inclusive.ts FILE.cpuprofile registerEcuapassUser mailWelcome renderToBuffer …
import { readFileSync } from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string }; children?: number[] };
const [file, ...names] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file!, "utf8")) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const inclusive = new Map<string, number>(names.map((n) => [n, 0]));
let total = 0;
let busy = 0;
profile.samples.forEach((id, i) => {
  const us = profile.timeDeltas[i] ?? 0;
  total += us;
  const leaf = byId.get(id)!.callFrame.functionName;
  if (leaf !== "(idle)") busy += us;
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const name = byId.get(at)!.callFrame.functionName;
    if (inclusive.has(name) && !seen.has(name)) {
      seen.add(name);
      inclusive.set(name, inclusive.get(name)! + us);
    }
  }
});
console.log(`sampled ${(total / 1e6).toFixed(1)} s, busy (not idle) ${(busy / 1e6).toFixed(1)} s`);
for (const [name, us] of inclusive) console.log(`${(us / 1000).toFixed(0).padStart(7)} ms  ${((us / busy) * 100).toFixed(1).padStart(5)} % of busy  ${name}`);
