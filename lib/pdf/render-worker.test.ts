import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { FIELD_LIMITS } from "@/lib/seps/schema";
import type { SepsPdfData } from "./documents/types";
import { PDF_WORKER, pdfWorkerResourceLimits, type SepsDocumentKind } from "./render";
import { SAMPLE_PDF_DATA, sampleStamp } from "./sample-data";
import { createPdfWorkerPool } from "./worker-pool";

// The worker entry is TypeScript: the worker registers tsx itself (Node 20 does not pass module
// hooks on to workers), as bench/pdf-render.ts does.
const entry = new URL("./render-worker.ts", import.meta.url).href;
const startWorker = () =>
  new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, {
    eval: true,
    resourceLimits: pdfWorkerResourceLimits,
  });

const fill = (length: number) => "Ñandú Pérez Zambrano Loor ".repeat(20).slice(0, length).trim();

/** Every field at its limit and the most roles a request may have, each asking for a deactivation too. */
const largest: SepsPdfData = {
  ...SAMPLE_PDF_DATA,
  user: {
    ...SAMPLE_PDF_DATA.user,
    name: fill(FIELD_LIMITS.name),
    email: `${"a".repeat(64)}@${"b".repeat(FIELD_LIMITS.email - 68)}.ec`,
    position: fill(FIELD_LIMITS.position),
    resolutionNumber: "R".repeat(FIELD_LIMITS.resolution),
  },
  organization: { ...SAMPLE_PDF_DATA.organization, razonSocial: fill(300), legalRepName: fill(FIELD_LIMITS.name) },
  proxy: { cedula: "1712345674", name: fill(FIELD_LIMITS.name) },
  roles: Array.from({ length: FIELD_LIMITS.maxRoles }, (_, i) => ({
    name: `Rol ${i + 1} ${fill(100)}`,
    description: `Acceso a: ${fill(300)}`,
    requestAccess: true,
    requestDeactivation: true,
    deactivateCedula: "0912345675",
  })),
};

describe("the PDF worker's heap cap", () => {
  it("renders the largest request we accept, many times over, in one worker", { timeout: 180_000 }, async () => {
    const pool = createPdfWorkerPool(startWorker, { ...PDF_WORKER, idleMs: 1_000 });
    const kinds: SepsDocumentKind[] = ["solicitud", "acuerdo_confidencialidad", "consentimiento_datos"];
    for (let i = 0; i < 30; i++) {
      const bytes = await pool.render({ kind: kinds[i % 3], data: largest, stamp: sampleStamp(i) });
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    }
    // A worker that ran out of heap would have been replaced (and its job retried).
    expect(pool.stats()).toEqual({ started: 1, maxAlive: 1 });
  });
});
