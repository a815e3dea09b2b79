import { z } from "zod";

const flag = z
  .enum(["1", "0", "true", "false"])
  .optional()
  .transform((v) => v === "1" || v === "true");

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** Set by Vercel on its builds and functions. */
    VERCEL: z.string().optional(),
    DATABASE_URL: z.url({ message: "debe ser una URL postgres://usuario:clave@host:puerto/base" }).optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    /** Off for transaction-mode poolers (PgBouncer, Neon/Supabase pooled URLs). */
    DATABASE_PREPARE: flag.default(true),
    PGLITE_DIR: z.string().min(1).default(".data/pglite"),
    APP_URL: z.url().default("http://localhost:3000"),
    AUTH_SECRET: z.string().min(32, "debe tener al menos 32 caracteres (openssl rand -base64 32)").optional(),
    MAIL_TRANSPORT: z.enum(["resend", "outbox"]).optional(),
    RESEND_API_KEY: z.string().min(1).optional(),
    MAIL_FROM: z.string().min(3).default("Ventanilla <no-responder@ventanilla.local>"),
    CRON_SECRET: z.string().min(16).optional(),
    /** Folders of trusted CA certificates (*.pem) for electronic signatures, separated by ":". */
    SIGNATURE_TRUST_DIR: z.string().min(1).optional(),
    /** "crl", "ocsp" or both in order ("ocsp,crl"): how to check signer certificates (only where the CAs are reachable). */
    SIGNATURE_REVOCATION: z
      .string()
      .regex(/^\s*(no|(crl|ocsp)(\s*,\s*(crl|ocsp))?)\s*$/i, "debe ser crl, ocsp, «ocsp,crl», «crl,ocsp» o no")
      .optional(),
    /** A phase banner under the header (e.g. "Demostración", "Beta"); none when unset. */
    SITE_PHASE: z.string().trim().max(40, "máximo 40 caracteres").optional(),
    /** Lets a client without an admin session read the outbox in production (X-Outbox-Secret header). */
    OUTBOX_SECRET: z.string().min(16).optional(),
    /** Test-only hooks (moving the clock) for end-to-end tests; never on Vercel. */
    ENABLE_TEST_HOOKS: flag,
    /** Enables the benchmark's floor route and floor action (/api/bench, /bench/piso-registro). */
    BENCH: flag,
  })
  .superRefine((env, ctx) => {
    // `next build` loads server modules too; secrets and mail are checked when the server starts.
    const building = process.env.NEXT_PHASE === "phase-production-build";
    const production = env.NODE_ENV === "production" && !building;
    if (env.VERCEL && !env.DATABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "es obligatoria en Vercel (el sistema de archivos no persiste)" });
    }
    if (production && !env.AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "es obligatoria en producción" });
    }
    if (env.MAIL_TRANSPORT === "resend" && !env.RESEND_API_KEY) {
      ctx.addIssue({ code: "custom", path: ["RESEND_API_KEY"], message: "es obligatoria con MAIL_TRANSPORT=resend" });
    }
    if (production && !env.RESEND_API_KEY && env.MAIL_TRANSPORT !== "outbox") {
      ctx.addIssue({
        code: "custom",
        path: ["MAIL_TRANSPORT"],
        message: "en producción defina RESEND_API_KEY, o MAIL_TRANSPORT=outbox solo para demostraciones y pruebas",
      });
    }
    if (env.VERCEL && env.ENABLE_TEST_HOOKS) {
      ctx.addIssue({ code: "custom", path: ["ENABLE_TEST_HOOKS"], message: "no se permite en Vercel" });
    }
    if (env.VERCEL && env.BENCH) {
      ctx.addIssue({ code: "custom", path: ["BENCH"], message: "no se permite en Vercel" });
    }
  });

export type Env = z.infer<typeof envSchema> & { mailTransport: "resend" | "outbox"; authSecret: string };

export class EnvError extends Error {}

let cached: Env | undefined;

/** Parses process.env once; throws an EnvError naming each wrong variable. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(withoutEmptyValues(process.env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "(entorno)"}: ${i.message}`);
    throw new EnvError(`Configuración inválida:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  cached = {
    ...env,
    mailTransport: env.MAIL_TRANSPORT ?? (env.RESEND_API_KEY ? "resend" : "outbox"),
    // Development only: production requires AUTH_SECRET (checked above).
    authSecret: env.AUTH_SECRET ?? "ventanilla-development-secret-not-for-production-use",
  };
  return cached;
}

/**
 * `cp .env.example .env.local` leaves `NAME=` lines: an empty (or blank) value means unset, so
 * the default applies and nothing is validated against "".
 */
export function withoutEmptyValues(source: NodeJS.ProcessEnv): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    if (value !== undefined && value.trim() !== "") result[key] = value;
  }
  return result;
}

/** For tests that change process.env. */
export function resetEnvCache() {
  cached = undefined;
}
