/**
 * Finds the signatures of a PDF without parsing (or running) anything else in it: each signature
 * dictionary's /ByteRange [a b c d] says which bytes it signs, and the gap between the two ranges
 * is, by the PDF specification, exactly the hex string of its /Contents (the CMS). PDFs are
 * hostile input, so every step is bounded: file size, number of signatures, size of each CMS.
 */

export const PDF_SIGNATURE_LIMITS = {
  maxBytes: 16 * 1024 * 1024,
  maxSignatures: 8,
  /** DER bytes of one CMS (the hex in the file is twice this). */
  maxContentsBytes: 256 * 1024,
} as const;

export type PdfSignature = {
  byteRange: [number, number, number, number];
  /** The CMS SignedData, DER (any zero padding of the placeholder removed by the CMS parser). */
  contents: Buffer;
  /** The two signed ranges, in order. */
  signedRanges: [Buffer, Buffer];
  /** Offset just after the last signed byte: the end of the revision this signature closes. */
  revisionEnd: number;
  coversWholeFile: boolean;
};

export type PdfSignatureScan = { ok: true; signatures: PdfSignature[] } | { ok: false; message: string };

const BYTE_RANGE = Buffer.from("/ByteRange");
const RANGE_SHAPE = /^\s*\[\s*(\d{1,10})\s+(\d{1,10})\s+(\d{1,10})\s+(\d{1,10})\s*\]/;
const SIGNATURE_SUBFILTER = /\/SubFilter\s*\/(adbe\.pkcs7\.(detached|sha1)|ETSI\.CAdES\.detached|ETSI\.RFC3161|adbe\.x509\.rsa_sha1)/;
const HEX = /^[0-9a-fA-F\s]*$/;

/** Every signature in the file, in file order (the first is the oldest revision's). */
export function findPdfSignatures(bytes: Buffer): PdfSignatureScan {
  if (bytes.length > PDF_SIGNATURE_LIMITS.maxBytes) return { ok: false, message: "El archivo es demasiado grande para verificar sus firmas." };
  const signatures: PdfSignature[] = [];
  const seen = new Set<string>();
  let at = bytes.indexOf(BYTE_RANGE);
  while (at !== -1) {
    const window = bytes.subarray(at + BYTE_RANGE.length, at + BYTE_RANGE.length + 120).toString("latin1");
    const match = RANGE_SHAPE.exec(window);
    if (!match) return { ok: false, message: "Una firma del PDF está incompleta o dañada (su /ByteRange no es válido)." };
    const [a, b, c, d] = match.slice(1, 5).map(Number) as [number, number, number, number];
    const key = `${a} ${b} ${c} ${d}`;
    if (!seen.has(key)) {
      seen.add(key);
      if (signatures.length >= PDF_SIGNATURE_LIMITS.maxSignatures) {
        return { ok: false, message: `El PDF tiene más de ${PDF_SIGNATURE_LIMITS.maxSignatures} firmas; no se puede verificar.` };
      }
      const signature = readSignature(bytes, a, b, c, d);
      if (!signature) return { ok: false, message: "Una firma del PDF está incompleta o dañada: los bytes que dice cubrir no corresponden al archivo." };
      signatures.push(signature);
    }
    at = bytes.indexOf(BYTE_RANGE, at + BYTE_RANGE.length);
  }
  if (signatures.length === 0 && SIGNATURE_SUBFILTER.test(bytes.subarray(0, PDF_SIGNATURE_LIMITS.maxBytes).toString("latin1"))) {
    // A signature dictionary whose /ByteRange was removed or mangled is a broken signature, not none.
    return { ok: false, message: "El PDF tiene una firma dañada: no se puede saber qué partes del archivo cubre." };
  }
  signatures.sort((x, y) => x.revisionEnd - y.revisionEnd);
  return { ok: true, signatures };
}

function readSignature(bytes: Buffer, a: number, b: number, c: number, d: number): PdfSignature | null {
  // The first range starts the file; the gap is the "<hex>" of /Contents; the second range ends
  // inside the file.
  if (a !== 0 || b <= 0 || c <= b + 1 || d < 0 || c + d > bytes.length) return null;
  if (bytes[b] !== 0x3c /* < */ || bytes[c - 1] !== 0x3e /* > */) return null;
  const hexLength = c - 1 - (b + 1);
  if (hexLength / 2 > PDF_SIGNATURE_LIMITS.maxContentsBytes || hexLength < 2) return null;
  const hex = bytes.subarray(b + 1, c - 1).toString("latin1");
  if (!HEX.test(hex)) return null;
  const compact = hex.replace(/\s+/g, "");
  if (compact.length % 2 !== 0) return null;
  return {
    byteRange: [a, b, c, d],
    contents: Buffer.from(compact, "hex"),
    signedRanges: [bytes.subarray(a, a + b), bytes.subarray(c, c + d)],
    revisionEnd: c + d,
    coversWholeFile: c + d === bytes.length || isOnlyTrailingWhitespace(bytes, c + d),
  };
}

function isOnlyTrailingWhitespace(bytes: Buffer, from: number): boolean {
  if (bytes.length - from > 4) return false;
  for (let i = from; i < bytes.length; i++) if (![0x0a, 0x0d, 0x20, 0x00].includes(bytes[i]!)) return false;
  return true;
}

