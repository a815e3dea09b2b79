import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import pLimit from "p-limit";

/**
 * The text of PDFs, for recognizing a file a signing tool rewrote. pdf.js runs in a worker thread
 * started per job (lib/signatures/text-worker.mjs): a heap limit, a deadline after which the thread
 * is terminated, a page and character limit, one job at a time per server. Rewritten uploads are
 * rare, so the thread's start (~0.5 s) is paid only then, and nothing stays in memory afterwards.
 */
export type PdfTextLimits = { maxPages: number; maxChars: number; timeoutMs: number; heapMb: number };
export const PDF_TEXT_LIMITS: Readonly<PdfTextLimits> = { maxPages: 30, maxChars: 400_000, timeoutMs: 10_000, heapMb: 192 };

export type PageText = { width: number; height: number; text: string; annotations: string[] };
export type DocumentText = { ok: true; pages: PageText[] } | { ok: false; reason: "paginas" | "texto" | "ilegible" | "tiempo" };

// Read from the file system at run time (like the trust store), so Node starts it as written both
// from source (tests, scripts) and in a build; next.config.mjs traces it and pdf.js for Vercel.
const WORKER_FILE = path.join(process.cwd(), "lib", "signatures", "text-worker.mjs");
const oneAtATime = pLimit(1);

/** Each PDF's text, page by page, in one worker; a document it cannot read within the limits says why. */
export function readPdfTexts(documents: readonly Uint8Array[], limits: Readonly<PdfTextLimits> = PDF_TEXT_LIMITS): Promise<DocumentText[]> {
  return oneAtATime(
    () =>
      new Promise<DocumentText[]>((resolve) => {
        const failed = (reason: "ilegible" | "tiempo") => documents.map((): DocumentText => ({ ok: false, reason }));
        let settled = false;
        const finish = (results: DocumentText[]) => {
          if (settled) return;
          settled = true;
          clearTimeout(deadline);
          void worker.terminate();
          resolve(results);
        };
        // Reflect.construct, not `new Worker(…)`: Turbopack rewrites that pattern into a worker bundle
        // of its own, where pdf.js cannot load; started this way Node runs the file as the tests do.
        const worker: Worker = Reflect.construct(Worker, [
          WORKER_FILE,
          { resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 }, stdout: true, stderr: true },
        ]);
        // pdf.js's warnings about a hostile file are not the server's log: read and dropped.
        worker.stdout.resume();
        worker.stderr.resume();
        const deadline = setTimeout(() => finish(failed("tiempo")), limits.timeoutMs);
        worker.on("message", (reply: { results: DocumentText[] }) => finish(reply.results));
        worker.on("error", () => finish(failed("ilegible")));
        worker.on("exit", () => finish(failed("ilegible")));
        // Copies: the caller's buffers (the upload, the stored document) stay usable.
        const copies = documents.map((d) => new Uint8Array(d));
        worker.postMessage({ id: 1, documents: copies, limits: { maxPages: limits.maxPages, maxChars: limits.maxChars } }, copies.map((c) => c.buffer));
      }),
  );
}

/** Text compared across tools: Unicode NFC, no whitespace (tools split and space runs differently). */
export const normalizeText = (text: string) => text.normalize("NFC").replace(/\s+/g, "");

/** "Código de verificación: XXXX-XXXX-XXXX", once whitespace is gone (lib/pdf/documents/frame.tsx). */
const VERIFICATION_CODE = /Códigodeverificación:([0-9A-Z]{4}(?:-[0-9A-Z]{4}){1,2})/g;

/** Every verification code the pages print (the SEPS documents print theirs on each page). */
export function verificationCodes(pages: readonly PageText[]): string[] {
  return [...new Set(pages.flatMap((p) => [...normalizeText(p.text).matchAll(VERIFICATION_CODE)].map((m) => m[1]!)))];
}
