// Where a registration's server CPU goes, outside Next.js (issue 14: registration CPU over the floor
// action's). In one process against DATABASE_URL, each step of registerAction timed with
// process.cpuUsage (all threads: argon2 runs on libuv's pool), one registration at a time:
//   DATABASE_URL=… taskset -c 0 tsx --import ./scripts/lib/register.mjs bench/experiments/registration-split.ts [N]
import { createHmac } from "node:crypto";
import { db, migrateDb, closeConnection } from "@/lib/db";
import { emailCodes } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { mailWelcome } from "@/lib/ecuapass/mail";
import { registerEcuapassUser } from "@/lib/ecuapass/register";
import { registrationSchema } from "@/lib/ecuapass/schema";
import { validForm } from "@/lib/ecuapass/test-data";
import { hostileTextFields, formDataToObject } from "@/lib/security/action";
import { hashPassword } from "@/lib/security/passwords";

const n = Number(process.argv[2] ?? 200);
const CODE = "K7P2QD";
await migrateDb();
const codeHash = createHmac("sha256", getEnv().authSecret).update(CODE).digest("hex");

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const totals: Record<string, number> = {};
async function timed<T>(name: string, run: () => Promise<T> | T): Promise<T> {
  const before = cpuMs();
  const value = await run();
  totals[name] = (totals[name] ?? 0) + cpuMs() - before;
  return value;
}

for (let i = 0; i < n + 20; i++) {
  if (i === 20) for (const k of Object.keys(totals)) delete totals[k]; // warm-up
  const form = validForm({ securityCode: CODE });
  await db.insert(emailCodes).values({ purpose: "ecuapass_registro", emailKey: form.email!.toLowerCase(), codeHash, expiresAt: new Date(Date.now() + 600_000) });
  const formData = new FormData();
  for (const [k, v] of Object.entries(form)) formData.set(k, v);
  const parsed = await timed("form: hostile text + zod", () => {
    if (hostileTextFields(formData)) throw new Error("hostile");
    return registrationSchema.parse(formDataToObject(formData));
  });
  await timed("argon2id hash alone (the floor's)", () => hashPassword(parsed.password));
  const result = await timed("registerEcuapassUser (with its hash)", () => registerEcuapassUser(parsed, "10.0.0.1", `k${i}-${Date.now()}`));
  if (!result.ok) throw new Error(JSON.stringify(result));
  await timed("welcome email queued", () => mailWelcome(result));
}
for (const [name, total] of Object.entries(totals)) console.log(`${name.padEnd(40)} ${(total / n).toFixed(2)} ms CPU per registration`);
await closeConnection();
