// npm run mail:test -- --to persona@example.com : sends the test message with the configured transport.
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeConnection, migrateDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { sendMail } from "@/lib/mail/send";
import TestMessageEmail from "@/lib/mail/templates/test-message";
import { runScript } from "./lib/run-script";

await runScript(async () => {
  const { values } = parseArgs({ options: { to: { type: "string" } } });
  const to = z.email().safeParse(values.to);
  if (!to.success) {
    console.error("Uso: npm run mail:test -- --to correo@ejemplo.com");
    process.exit(1);
  }
  await migrateDb();
  const result = await sendMail({ to: to.data, subject: "Mensaje de prueba de Ventanilla", react: TestMessageEmail({ sentAt: new Date().toISOString() }) });
  const transport = getEnv().mailTransport;
  console.log(
    transport === "outbox"
      ? `Guardado en el buzón de desarrollo (/dev/correo). Id ${result.id}.`
      : result.delivered
        ? `Enviado por Resend. Id ${result.id}.`
        : `Resend no lo aceptó todavía; quedó en cola para reintento (mail_outbox ${result.id}).`,
  );
});
await closeConnection();
