// Server actions driven the way a hydrated page calls them: POST to the page's URL with the
// `Next-Action` header and the multipart body React's encodeReply builds for
// `useActionState(action)` → action(prevState, formData): the form's fields prefixed "_1_" and
// the root "0" = [prevState, "$K1"]. (Captured from Chromium against this build.)
import { readFileSync } from "node:fs";
import path from "node:path";

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };

export function findActionId(distDir: string, exportedName: string, filenameIncludes?: string): string | null {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName !== exportedName) continue;
    if (filenameIncludes && !entry.filename?.includes(filenameIncludes)) continue;
    return id;
  }
  return null;
}

/** Every action in the build: "file#export" → id (for the report and for finding new ones). */
export function listActions(distDir: string): Record<string, string> {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.fromEntries(Object.entries(manifest.node).map(([id, e]) => [`${e.filename}#${e.exportedName}`, id]));
}

const BOUNDARY = "----WebKitFormBoundaryVentanillaBench";
const CRLF = "\r\n";

function part(name: string, value: string): string {
  return `--${BOUNDARY}${CRLF}Content-Disposition: form-data; name="${name}"${CRLF}${CRLF}${value}${CRLF}`;
}

export type Fields = Record<string, string | string[]>;

/**
 * The body a browser sends. Default: a `<form>` bound with useActionState → action(prevState,
 * formData), with React's hidden $ACTION_ fields. `plain`: an action called from code with a
 * FormData it built → action(formData).
 */
export function actionBody(actionId: string, fields: Fields, options: { prevState?: unknown; plain?: boolean } = {}): string {
  const prevState = options.prevState ?? { status: "idle" };
  let body = "";
  if (!options.plain) {
    body += part("_1_$ACTION_REF_1", "");
    body += part("_1_$ACTION_1:0", JSON.stringify({ id: actionId, bound: "$@1" }));
    body += part("_1_$ACTION_1:1", JSON.stringify([prevState]));
    body += part("_1_$ACTION_KEY", "k0000000000000000000000000000bench");
  }
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body += part(`_1_${name}`, v);
  }
  body += part("0", JSON.stringify(options.plain ? ["$K1"] : [prevState, "$K1"]));
  return `${body}--${BOUNDARY}--${CRLF}`;
}

export function routerStateTree(pagePath: string): string {
  const segments = pagePath.split("/").filter(Boolean);
  let node: unknown = ["__PAGE__", {}, null, null, 512];
  for (const segment of [...segments].reverse()) node = [segment, { children: node }, null, null, 512];
  return encodeURIComponent(JSON.stringify(["", { children: node }, null, null, 528]));
}

export function actionHeaders(actionId: string, origin: string, pagePath: string, ip: string): Record<string, string> {
  return {
    accept: "text/x-component",
    "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
    "next-action": actionId,
    "next-router-state-tree": routerStateTree(pagePath),
    origin,
    referer: `${origin}${pagePath}`,
    "sec-fetch-site": "same-origin",
    "x-forwarded-for": ip,
  };
}

/** The action's returned FormState, from the RSC answer ("1:{…}"), or null. */
export function actionState(body: string): { status?: string; message?: string; fieldErrors?: Record<string, string[]> } | null {
  const match = /^1:(\{.*\})$/m.exec(body);
  if (!match) return null;
  try {
    return JSON.parse(match[1]!) as { status?: string; message?: string };
  } catch {
    return null;
  }
}

/** Sends one action request with fetch (for checks before a cell, and for seeding through the app). */
export async function callAction(
  baseUrl: string,
  pagePath: string,
  actionId: string,
  fields: Fields,
  ip: string,
  options: { prevState?: unknown; plain?: boolean } = {},
): Promise<{ status: number; body: string; headers: Headers }> {
  const res = await fetch(`${baseUrl}${pagePath}`, {
    method: "POST",
    headers: actionHeaders(actionId, baseUrl, pagePath, ip),
    body: actionBody(actionId, fields, options),
    redirect: "manual",
  });
  return { status: res.status, body: await res.text(), headers: res.headers };
}
