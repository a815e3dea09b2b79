// First-load JavaScript of each page, from the production build's manifests: the root main files
// (React, the Next runtime) plus every chunk the page's client-reference manifest lists for its
// entries (layout, error/not-found boundaries, the page). Polyfills load only in browsers without
// ES modules and are left out. Sizes are gzip (level 6, what `next start` sends) and raw.
//   tsx bench/first-load-js.ts [.next-bench]
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

export type PageJs = {
  route: string;
  totalGzipKb: number;
  totalRawKb: number;
  /** Chunks of the page's own entry that no other page of the shell needs (its own client code). */
  ownGzipKb: number;
  files: number;
};

const sizeCache = new Map<string, { gzip: number; raw: number }>();
function sizeOf(distDir: string, file: string) {
  const found = sizeCache.get(file);
  if (found) return found;
  const bytes = readFileSync(path.join(distDir, file.replace(/^\/?_next\//, "")));
  const size = { gzip: gzipSync(bytes, { level: 6 }).length, raw: bytes.length };
  sizeCache.set(file, size);
  return size;
}

function clientManifest(distDir: string, entry: string): { entryJSFiles?: Record<string, string[]> } | null {
  const file = path.join(distDir, "server", "app", `${entry}_client-reference-manifest.js`);
  if (!existsSync(file)) return null;
  const holder: { __RSC_MANIFEST?: Record<string, unknown> } = {};
  new Function("globalThis", readFileSync(file, "utf8"))(holder);
  return (holder.__RSC_MANIFEST?.[entry] as { entryJSFiles?: Record<string, string[]> }) ?? null;
}

export function firstLoadJs(distDir: string): PageJs[] {
  const build = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const routes = JSON.parse(readFileSync(path.join(distDir, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const out: PageJs[] = [];
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith("/page") || route.startsWith("/_")) continue;
    const manifest = clientManifest(distDir, entry);
    if (!manifest?.entryJSFiles) continue;
    const files = new Set(build.rootMainFiles);
    const shared = new Set(build.rootMainFiles);
    for (const [key, chunks] of Object.entries(manifest.entryJSFiles)) {
      for (const chunk of chunks) {
        files.add(chunk);
        if (!key.endsWith(`/app${entry}`)) shared.add(chunk);
      }
    }
    let gzip = 0;
    let raw = 0;
    let own = 0;
    for (const file of files) {
      const size = sizeOf(distDir, file);
      gzip += size.gzip;
      raw += size.raw;
      if (!shared.has(file)) own += size.gzip;
    }
    out.push({ route, totalGzipKb: gzip / 1024, totalRawKb: raw / 1024, ownGzipKb: own / 1024, files: files.size });
  }
  return out.sort((a, b) => a.route.localeCompare(b.route));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const distDir = process.argv[2] ?? ".next-bench";
  for (const page of firstLoadJs(distDir)) {
    console.log(`${page.route.padEnd(48)} ${page.totalGzipKb.toFixed(1).padStart(7)} kB gzip  (own ${page.ownGzipKb.toFixed(1)} kB, ${page.files} files)`);
  }
}
