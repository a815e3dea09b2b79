import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderDocumentBytes } from "../render-core";
import { SAMPLE_PDF_DATA, sampleStamp } from "../sample-data";

const text = async (bytes: Uint8Array) => (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text;

describe("numbers in the PDFs' sentences", () => {
  // These razón social lengths put "RUC 0198327433001," at the end of a line: the layout used to
  // break the number from its comma and print "0198327433001-".
  it.each(["Cooperativa de Ahorro y Crédi", "Cooperativa de Ahorro y Crédito"])("a RUC at the end of a line keeps its comma, never a hyphen (%s)", async (razonSocial) => {
    const data = { ...SAMPLE_PDF_DATA, organization: { ...SAMPLE_PDF_DATA.organization, ruc: "0198327433001", razonSocial } };
    for (const kind of ["solicitud", "acuerdo_confidencialidad"] as const) {
      const content = await text(await renderDocumentBytes(kind, data, sampleStamp()));
      expect(content).toContain("0198327433001,");
      expect(content).not.toMatch(/0198327433001-/);
    }
  }, 60_000);
});
