import type { DataSubjectKind } from "@/lib/privacy/access-log";

/**
 * The name a sign-in attempt is throttled and audited under (lib/auth/credentials.ts): the folded
 * ID.usuario for Ecuapass, the cédula for SEPS. The same key finds the failures and the lock.
 */
export function signInKey(kind: DataSubjectKind, account: { userIdKey?: string; cedula?: string }): string {
  return kind === "ecuapass" ? (account.userIdKey ?? "").slice(0, 64) : (account.cedula ?? "").slice(0, 20);
}

export function lockKey(kind: DataSubjectKind, key: string): string {
  return `${kind}:${key}`;
}
