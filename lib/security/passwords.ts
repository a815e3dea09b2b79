import "server-only";
import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";
import pLimit from "p-limit";
import { foldForComparison } from "@/lib/security/normalize";

// OWASP Password Storage Cheat Sheet: argon2id, m = 19 MiB, t = 2, p = 1.
// algorithm 2 = Argon2id (the package's const enum cannot be imported under isolatedModules).
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// No more hashes at once than the cores this process may run on: each is CPU-bound and holds
// 19 MiB outside the JS heap while it runs (libuv would run four), so more in flight add memory
// and make each one slower, not more of them per second. The rest wait in order of arrival.
const hashesInFlight = pLimit(Math.max(1, availableParallelism()));

/** Hashes running and waiting (read by the tests). */
export const hashQueue = () => ({ limit: hashesInFlight.concurrency, active: hashesInFlight.activeCount, waiting: hashesInFlight.pendingCount });

export function hashPassword(password: string): Promise<string> {
  return hashesInFlight(() => hash(password, ARGON2_OPTIONS));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await hashesInFlight(() => verify(passwordHash, password));
  } catch {
    return false;
  }
}

// Verified against when the account does not exist, so an unknown user costs the same time
// as a wrong password.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("ventanilla-dummy-password-0");
  await verifyPassword(await dummyHash, password);
  return false;
}

// The 3,000 commonest passwords of the zxcvbn list, and the ones Spanish speakers and
// Ecuadorians use most that the list lacks.
const SPANISH_COMMON = [
  "contraseña", "contrasena", "contraseña1", "contrasena1", "contraseña123", "contrasena123", "clave123", "clave1234",
  "teamo", "teamo123", "teamo1234", "tequiero", "tequiero1", "tequiero123", "amor123", "amor1234", "miamor", "miamor1",
  "ecuador", "ecuador1", "ecuador123", "ecuador2024", "ecuador2025", "ecuador2026", "quito123", "quito2024", "guayaquil",
  "guayaquil1", "cuenca123", "barcelona", "barcelona1", "barcelonasc", "emelec", "emelec123", "liga123", "ldu123",
  "hola123", "hola1234", "holamundo", "holamundo1", "abc12345", "abcd1234", "qwerty123", "usuario", "usuario1",
  "usuario123", "admin123", "administrador", "password1", "passw0rd", "12345678a", "a1234567", "1234567a", "1q2w3e4r",
  "1qaz2wsx", "asdf1234", "zxcv1234", "dios123", "diosteama", "jesus123", "cristo123", "familia", "familia1",
  "familia123", "princesa", "princesa1", "mariposa", "mariposa1", "corazon", "corazon1", "estrella", "estrella1",
];

let blocklist: Set<string> | undefined;
function commonPasswords(): Set<string> {
  if (!blocklist) {
    const list = (dictionary as Record<string, string[]>)["passwords-common"] ?? [];
    blocklist = new Set([...list.slice(0, 3000), ...SPANISH_COMMON].map((p) => p.toLowerCase()));
  }
  return blocklist;
}

const AGENCY_WORDS = ["aduana", "senae", "seps", "ecuapass"];

/**
 * The server-side password rules the client bundle does not carry: not a common password, and
 * not containing the user's identifiers or the agencies' names. Returns a Spanish message or null.
 */
export function passwordPolicyError(password: string, personal: string[] = []): string | null {
  const folded = foldForComparison(password);
  if (commonPasswords().has(password.toLowerCase()) || commonPasswords().has(folded)) {
    return "Esta contraseña es de las más usadas y fáciles de adivinar. Elija otra.";
  }
  if (AGENCY_WORDS.some((w) => folded.includes(w))) {
    return "La contraseña no puede contener el nombre de la institución (aduana, senae, seps).";
  }
  for (const value of personal) {
    const key = foldForComparison(value);
    if (key.length >= 4 && folded.includes(key)) {
      return "La contraseña no puede contener su usuario ni su número de documento.";
    }
  }
  return null;
}
