import { closeConnection, migrateDb } from "@/lib/db";
import { runScript } from "./lib/run-script";

await runScript(async () => {
  await migrateDb();
  console.log("Migraciones aplicadas.");
});
await closeConnection();
