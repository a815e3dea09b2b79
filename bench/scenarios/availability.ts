// (1) The ID availability check beside its two baselines, and (7) the same check on PGlite.
// Every request asks for a different ID from a different client address (X-Forwarded-For): the
// rate limiter (30/min per address) does its full work on each request but never refuses.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { RawRequest } from "autocannon";
import { nextIp, runCell, unique, type CellSpec } from "../lib/load";
import type { Ctx, Extra, Scenario, Variant } from "../lib/types";

/** The app's ID availability endpoint (GET /api/ecuapass/disponibilidad/usuario?valor=…), if in the build. */
export function availabilityEndpoint(distDir: string): { path: string; param: string } | null {
  const route = "/api/ecuapass/disponibilidad/usuario";
  return builtRoutes(distDir).has(route) ? { path: route, param: "valor" } : null;
}

/** Every path the build serves from app/ (route handlers, pages) and from pages/ (API routes). */
export function builtRoutes(distDir: string): Set<string> {
  const read = (file: string) => {
    try {
      return JSON.parse(readFileSync(path.join(distDir, file), "utf8")) as Record<string, string>;
    } catch {
      return {};
    }
  };
  return new Set([...Object.values(read("app-path-routes-manifest.json")), ...Object.keys(read("server/pages-manifest.json"))]);
}

export function availabilitySpec(url: string, param: string, connections: number, ctx: Ctx): CellSpec {
  const base = new URL(url);
  return {
    url: base.origin,
    connections,
    duration: ctx.opts.duration,
    warmup: ctx.opts.warmup,
    requests: () => [
      {
        method: "GET",
        setupRequest: (req: RawRequest) => ({
          ...req,
          path: `${base.pathname}?${param}=u${unique()}`,
          headers: { ...req.headers, "x-forwarded-for": nextIp() },
        }),
      },
    ],
    check: (status) => status === 200,
    timeoutSeconds: 30,
  };
}

/**
 * Ours and the floor in short alternating slices inside one window (ours, floor, floor, ours, …),
 * at the highest level. Cells of 20 s a minute apart see a host whose speed drifts (findings §6);
 * slices a few seconds apart see the same host, so their ratio is the steadier estimate.
 */
async function interleaved(ctx: Ctx): Promise<Extra> {
  const ours = availabilityEndpoint(ctx.distDir);
  if (!ours || (ctx.opts.variants && !(ctx.opts.variants.has("ours") && ctx.opts.variants.has("floor")))) return {};
  const connections = Math.max(...ctx.opts.levels);
  const { pairs, sliceSeconds } = interleaving(ctx.opts.quick);
  const slice = (url: string, param: string) => runCell({ ...availabilitySpec(url, param, connections, ctx), duration: sliceSeconds, warmup: 0 });
  const totals = { ours: { requests: 0, seconds: 0 }, floor: { requests: 0, seconds: 0 } };
  const pairRatios: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 === 0 ? (["ours", "floor"] as const) : (["floor", "ours"] as const);
    const rps: Record<string, number> = {};
    for (const key of order) {
      await ctx.settle();
      const cell = key === "ours" ? await slice(`${ctx.base}${ours.path}`, ours.param) : await slice(`${ctx.base}/api/bench`, "id");
      totals[key].requests += cell.total;
      totals[key].seconds += cell.seconds;
      rps[key] = cell.rps;
    }
    pairRatios.push(rps.ours! / rps.floor!);
  }
  pairRatios.sort((a, b) => a - b);
  const oursRps = totals.ours.requests / totals.ours.seconds;
  const floorRps = totals.floor.requests / totals.floor.seconds;
  return {
    [`interleaved ${connections} clients: ours req/s`]: oursRps,
    [`interleaved ${connections} clients: floor req/s`]: floorRps,
    [INTERLEAVED_RATIO]: (100 * oursRps) / floorRps,
    [`interleaved ${connections} clients: lowest pair ratio %`]: 100 * pairRatios[0]!,
    [`interleaved ${connections} clients: highest pair ratio %`]: 100 * pairRatios[pairRatios.length - 1]!,
  };
}

export const interleaving = (quick: boolean) => ({ pairs: quick ? 4 : 10, sliceSeconds: 2 });

/** The extra the report's target line reads. */
export const INTERLEAVED_RATIO = "interleaved: ours / floor %";

export const availability: Scenario = {
  id: "s1",
  title: "ID.usuario availability check",
  perRun: interleaved,
  async prepare(ctx) {
    const variants: Variant[] = [];
    const ours = availabilityEndpoint(ctx.distDir);
    if (ours) {
      variants.push({ key: "ours", label: `ours (${ours.path}, Postgres)`, spec: (c) => availabilitySpec(`${ctx.base}${ours.path}`, ours.param, c, ctx) });
    } else {
      ctx.notes.push("(1) The ID availability endpoint is not in this build yet: only the baselines were measured.");
    }
    variants.push({ key: "floor", label: "Next floor (/api/bench, Postgres)", spec: (c) => availabilitySpec(`${ctx.base}/api/bench`, "id", c, ctx) });
    variants.push({ key: "bare", label: "node:http + postgres.js", spec: (c) => availabilitySpec(`${ctx.bare}/`, "id", c, ctx) });
    if (ours && ctx.pglite) {
      const pglite = ctx.pglite;
      variants.push({ key: "ours-pglite", label: `ours on embedded PGlite`, pglite: true, spec: (c) => availabilitySpec(`${pglite}${ours.path}`, ours.param, c, ctx) });
    }
    return variants;
  },
};
