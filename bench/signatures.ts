// Electronic-signature verification (issue 15): the time to verify a generated SEPS document signed
// three times (three incremental updates, test CA), as an upload does: lib/signatures on the whole
// file. Pinned like the server.
//   taskset -c 0 tsx --import ./scripts/lib/register.mjs bench/signatures.ts [RUNS]
import { renderDocumentBytes } from "@/lib/pdf/render-core";
import { SAMPLE_PDF_DATA, sampleStamp } from "@/lib/pdf/sample-data";
import { loadTrustStore } from "@/lib/signatures/trust";
import { verifySignedUpload } from "@/lib/signatures/verify";
import { issueSigner, signPdf, testRootCa, TEST_TRUST_DIR } from "@/test/fixtures/signatures/ca";

const runs = Number(process.argv[2] ?? 300);

function pct(values: number[], p: number) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

const generated = await renderDocumentBytes("solicitud", SAMPLE_PDF_DATA, sampleStamp(0));
const ca = testRootCa();
const people = [
  { name: "PEDRO JOSE ZAMBRANO LOOR", cedula: "0928644442" },
  { name: "ANA MARIA TORRES VEGA", cedula: "1710034065" },
  { name: "LUIS MORA", cedula: "0926687856" },
];
let signed = generated;
for (const person of people) signed = await signPdf(signed, issueSigner(ca, person));
const trust = loadTrustStore([TEST_TRUST_DIR]);
const input = { bytes: signed, generated, expectedSigner: { cedula: people[0]!.cedula, role: "el representante legal" }, now: new Date(), trust };

const first = await verifySignedUpload(input);
if (first.status !== "valida" || first.signatures.length !== 3) throw new Error(`unexpected verdict: ${first.status}, ${first.signatures.length} signatures`);
for (let i = 0; i < 20; i++) await verifySignedUpload(input);

const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  await verifySignedUpload(input);
  times.push(performance.now() - t);
}
console.log(`SIG_JSON ${JSON.stringify({ runs, signatures: 3, bytes: signed.length, p50: pct(times, 50), p95: pct(times, 95), max: Math.max(...times) })}`);
