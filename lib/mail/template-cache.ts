import "server-only";
import { render } from "@react-email/render";
import { createElement, type ReactElement } from "react";

/**
 * A template that drops its string props verbatim into fixed markup (as text or attribute values,
 * never tested, cut or transformed): its HTML is rendered once per set of props with markers in
 * place of the values, and each message then only fills them in, escaped as React escapes them.
 * A React Email render costs ~7 ms of CPU, a fill a few µs (bench/findings.md §7). Opt in with
 * `Template.cacheable = true` and a test that compares both renders (template-cache.test.ts).
 */
export type CacheableTemplate = { cacheable?: boolean };

const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARKER = /\uE000([A-Za-z0-9_]+)\uE001/g;

/** Per template, per set of prop names: the HTML split into [literal, prop, literal, prop, …, literal]. */
const skeletons = new WeakMap<object, Map<string, Promise<string[]>>>();

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function skeletonOf(type: (props: Record<string, string>) => unknown, names: string[]): Promise<string[]> {
  let byNames = skeletons.get(type);
  if (!byNames) skeletons.set(type, (byNames = new Map()));
  const key = names.join(",");
  let skeleton = byNames.get(key);
  if (!skeleton) {
    const markers = Object.fromEntries(names.map((name) => [name, `${OPEN}${name}${CLOSE}`]));
    skeleton = render(createElement(type as never, markers)).then((html) => html.split(MARKER));
    byNames.set(key, skeleton);
  }
  return skeleton;
}

/** The message's HTML: from the template's cached skeleton when it may be, else a full render. */
export async function renderEmailHtml(element: ReactElement): Promise<string> {
  const type = element.type as unknown;
  const props = element.props as Record<string, unknown>;
  const values = Object.values(props);
  const cacheable =
    typeof type === "function" &&
    (type as CacheableTemplate).cacheable === true &&
    // An empty value may change the text nodes React emits around it; a marker in a value would be filled in.
    values.every((v) => typeof v === "string" && v !== "" && !v.includes(OPEN) && !v.includes(CLOSE));
  if (!cacheable) return render(element);
  const names = Object.keys(props).sort();
  const parts = await skeletonOf(type as (props: Record<string, string>) => unknown, names);
  let html = "";
  for (let i = 0; i < parts.length; i++) html += i % 2 === 0 ? parts[i] : escapeHtml(String(props[parts[i]!]));
  return html;
}
