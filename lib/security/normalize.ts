// Text normalization and identifier comparison keys. Shared by the client forms (live hints) and the server.

// Zero-width and other invisible format characters (Unicode category Cf) and soft hyphens.
const INVISIBLE = /[\p{Cf}\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180E\u3164\uFFA0]/gu;

/** NFKC, invisible characters removed, case-folded: `ＪＰｅｒｅｚ`, `jperez` and `j\u200Bperez` are one key. */
export function foldForComparison(value: string): string {
  return value.normalize("NFKC").replace(INVISIBLE, "").toLowerCase().normalize("NFKC");
}

/** Removes spaces, dashes and dots people type inside document and phone numbers. */
export function stripSeparators(value: string): string {
  return value.normalize("NFKC").replace(INVISIBLE, "").replace(/[\s\-.()]/g, "");
}

/** Emails compare case-insensitively (the local part too: no provider here relies on case). */
export function emailKey(email: string): string {
  return email.normalize("NFKC").replace(INVISIBLE, "").trim().toLowerCase();
}

// Control characters other than the line breaks a textarea sends.
const CONTROLS = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Every free text a person or a file gives the site, before it is stored: NFC, invisible format
 * characters removed (among them the bidirectional overrides and isolates U+202A–U+202E and
 * U+2066–U+2069 that make "fdp.exe" display as "exe.pdf" in a PDF, a page or an email), other
 * control characters removed, spaces collapsed and trimmed. `multiline` keeps line breaks (one
 * blank line at most) for textareas.
 */
export function cleanText(value: string, options: { multiline?: boolean } = {}): string {
  const visible = value.normalize("NFC").replace(INVISIBLE, "");
  if (!options.multiline) return visible.replace(CONTROLS, " ").replace(/\s+/g, " ").trim();
  return visible
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(CONTROLS, " ")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
