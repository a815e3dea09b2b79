// (1) The ID availability check beside its two baselines, and (7) the same check on PGlite.
// Every request asks for a different ID from a different client address (X-Forwarded-For): the
// rate limiter (30/min per address) does its full work on each request but never refuses.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { RawRequest } from "autocannon";
import { nextIp, unique, type CellSpec } from "../lib/load";
import type { Ctx, Scenario, Variant } from "../lib/types";

/** The app's ID availability endpoint (GET /api/ecuapass/disponibilidad/usuario?valor=…), if in the build. */
export function availabilityEndpoint(distDir: string): { path: string; param: string } | null {
  const routes = JSON.parse(readFileSync(path.join(distDir, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  if (!Object.values(routes).includes("/api/ecuapass/disponibilidad/[campo]")) return null;
  return { path: "/api/ecuapass/disponibilidad/usuario", param: "valor" };
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

export const availability: Scenario = {
  id: "s1",
  title: "ID.usuario availability check",
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
