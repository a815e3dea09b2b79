import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests import server modules directly.
      "server-only": path.resolve(import.meta.dirname, "scripts/lib/empty.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", "e2e/**", ".next*/**", ".data/**", "bench/**"],
    environment: "node",
    globalSetup: ["./test/global-setup.ts"],
    setupFiles: ["./test/setup.ts"],
    pool: "forks",
    // Two files at once even on two cores (the default leaves one core to Vitest itself, and the
    // suite ran one file at a time): most of a file's time is PGlite or Postgres, not the runner.
    // On Postgres each worker has its own database (test/worker-database.ts).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // next-auth imports "next/server" without an extension; let Vite resolve it.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: {
      NODE_ENV: "test",
      MAIL_TRANSPORT: "outbox",
      APP_URL: "http://localhost:3000",
      AUTH_SECRET: "test-secret-test-secret-test-secret-0123",
      // Without DATABASE_URL each test worker gets its own in-memory PGlite.
      PGLITE_DIR: "memory://",
      // The shipped CAs plus the test CA that signs the fixtures (test/fixtures/signatures).
      SIGNATURE_TRUST_DIR: [path.resolve(import.meta.dirname, "lib/signatures/trust"), path.resolve(import.meta.dirname, "test/fixtures/signatures/trust")].join(path.delimiter),
    },
  },
});
