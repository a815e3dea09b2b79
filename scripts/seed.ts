// Demo data, idempotent: `npm run db:seed`. Demo staff accounts only in development, or when
// asked explicitly with --demo-staff (end-to-end tests of the production build).
import { closeConnection, migrateDb } from "@/lib/db";
import { DEMO_ADMIN, DEMO_REVIEWER } from "@/lib/auth/demo-staff";
import { upsertActiveStaff } from "@/lib/auth/staff";
import { getEnv } from "@/lib/env";
import { DEMO_REPRESENTATIVES } from "@/lib/ecuapass/demo-accounts";
import { seedDemoRepresentatives } from "@/lib/ecuapass/demo-representatives";
import { seedDemoRequests } from "@/lib/seps/demo-requests";
import { seedDemoData } from "./lib/demo-data";
import { runScript } from "./lib/run-script";

await runScript(async () => {
  const env = getEnv();
  await migrateDb();
  await seedDemoData();
  const withStaff = process.argv.includes("--demo-staff") || env.NODE_ENV === "development";
  if (withStaff) {
    for (const account of [DEMO_REVIEWER, DEMO_ADMIN]) await upsertActiveStaff(account);
    // Approved Ecuapass representatives (two companies and a public entity) with known passwords.
    await seedDemoRepresentatives();
    // Requests in every state for the reviewer to try; not in the e2e database, whose tests count the queue.
    if (env.NODE_ENV === "development") await seedDemoRequests();
    if (!process.argv.includes("--quiet")) printDemoStaff(env.APP_URL);
  }
  console.log("Datos de demostración cargados.");
});
await closeConnection();

function printDemoStaff(appUrl: string) {
  console.log(`
  ┌─ Personal de demostración (solo desarrollo) ───────────────────────────
  │ Solicitudes, RUC y cuentas de demostración: ${appUrl}/dev
  │ Correo de desarrollo: ${appUrl}/dev/correo
  │ Ingreso: ${appUrl}/admin/ingresar
  │ Revisor:       ${DEMO_REVIEWER.email} / ${DEMO_REVIEWER.password}
  │ Administrador: ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}
  │ Segundo factor: agregue el secreto TOTP en su aplicación de autenticación
  │   revisor ${DEMO_REVIEWER.totpSecret}   administrador ${DEMO_ADMIN.totpSecret}
  │ o use un código de recuperación (un solo uso):
  │   revisor ${DEMO_REVIEWER.recoveryCodes.join(" ")}
  │   administrador ${DEMO_ADMIN.recoveryCodes.join(" ")}
  │ Representantes Ecuapass (${appUrl}/ecuapass/ingresar), contraseña ${DEMO_REPRESENTATIVES[0].password}:
${DEMO_REPRESENTATIVES.map((r) => `  │   ${r.userId.padEnd(14)} ${r.org.razonSocial} (RUC ${r.org.ruc})`).join("\n")}
  └────────────────────────────────────────────────────────────────────────`);
}
