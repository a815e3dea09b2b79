import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { X509Certificate } from "node:crypto";

/**
 * The certificates this server trusts as anchors: every *.pem under the folders named by
 * SIGNATURE_TRUST_DIR (separated by the platform's path delimiter), or lib/signatures/trust.
 * Roots and intermediates alike: a chain that reaches any of them is trusted.
 */
export type TrustStore = { certificates: X509Certificate[]; sources: string[] };

export const DEFAULT_TRUST_DIR = path.join(process.cwd(), "lib", "signatures", "trust");

export function loadTrustStore(dirs: readonly string[]): TrustStore {
  const certificates: X509Certificate[] = [];
  const sources: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith(".pem")).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const text = readFileSync(path.join(dir, name), "utf8");
      for (const pem of text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []) {
        certificates.push(new X509Certificate(pem));
        sources.push(path.join(dir, name));
      }
    }
  }
  return { certificates, sources };
}

let cached: { key: string; store: TrustStore } | null = null;

/** The configured store, read once per configuration. */
export function trustStore(): TrustStore {
  const key = process.env.SIGNATURE_TRUST_DIR || DEFAULT_TRUST_DIR;
  if (cached?.key !== key) cached = { key, store: loadTrustStore(key.split(path.delimiter).filter(Boolean)) };
  return cached.store;
}
