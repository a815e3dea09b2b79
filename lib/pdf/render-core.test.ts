import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { renderDocumentBytes } from "./render-core";
import { SAMPLE_PDF_DATA, sampleStamp } from "./sample-data";

// A full collection on demand, without starting the test process with --expose-gc.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

async function heapAfter(renders: number): Promise<number> {
  for (let i = 0; i < renders; i++) await renderDocumentBytes("acuerdo_confidencialidad", SAMPLE_PDF_DATA, sampleStamp(i));
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

describe("renderDocumentBytes", () => {
  it("keeps nothing of a render once it is done, even back to back (react-pdf#2848)", { timeout: 120_000 }, async () => {
    // The warm-up lets the JIT settle: its code and feedback live on the same heap.
    const warm = await heapAfter(20);
    const after = await heapAfter(60);
    // Each render used to leave its React root reachable: 0.1–0.2 MB each, 6–13 MB over 60.
    expect((after - warm) / 2 ** 20).toBeLessThan(3);
  });
});
