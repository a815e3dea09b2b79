// Identifier comparison keys. Shared by the client form (live hints) and the server.

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
