import { issueSigner, signPdf, signPdfRewriting, testRootCa, type TestSigner } from "@/test/fixtures/signatures/ca";

/** Legal representative of the demo organization DEMO_NF_RUC (lib/seps/demo-catastro.ts). */
export const DEMO_NF_LEGAL_REP = { cedula: "0928644442", name: "PEDRO JOSE ZAMBRANO LOOR" };

const signers = new Map<string, TestSigner>();

function signerFor(person: { cedula: string; name: string }): TestSigner {
  let signer = signers.get(person.cedula);
  if (!signer) {
    // A certificate of the test CA, which the e2e server trusts (SIGNATURE_TRUST_DIR in playwright.config.ts).
    signer = issueSigner(testRootCa(), { name: person.name.toUpperCase(), cedula: person.cedula });
    signers.set(person.cedula, signer);
  }
  return signer;
}

/**
 * The signed copy a person makes of a downloaded document with FirmaEC (or another tool): the request (index 0) by
 * the legal representative, the agreement and the consent by the key user.
 */
export function signedCopy(
  index: number,
  generated: Buffer,
  people: { legalRep?: { cedula: string; name: string }; user: { cedula: string; name: string } },
  { rewrite = false } = {},
) {
  const signer = signerFor(index === 0 ? (people.legalRep ?? DEMO_NF_LEGAL_REP) : people.user);
  // `rewrite`: a signing tool that saves the whole file anew instead of appending the signature.
  return rewrite ? signPdfRewriting(generated, signer) : signPdf(generated, signer);
}

/** The copy `person` signs with its own test certificate (the same one for every document it signs). */
export function signedBy(person: { cedula: string; name: string }, pdf: Buffer) {
  return signPdf(pdf, signerFor(person));
}
