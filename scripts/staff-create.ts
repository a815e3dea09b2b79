// npm run staff:create -- --email E --name N --role reviewer|admin
import { parseArgs } from "node:util";
import { z } from "zod";
import { StaffExistsError, inviteStaff } from "@/lib/auth/staff";
import { closeConnection, migrateDb } from "@/lib/db";
import { cleanText } from "@/lib/security/normalize";
import { runScript } from "./lib/run-script";

const argsSchema = z.object({
  email: z.email("--email debe ser un correo válido"),
  name: z.string().transform((v) => cleanText(v)).pipe(z.string().min(3, "--name es obligatorio (nombres y apellidos)")),
  role: z.enum(["reviewer", "admin"], { error: "--role debe ser reviewer o admin" }),
});

await runScript(async () => {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } } });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error("Uso: npm run staff:create -- --email E --name N --role reviewer|admin");
    for (const issue of parsed.error.issues) console.error(`  - ${issue.message}`);
    process.exit(1);
  }
  await migrateDb();
  try {
    const { staff, link } = await inviteStaff({ email: parsed.data.email, fullName: parsed.data.name, role: parsed.data.role });
    console.log(`Cuenta creada: ${staff.email} (${staff.role}).`);
    console.log(`Enlace de un solo uso para definir la contraseña y el segundo factor (válido 7 días):\n\n  ${link}\n`);
  } catch (error) {
    if (error instanceof StaffExistsError) {
      console.error(`Ya existe una cuenta activa con el correo ${error.message}.`);
      process.exit(1);
    }
    throw error;
  }
});
await closeConnection();