// ------------------------------------------------------------------ what the updates change

export type UpdateReview = { ok: true; warning?: string } | { ok: false; message: string };

const OBJECT_HEADER = /(\d{1,7})\s+(\d{1,5})\s+obj\b/g;
/** Catalog entries a signature update must leave as they were (a new page tree, an action on open…). */
const CATALOG_KEYS = ["Pages", "Names", "OpenAction", "AA", "Outlines", "StructTreeRoot"];
/** An interactive form (after a first signature, the next one adds its field): no XFA may come in. */
const FORM_KEYS = ["XFA"];
/** Page entries that decide what the page shows. */
const PAGE_KEYS = ["Contents", "Resources", "MediaBox", "CropBox", "Parent", "Rotate", "Group", "UserUnit"];

/**
 * What the incremental updates after the generated bytes do: signing adds new objects (the
 * signature, its widget, the form) and rewrites only the catalog (to add /AcroForm) and pages (to add
 * /Annots). Any other object of the generated file redefined, or a catalog or page whose content
 * entries change, is a changed document even if it was then signed. A form the original already had
 * (a first signature's, when the original is a signed revision) may gain fields. Lexical and bounded: object
 * headers and dictionary entries only, nothing is decompressed or run.
 */
export function reviewUpdates(original: Buffer, signed: Buffer, end: number): UpdateReview {
  const originalText = original.toString("latin1");
  const size = Number([...originalText.matchAll(/\/Size\s+(\d{1,7})/g)].at(-1)?.[1] ?? 0);
  const region = signed.subarray(original.length, end).toString("latin1");
  if (/\/Type\s*\/ObjStm\b/.test(region)) {
    return { ok: true, warning: "La actualización del archivo usa objetos comprimidos que no se pudieron revisar; compare el documento con el generado." };
  }
  let count = 0;
  for (const match of region.matchAll(OBJECT_HEADER)) {
    if (++count > 5_000) return { ok: false, message: "El archivo firmado tiene demasiados objetos añadidos para revisarlo." };
    const number = Number(match[1]);
    if (number >= size) {
      const dictionary = objectDictionary(region, match.index! + match[0].length);
      if (/\/Type\s*\/Annot\b/.test(dictionary) && !/\/Subtype\s*\/Widget\b/.test(dictionary)) {
        return { ok: false, message: "El archivo firmado añade anotaciones sobre el documento generado." };
      }
      continue;
    }
    const updated = objectDictionary(region, match.index! + match[0].length);
    const before = originalObject(originalText, number);
    if (before === null) return { ok: false, message: `El archivo firmado cambia el documento generado (objeto ${number}).` };
    const isCatalog = /\/Type\s*\/Catalog\b/.test(before) && /\/Type\s*\/Catalog\b/.test(updated);
    const isPage = /\/Type\s*\/Page\b/.test(before) && /\/Type\s*\/Page\b/.test(updated);
    const isForm = !isCatalog && !isPage && /\/Fields\s*\[/.test(before) && /\/Fields\s*\[/.test(updated);
    const keys = isCatalog ? CATALOG_KEYS : isPage ? PAGE_KEYS : isForm ? FORM_KEYS : null;
    if (!keys || keys.some((key) => entryValue(before, key) !== entryValue(updated, key))) {
      return { ok: false, message: `El archivo firmado cambia el contenido del documento generado (objeto ${number}).` };
    }
  }
  return { ok: true };
}

/** The text of an object up to its stream or endobj (a signature's hex is skipped over). */
function objectDictionary(text: string, from: number): string {
  const stop = text.indexOf("endobj", from);
  const body = text.slice(from, stop === -1 ? Math.min(text.length, from + 65_536) : stop);
  const stream = body.search(/\bstream\b/);
  return (stream === -1 ? body : body.slice(0, stream)).replace(/<[0-9a-fA-F\s]{64,}>/g, "<>");
}

function originalObject(text: string, number: number): string | null {
  const header = new RegExp(`(?:^|[\\r\\n\\s])${number}\\s+0\\s+obj\\b`, "g");
  const last = [...text.matchAll(header)].at(-1);
  return last ? objectDictionary(text, last.index! + last[0].length) : null;
}

/** A dictionary entry's value as written (whitespace normalized), or "" when absent. */
function entryValue(dictionary: string, key: string): string {
  const at = new RegExp(`/${key}(?![A-Za-z0-9])\\s*`).exec(dictionary);
  if (!at) return "";
  const rest = dictionary.slice(at.index + at[0].length);
  const open = rest.startsWith("<<") ? ["<<", ">>"] : rest.startsWith("[") ? ["[", "]"] : rest.startsWith("(") ? ["(", ")"] : null;
  let value: string;
  if (open) {
    let depth = 0;
    let i = 0;
    for (; i < rest.length; i++) {
      if (rest.startsWith(open[0]!, i)) depth++;
      else if (rest.startsWith(open[1]!, i)) {
        depth--;
        if (depth === 0) break;
      }
    }
    value = rest.slice(0, i + open[1]!.length);
  } else {
    value = /^(\d+\s+\d+\s+R|\/[^\s/<>[\]()]+|[-+.\d]+|true|false|null)/.exec(rest)?.[0] ?? "";
  }
  return value.replace(/\s+/g, " ").trim();
}
