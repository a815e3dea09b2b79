// Before `next dev`: migrations and demo data, so a fresh clone runs with one command.
import { closeConnection } from "@/lib/db";
import { runScript } from "./lib/run-script";

await runScript(async () => {
  await import("./seed");
});
await closeConnection();
