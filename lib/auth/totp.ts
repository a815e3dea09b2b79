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

/** RFC 6238 with one step of clock drift either way. */
export function verifyTotp(secret: string, token: string): boolean {
  const digits = token.replace(/\s/g, "");
  if (!/^\d{6}$/.test(digits)) return false;
  return totpFor(secret).validate({ token: digits, window: 1, timestamp: nowMs() }) !== null;
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
