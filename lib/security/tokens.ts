import "server-only";
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/env";

/** 32 random bytes, base64url: for links (activation, reset, invitations, request access). */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

export function sha256Hex(value: string | Buffer): string {
  return createHash("sha256").update(value).digest("hex");
}

/** The shape of a token from newLinkToken (43 base64url characters): anything else is not looked up. */
export function isLinkTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** Link tokens are stored as their SHA-256: 256 bits of entropy need no slow hash. */
export function hashToken(token: string): string {
  return sha256Hex(token);
}

// Crockford's base32: 32 symbols (no I, L, O, U), 5 bits each; a 6-character code is 30 bits.
export const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A security code from the CSPRNG. */
export function newSecurityCode(length = 6): string {
  let code = "";
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What the person typed, read the Crockford way: case, spaces and O/I/L confusions forgiven. */
export function normalizeSecurityCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

/**
 * Short codes are hashed with a keyed HMAC (AUTH_SECRET): a leaked table cannot be brute-forced
 * offline over the small code space without the key.
 */
export function hashCode(code: string): string {
  return createHmac("sha256", getEnv().authSecret).update(normalizeSecurityCode(code)).digest("hex");
}

export function constantTimeEqualHex(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}
