// Maps driver errors to what the app needs to know: a unique violation (someone else took the
// value) or a database that cannot be reached (show "servicio no disponible", keep the input).

/** What a person reads when the database cannot be reached. */
export const SERVICE_UNAVAILABLE = "El servicio no está disponible, intente más tarde.";

type PgLikeError = { code?: unknown; constraint_name?: unknown; constraint?: unknown; cause?: unknown; errno?: unknown };

function chain(error: unknown): PgLikeError[] {
  const out: PgLikeError[] = [];
  let current: unknown = error;
  for (let i = 0; i < 5 && current && typeof current === "object"; i++) {
    out.push(current as PgLikeError);
    current = (current as PgLikeError).cause;
  }
  return out;
}

/** The name of the violated unique constraint, or null when the error is something else. */
export function uniqueViolation(error: unknown): string | null {
  for (const e of chain(error)) {
    if (e.code === "23505") return String(e.constraint_name ?? e.constraint ?? "");
  }
  return null;
}

const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "53300", // too_many_connections
  "08000",
  "08001",
  "08003",
  "08006",
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  return chain(error).some((e) => typeof e.code === "string" && UNAVAILABLE_CODES.has(e.code));
}

export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super("El servicio no está disponible, intente más tarde.", { cause });
  }
}
