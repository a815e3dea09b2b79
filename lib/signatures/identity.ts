/**
 * Who signed: each Ecuadorian CA writes the holder's cédula (and RUC, for a company certificate)
 * in an extension under its own OID arc. The OIDs are those FirmaEC's public library
 * (firmadigital-libreria, ec.gob.firmadigital.libreria.certificate.ec.*) reads per CA; any other
 * certificate falls back to the subject serialNumber (2.5.4.5), where the newer CAs (AppFirmas, Letmi,
 * and Eclipsoft, whose own OIDs sit in the subjectAltName) put it too.
 */
import forge from "node-forge";
import type { ParsedCertificate } from "./cms";

export type CaIdentityOids = { ca: string; cedula: string; ruc?: string };

export const CA_IDENTITY_OIDS: readonly CaIdentityOids[] = [
  { ca: "Banco Central del Ecuador", cedula: "1.3.6.1.4.1.37947.3.1", ruc: "1.3.6.1.4.1.37947.3.11" },
  { ca: "Security Data", cedula: "1.3.6.1.4.1.37746.3.1", ruc: "1.3.6.1.4.1.37746.3.11" },
  { ca: "ANF AC Ecuador", cedula: "1.3.6.1.4.1.18332.3.1", ruc: "1.3.6.1.4.1.18332.3.11" },
  { ca: "ANF AC Ecuador", cedula: "1.3.6.1.4.1.37442.3.1", ruc: "1.3.6.1.4.1.37442.3.11" },
  { ca: "Consejo de la Judicatura", cedula: "1.3.6.1.4.1.43745.1.3.1" },
  { ca: "Uanataca Ecuador", cedula: "1.3.6.1.4.1.47286.102.3.1", ruc: "1.3.6.1.4.1.47286.102.3.11" },
  { ca: "Datilmedia", cedula: "1.3.6.1.4.1.52643.3.1", ruc: "1.3.6.1.4.1.52643.3.11" },
  { ca: "Argosdata", cedula: "1.3.6.1.4.1.59198.3.1", ruc: "1.3.6.1.4.1.59198.3.11" },
  { ca: "CorpNewBest", cedula: "1.3.6.1.4.1.34380.3.1", ruc: "1.3.6.1.4.1.34380.3.11" },
  { ca: "Alpha Technologies", cedula: "1.3.6.1.4.1.56105.3.1", ruc: "1.3.6.1.4.1.56105.3.11" },
  { ca: "FirmaSegura", cedula: "1.3.6.1.4.1.61305.3.1" },
];

export type SignerIdentity = { name: string | null; cedula: string | null; ruc: string | null; source: string };

/** The text of an extension: a DER string if it is one, else its bytes as Latin-1. */
function extensionText(value: Buffer): string {
  try {
    const node = forge.asn1.fromDer(forge.util.createBuffer(value.toString("binary")));
    if (typeof node.value === "string" && node.tagClass === forge.asn1.Class.UNIVERSAL) {
      return node.type === forge.asn1.Type.UTF8 ? forge.util.decodeUtf8(node.value) : node.value;
    }
  } catch {
    // Not DER: some CAs store the bare characters.
  }
  return value.toString("latin1");
}

function digitsRun(text: string, length: number): string | null {
  return new RegExp(`(?<!\\d)\\d{${length}}(?!\\d)`).exec(text)?.[0] ?? null;
}

function subjectField(cert: ParsedCertificate, name: string): string | null {
  const line = cert.x509.subject.split("\n").find((l) => l.startsWith(`${name}=`));
  return line ? line.slice(name.length + 1).trim() : null;
}

export function signerIdentity(cert: ParsedCertificate): SignerIdentity {
  const name = subjectField(cert, "CN");
  for (const oids of CA_IDENTITY_OIDS) {
    const cedulaValue = cert.extensions.get(oids.cedula);
    if (!cedulaValue) continue;
    const cedulaText = extensionText(cedulaValue).trim();
    const rucValue = oids.ruc ? cert.extensions.get(oids.ruc) : undefined;
    return {
      name,
      cedula: digitsRun(cedulaText, 10) ?? (cedulaText.replace(/[^0-9A-Za-z]/g, "") || null),
      ruc: rucValue ? digitsRun(extensionText(rucValue), 13) : null,
      source: `extensión ${oids.cedula} (${oids.ca})`,
    };
  }
  const serial = subjectField(cert, "serialNumber");
  return { name, cedula: serial ? (digitsRun(serial, 10) ?? serial) : null, ruc: null, source: "serialNumber del sujeto" };
}

/** The CA's name as people know it: the issuer's CN, else its O. */
export function issuerName(cert: ParsedCertificate): string | null {
  const lines = cert.x509.issuer.split("\n");
  const pick = (key: string) => lines.find((l) => l.startsWith(`${key}=`))?.slice(key.length + 1).trim() ?? null;
  return pick("CN") ?? pick("O");
}
