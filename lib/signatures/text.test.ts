import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { renderDocumentBytes } from "@/lib/pdf/render-core";
import { SAMPLE_PDF_DATA, sampleStamp } from "@/lib/pdf/sample-data";
import { normalizeText, PDF_TEXT_LIMITS, readPdfTexts, verificationCodes } from "./text";

let generated: Buffer;

beforeAll(async () => {
  generated = await renderDocumentBytes("acuerdo_confidencialidad", SAMPLE_PDF_DATA, sampleStamp(7));
}, 60_000);

async function pages(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < count; i++) doc.addPage().drawText(`Página ${i + 1}`);
  return doc.save();
}

describe("readPdfTexts (pdf.js in a bounded worker)", () => {
  it("reads each page's text, size and non-widget annotations, and the verification code it prints", async () => {
    const [result] = await readPdfTexts([generated]);
    if (!result?.ok) throw new Error(`not read: ${JSON.stringify(result)}`);
    expect(result.pages.length).toBeGreaterThan(0);
    expect(result.pages[0]).toMatchObject({ width: expect.closeTo(595.28, 0), height: expect.closeTo(841.89, 0) });
    expect(normalizeText(result.pages.map((p) => p.text).join(""))).toContain(normalizeText(SAMPLE_PDF_DATA.user.name));
    expect(verificationCodes(result.pages)).toEqual(["ABCD-EF07"]);
  }, 30_000);

  it("answers for each document, and a hostile one only fails itself: garbage, too many pages", async () => {
    const results = await readPdfTexts([Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"), await pages(PDF_TEXT_LIMITS.maxPages + 1), await pages(2)]);
    expect(results.map((r) => (r.ok ? r.pages.length : r.reason))).toEqual(["ilegible", "paginas", 2]);
  }, 30_000);

  it("stops a worker at the deadline and at the text limit", async () => {
    expect(await readPdfTexts([generated], { ...PDF_TEXT_LIMITS, timeoutMs: 1 })).toEqual([{ ok: false, reason: "tiempo" }]);
    expect(await readPdfTexts([generated], { ...PDF_TEXT_LIMITS, maxChars: 50 })).toEqual([{ ok: false, reason: "texto" }]);
  }, 30_000);

  it("leaves the caller's buffers usable", async () => {
    const copy = Buffer.from(generated);
    await readPdfTexts([copy]);
    expect(copy.equals(generated)).toBe(true);
  }, 30_000);
});

describe("readPdfTexts on mutated PDFs", () => {
  it("never throws: every mutated document is read or refused with a reason", async () => {
    const mutated = Array.from({ length: 24 }, (_, round) => {
      const bytes = Buffer.from(generated);
      for (let k = 0; k < 1 + (round % 8); k++) bytes[(round * 7919 + k * 104729) % bytes.length] = (round * 31 + k) % 256;
      return round % 6 === 0 ? bytes.subarray(0, (round + 1) * 1000) : bytes;
    });
    // One worker reads all 24: a deadline for the lot on a busy test machine, not the server's.
    const results = await readPdfTexts(mutated, { ...PDF_TEXT_LIMITS, timeoutMs: 60_000 });
    expect(results).toHaveLength(mutated.length);
    for (const result of results) expect(result.ok || ["ilegible", "paginas", "texto"].includes(result.reason)).toBe(true);
  }, 90_000);
});
