import "server-only";
import { render, toPlainText } from "@react-email/render";
import { createElement, type ReactElement } from "react";

/**
 * A template that drops its string props verbatim into fixed markup (as text or attribute values,
 * never tested, cut or transformed): its HTML is rendered once per set of props with markers in
 * place of the values, and each message then only fills them in, escaped as React escapes them.
 * A React Email render costs ~7 ms of CPU, a fill a few µs (bench/findings.md §7). The plain-text
 * part is made the same way from the skeleton's own text (html-to-text: ~2 ms a message).
 * Opt in with `Template.cacheable = true` and a test that compares both renders (template-cache.test.ts).
 */
export type CacheableTemplate = { cacheable?: boolean };

export type RenderedEmail = { html: string; text: string };

const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARKER = /\uE000([A-Za-z0-9_]+)\uE001/g;

/** Each split as [literal, prop, literal, prop, …, literal]; `text` null when html-to-text changed a marker (a heading's uppercase). */
type Skeleton = { html: string[]; text: string[] | null };

/** Per template, per set of prop names. */
const skeletons = new WeakMap<object, Map<string, Promise<Skeleton>>>();

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

// html-to-text collapses whitespace (its own set includes U+200B) and rewrites links whose address
// starts with "mailto:" or "#": values with any of these get the text converted from the HTML.
const TEXT_VERBATIM = /^[^\s\u200b]+(?: [^\s\u200b]+)*$/u;
const textVerbatim = (value: string) => TEXT_VERBATIM.test(value) && !value.startsWith("#") && !/^mailto:/i.test(value);

async function buildSkeleton(type: (props: Record<string, string>) => unknown, names: string[]): Promise<Skeleton> {
  const markers = Object.fromEntries(names.map((name) => [name, `${OPEN}${name}${CLOSE}`]));
  const html = await render(createElement(type as never, markers));
  const text = toPlainText(html).split(MARKER);
  const intact = text.every((part, i) => i % 2 === 0 || names.includes(part)) && !text.some((part, i) => i % 2 === 0 && (part.includes(OPEN) || part.includes(CLOSE)));
  return { html: html.split(MARKER), text: intact ? text : null };
}

function skeletonOf(type: (props: Record<string, string>) => unknown, names: string[]): Promise<Skeleton> {
  let byNames = skeletons.get(type);
  if (!byNames) skeletons.set(type, (byNames = new Map()));
  const key = names.join(",");
  let skeleton = byNames.get(key);
  if (!skeleton) byNames.set(key, (skeleton = buildSkeleton(type, names)));
  return skeleton;
}

function fill(parts: string[], props: Record<string, unknown>, escape: (value: string) => string): string {
  let out = "";
  for (let i = 0; i < parts.length; i++) out += i % 2 === 0 ? parts[i] : escape(String(props[parts[i]!]));
  return out;
}

/** The message's HTML and plain text: from the template's cached skeleton when it may be, else a full render. */
export async function renderEmail(element: ReactElement): Promise<RenderedEmail> {
  const type = element.type as unknown;
  const props = element.props as Record<string, unknown>;
  const values = Object.values(props);
  const cacheable =
    typeof type === "function" &&
    (type as CacheableTemplate).cacheable === true &&
    // An empty value may change the text nodes React emits around it; a marker in a value would be filled in.
    values.every((v) => typeof v === "string" && v !== "" && !v.includes(OPEN) && !v.includes(CLOSE));
  if (!cacheable) {
    const html = await render(element);
    return { html, text: toPlainText(html) };
  }
  const skeleton = await skeletonOf(type as (props: Record<string, string>) => unknown, Object.keys(props).sort());
  const html = fill(skeleton.html, props, escapeHtml);
  const text = skeleton.text && (values as string[]).every(textVerbatim) ? fill(skeleton.text, props, (v) => v) : toPlainText(html);
  return { html, text };
}
