import "server-only";
import { EnvError, getEnv } from "./env";
import { migrateDb } from "./db/migrate";
import { verifyAgainstDummy } from "./security/passwords";

/** Server start: configuration checked (a wrong variable stops the server), migrations applied. */
export async function startServer() {
  try {
    getEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`\n${error.message}\n\nEl servidor no puede iniciar.\n`);
      process.exit(1);
    }
    throw error;
  }
  // The site starts even when the database is down (pages say "servicio no disponible") and
  // applies the migrations as soon as it answers.
  const attempt = async (delayMs: number): Promise<void> => {
    try {
      await migrateDb();
    } catch (error) {
      console.error(`[db] Migraciones pendientes: la base de datos no responde; nuevo intento en ${delayMs / 1000} s.`, error);
      setTimeout(() => void attempt(Math.min(delayMs * 2, 60_000)), delayMs).unref();
    }
  };
  await attempt(2_000);
  // The first unknown-user sign-in must not be slower than the others (timing-equal answers).
  await verifyAgainstDummy("warm-up");
}
