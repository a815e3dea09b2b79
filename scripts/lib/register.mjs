// Lets command-line scripts import the app's server modules: `server-only` guards against
// client bundles and throws outside React Server Components, so scripts resolve it to nothing.
import { register } from "node:module";
import { fileURLToPath } from "node:url";
import nextEnv from "@next/env";

register("./server-only-hook.mjs", import.meta.url);

// Scripts read the same .env* files as `next dev` / `next start` (and in the same order, the
// shell's own variables first), so a seed and the server it prepares use the same database.
nextEnv.loadEnvConfig(fileURLToPath(new URL("../..", import.meta.url)), process.env.NODE_ENV !== "production", {
  info: () => {},
  error: console.error,
});
