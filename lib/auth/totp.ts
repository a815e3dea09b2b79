import "server-only";
import { Secret, TOTP } from "otpauth";
import { nowMs } from "@/lib/clock";
import { newSecurityCode } from "@/lib/security/tokens";

const ISSUER = "Ventanilla";

function totpFor(secret: string, label = "personal") {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app scans (shown as a QR code and as text). */
export function totpUri(secret: string, email: string): string {
  return totpFor(secret, email).toString();
}

/**
 * RFC 6238 with one step of clock drift either way: the time step (counter) the code belongs to,
 * or null. A code may be accepted once (RFC 6238 §5.2): the caller claims the step for the account
 * (`staff_users.totp_last_step`), so a code seen over a shoulder or replayed is refused.
 */
export function matchTotpStep(secret: string, token: string): number | null {
  const digits = token.replace(/\s/g, "");
  if (!/^\d{6}$/.test(digits)) return null;
  const totp = totpFor(secret);
  const timestamp = nowMs();
  const delta = totp.validate({ token: digits, window: 1, timestamp });
  return delta === null ? null : totp.counter({ timestamp }) + delta;
}

/** Current code (tests and the staff:create script's self-check). */
export function currentTotp(secret: string): string {
  return totpFor(secret).generate({ timestamp: nowMs() });
}

/** Ten one-time recovery codes, XXXXX-XXXXX (50 bits each). */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const code = newSecurityCode(10);
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}
