import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { staffUsers } from "@/lib/db/schema";
import type { StaffRole } from "./kinds";
import { upsertActiveStaff } from "./staff";
import { newRecoveryCodes, newTotpSecret } from "./totp";

// Test helpers (Vitest only).

export async function createActiveStaff(input: { email: string; role?: StaffRole; password?: string; totpSecret?: string }) {
  const password = input.password ?? "Revisión segura 2026!";
  const totpSecret = input.totpSecret ?? newTotpSecret();
  const recoveryCodes = newRecoveryCodes();
  await upsertActiveStaff({ email: input.email, fullName: "Persona de Prueba", role: input.role ?? "reviewer", password, totpSecret, recoveryCodes });
  const [row] = await db.select().from(staffUsers).where(eq(staffUsers.email, input.email.toLowerCase()));
  return { ...row!, password, totpSecret, recoveryCodes };
}
