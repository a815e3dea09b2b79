import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { sepsUsers, staffUsers } from "@/lib/db/schema";
import { initialFormState } from "@/lib/forms/state";
import { randomCedula, uniqueEmail, uniqueSuffix } from "@/test/factories";

// next.config enables authInterrupts (forbidden()); the build sets this for the server, the test sets it here.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

// The session the guards see, per test; the request is same-origin.
let session: { user: { id: string; kind: "staff"; role: "reviewer" | "admin"; name: string } } | null = null;
vi.mock("@/lib/auth", () => ({ auth: async () => session }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ origin: "http://localhost:3000", host: "localhost:3000", "sec-fetch-site": "same-origin" }),
}));
vi.mock("next/server", () => ({ after: (task: () => Promise<unknown>) => void task() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { suspendAccountAction } = await import("./actions");

async function staff(role: "reviewer" | "admin") {
  const [row] = await db.insert(staffUsers).values({ email: uniqueEmail(role), fullName: `${role} ${uniqueSuffix()}`, role, status: "activo" }).returning();
  return { id: row!.id, kind: "staff" as const, role, name: row!.fullName };
}

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

describe("account actions are for admins only", () => {
  let userId: string;
  beforeEach(async () => {
    const [user] = await db
      .insert(sepsUsers)
      .values({ cedula: randomCedula(), fullName: "Usuaria", email: uniqueEmail("u"), passwordHash: "x", status: "activo" })
      .returning();
    userId = user!.id;
  });

  it("refuses a reviewer trying to suspend an account (403) and changes nothing", async () => {
    session = { user: await staff("reviewer") };
    const attempt = suspendAccountAction(initialFormState, form({ kind: "seps", accountId: userId, motivo: "Un motivo suficientemente largo." }));
    await expect(attempt).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
    const [after] = await db.select().from(sepsUsers).where(eq(sepsUsers.id, userId));
    expect(after!.status).toBe("activo");
  });

  it("lets an admin suspend it", async () => {
    session = { user: await staff("admin") };
    const state = await suspendAccountAction(initialFormState, form({ kind: "seps", accountId: userId, motivo: "Un motivo suficientemente largo." }));
    expect(state.status).toBe("ok");
    const [after] = await db.select().from(sepsUsers).where(eq(sepsUsers.id, userId));
    expect(after!.status).toBe("suspendido");
  });

  it("requires the reason, with a Spanish error on the field", async () => {
    session = { user: await staff("admin") };
    const state = await suspendAccountAction(initialFormState, form({ kind: "seps", accountId: userId, motivo: "corto" }));
    expect(state).toMatchObject({ status: "error", values: { motivo: "corto" } });
    expect(state.fieldErrors?.motivo?.[0]).toContain("al menos 10 caracteres");
  });
});
