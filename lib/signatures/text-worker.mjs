// The text of PDFs, read by pdf.js in a worker thread (lib/signatures/text.ts starts it with a heap
// limit and terminates it at a deadline): an uploaded PDF is hostile input and pdf.js is a full
// parser, so it never runs on the server's event loop. Nothing in the PDF is run (no JavaScript,
// no eval of font programs) and nothing is fetched (no URLs are given: no CMaps, no standard fonts,
// no WebAssembly decoders). Plain JavaScript so that Node starts it as it is, from source and in a
// build alike.
import { parentPort } from "node:worker_threads";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * @typedef {{ width: number; height: number; text: string; annotations: string[] }} PageText
 * @typedef {{ ok: true; pages: PageText[] } | { ok: false; reason: "paginas" | "texto" | "ilegible" }} DocumentText
 */

/** @param {Uint8Array} data @param {{ maxPages: number; maxChars: number }} limits @returns {Promise<DocumentText>} */
async function readText(data, limits) {
  const task = getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    enableXfa: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    if (doc.numPages > limits.maxPages) return { ok: false, reason: "paginas" };
    /** @type {PageText[]} */
    const pages = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) if ("str" in item) text += item.str + (item.hasEOL ? "\n" : " ");
      chars += text.length;
      if (chars > limits.maxChars) return { ok: false, reason: "texto" };
      const annotations = (await page.getAnnotations({ intent: "display" })).map((a) => String(a.subtype)).filter((s) => s !== "Widget");
      const [x0, y0, x1, y1] = page.view;
      pages.push({ width: Math.abs(x1 - x0), height: Math.abs(y1 - y0), text, annotations });
      page.cleanup();
    }
    return { ok: true, pages };
  } catch {
    return { ok: false, reason: "ilegible" };
  } finally {
    await task.destroy().catch(() => {});
  }
}

parentPort?.on("message", async (/** @type {{ id: number; documents: Uint8Array[]; limits: { maxPages: number; maxChars: number } }} */ job) => {
  /** @type {DocumentText[]} */
  const results = [];
  for (const data of job.documents) results.push(await readText(data, job.limits));
  parentPort?.postMessage({ id: job.id, results });
});
