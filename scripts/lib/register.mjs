// Lets command-line scripts import the app's server modules: `server-only` guards against
// client bundles and throws outside React Server Components, so scripts resolve it to nothing.
import { register } from "node:module";

register("./server-only-hook.mjs", import.meta.url);
