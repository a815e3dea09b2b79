import { EmbeddedDatabaseBusyError } from "@/lib/db/embedded-lock";
import { EnvError } from "@/lib/env";

/** Runs a command-line task, printing known failures as one clear line instead of a stack. */
export async function runScript(task: () => Promise<void>) {
  try {
    await task();
  } catch (error) {
    if (error instanceof EmbeddedDatabaseBusyError || error instanceof EnvError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
