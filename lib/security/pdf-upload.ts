// An uploaded PDF, checked by its content before it is stored byte for byte (the SEPS signed
// copies, the Ecuapass supporting documents). Pure: no I/O; safe to import anywhere (the size
// limit is read by forms too).
import { cleanText } from "./normalize";

export const PDF_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

export type PdfCheck = { ok: true } | { ok: false; message: string };

/**
 * A PDF by its content, whatever its name: the %PDF-x.y header, an end-of-file marker, and a
 * cross-reference offset that points at a cross-reference table or stream inside the file.
 */
export function checkPdfUpload(
  bytes: Uint8Array,
  notPdfMessage = "El archivo no es un PDF. Suba el documento firmado en formato PDF.",
): PdfCheck {
  if (bytes.length === 0) return { ok: false, message: "El archivo está vacío." };
  if (bytes.length > PDF_UPLOAD_MAX_BYTES) return { ok: false, message: "El archivo supera el tamaño máximo de 10 MB." };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const notPdf = { ok: false as const, message: notPdfMessage };
  if (!/^%PDF-[12]\.\d/.test(buffer.subarray(0, 8).toString("latin1"))) return notPdf;
  const tail = buffer.subarray(Math.max(0, buffer.length - 2048)).toString("latin1");
  const damaged = { ok: false as const, message: "El PDF está dañado o incompleto. Vuelva a generarlo o a escanearlo e intente otra vez." };
  if (!tail.includes("%%EOF")) return damaged;
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail) ?? [...tail.matchAll(/startxref\s+(\d+)\s+%%EOF/g)].at(-1);
  if (!startxref) return damaged;
  const offset = Number(startxref[1]);
  if (!Number.isSafeInteger(offset) || offset <= 0 || offset >= buffer.length) return damaged;
  const atOffset = buffer.subarray(offset, offset + 64).toString("latin1");
  if (!/^\s*(xref\b|\d+\s+\d+\s+obj\b)/.test(atOffset)) return damaged;
  return { ok: true };
}

const FILE_NAME_MAX = 100;

/**
 * The name an uploaded file is stored and downloaded under: the browser's name reduced to
 * letters without accents, digits, dot, hyphen and underscore (no path, no bidirectional tricks,
 * nothing a Content-Disposition header must escape), ending in ".pdf"; `fallback` when nothing is left.
 */
export function safePdfFileName(raw: string, fallback: string): string {
  const base = cleanText(raw.split(/[\\/]/).at(-1) ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/\.pdf$/i, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-._]+|[-._]+$/g, "")
    .slice(0, FILE_NAME_MAX - 4)
    .replace(/[-._]+$/g, "");
  return `${base || fallback}.pdf`;
}
