import type { X509Certificate } from "node:crypto";

/**
 * Revocation (CRL/OCSP) behind one interface. These servers cannot reach the CAs' CRL and OCSP
 * endpoints, so the default says so ("no verificada") instead of pretending; a deployment that can
 * reach them plugs a checker in.
 */
export type RevocationResult = { status: "vigente" | "revocado" | "desconocido"; message: string };

export interface RevocationChecker {
  check(input: { certificate: X509Certificate; issuer: X509Certificate | null; at: Date }): Promise<RevocationResult>;
}

export const offlineRevocation: RevocationChecker = {
  async check() {
    return { status: "desconocido", message: "Revocación no verificada: este servidor no tiene acceso a las listas de revocación (CRL/OCSP) de la entidad certificadora." };
  },
};
