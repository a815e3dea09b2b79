import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The pdf.js worker is served from our own origin (CSP worker-src 'self'); the committed copy in
// public/ must be the one of the installed pdfjs-dist, or previews break after an upgrade.
describe("pdf.js worker", () => {
  it("public/pdf.worker.min.mjs is the installed pdfjs-dist worker", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const served = readFileSync(path.join(root, "public/pdf.worker.min.mjs"));
    const installed = readFileSync(path.join(root, "node_modules/pdfjs-dist/build/pdf.worker.min.mjs"));
    expect(served.equals(installed), "copie node_modules/pdfjs-dist/build/pdf.worker.min.mjs a public/").toBe(true);
  });
});
