import "server-only";
export { verifySignedUpload, type ExpectedSigner, type VerifyInput } from "./verify";
export { trustStore, loadTrustStore, type TrustStore } from "./trust";
export { offlineRevocation, crlRevocation, chainedRevocation, configuredRevocation, type RevocationChecker, type RevocationResult } from "./revocation";
export * from "./types";
