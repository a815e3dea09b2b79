import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { advanceClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { linkTokens, mailOutbox, sepsUsers } from "@/lib/db/schema";
import { issueLinkToken } from "@/lib/security/link-tokens";
import { verifyPassword } from "@/lib/security/passwords";
import { randomCedula, uniqueEmail, uniqueSuffix } from "@/test/factories";
import { RESET_MIN_RESPONSE_MS, describeSepsLink, requestPasswordReset, setPasswordWithLink } from "./accounts";

const HOUR = 3_600_000;
const PASSWORD = "Cooperativa-2026";

/** A fresh client address per test: the per-address limits are shared by the whole worker's database. */
function randomIp() {
  return `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
}

async function createUser(status: "pendiente_activacion" | "activo" = "pendiente_activacion") {
  const [user] = await db
    .insert(sepsUsers)
    .values({
      cedula: randomCedula(),
      fullName: `Usuaria ${uniqueSuffix()}`,
      email: uniqueEmail("seps"),
      status,
      passwordHash: status === "activo" ? "old-hash" : null,
    })
    .returning();
  return user!;
}

async function activationLink(userId: string) {
  return db.transaction((tx) => issueLinkToken(tx, "seps_activation", userId, 72 * HOUR));
}

function collectDeferred() {
  const tasks: Promise<unknown>[] = [];
  return { defer: (task: () => Promise<unknown>) => void tasks.push(task()), settle: () => Promise.all(tasks) };
}

async function lastMailTo(to: string) {
  const [message] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(desc(mailOutbox.createdAt)).limit(1);
  return message ?? null;
}

async function resetTokenFromMail(to: string): Promise<string> {
  const message = await lastMailTo(to);
  const match = message?.text?.match(/\/seps\/restablecer\/([A-Za-z0-9_-]{43})/);
  if (!match) throw new Error(`no reset link for ${to}`);
  return match[1]!;
}

describe("activation link (72 hours, single use)", () => {
  it("is valid until 72 hours and expired after", async () => {
    const user = await createUser();
    const token = await activationLink(user.id);
    advanceClock(72 * HOUR - 60_000);
    expect(await describeSepsLink("seps_activation", token)).toMatchObject({ status: "valid", fullName: user.fullName });
    advanceClock(2 * 60_000);
    expect(await describeSepsLink("seps_activation", token)).toEqual({ status: "expired" });
    const result = await setPasswordWithLink("seps_activation", { token, cedula: user.cedula, password: PASSWORD }, randomIp());
    expect(result).toMatchObject({ ok: false, linkState: "expired" });
    const [after] = await db.select().from(sepsUsers).where(eq(sepsUsers.id, user.id));
    expect(after).toMatchObject({ status: "pendiente_activacion", passwordHash: null });
  });

  it("opening the link consumes nothing; the form sets the password once and activates the account", async () => {
    const user = await createUser();
    const token = await activationLink(user.id);
    await describeSepsLink("seps_activation", token);
    await describeSepsLink("seps_activation", token);

    const ip = randomIp();
    const first = await setPasswordWithLink("seps_activation", { token, cedula: user.cedula, password: PASSWORD }, ip);
    expect(first).toEqual({ ok: true, fullName: user.fullName });
    const [after] = await db.select().from(sepsUsers).where(eq(sepsUsers.id, user.id));
    expect(after!.status).toBe("activo");
    expect(after!.sessionVersion).toBe(user.sessionVersion + 1);
    expect(after!.passwordChangedAt).not.toBeNull();
    expect(await verifyPassword(after!.passwordHash!, PASSWORD)).toBe(true);

    const second = await setPasswordWithLink("seps_activation", { token, cedula: user.cedula, password: "Otra-clave-99" }, ip);
    expect(second).toMatchObject({ ok: false, linkState: "used" });
    expect(await describeSepsLink("seps_activation", token)).toEqual({ status: "used" });
  });

  it("two submits of one link at once: exactly one sets the password", async () => {
    const user = await createUser();
    const token = await activationLink(user.id);
    const results = await Promise.all(
      ["Primera-clave-1", "Segunda-clave-2"].map((password) =>
        setPasswordWithLink("seps_activation", { token, cedula: user.cedula, password }, randomIp()),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("a wrong cédula is refused without using the link", async () => {
    const user = await createUser();
    const token = await activationLink(user.id);
    const result = await setPasswordWithLink("seps_activation", { token, cedula: randomCedula(), password: PASSWORD }, randomIp());
    expect(result).toMatchObject({ ok: false, field: "cedula" });
    expect(await describeSepsLink("seps_activation", token)).toMatchObject({ status: "valid" });
  });

  it("refuses a common password or one containing the cédula, without using the link", async () => {
    const user = await createUser();
    const token = await activationLink(user.id);
    const ip = randomIp();
    const withCedula = await setPasswordWithLink("seps_activation", { token, cedula: user.cedula, password: `a${user.cedula}` }, ip);
    expect(withCedula).toMatchObject({ ok: false, field: "password" });
    const common = await setPasswordWithLink("seps_activation", { token, cedula: user.cedula, password: "password1" }, ip);
    expect(common).toMatchObject({ ok: false, field: "password" });
    expect(await describeSepsLink("seps_activation", token)).toMatchObject({ status: "valid" });
  });

  it("counts failed submissions per client address and then refuses even a right one", async () => {
    const user = await createUser();
    const token = await activationLink(user.id);
    const ip = randomIp();
    for (let i = 0; i < 30; i++) {
      await setPasswordWithLink("seps_activation", { token: "x".repeat(43), cedula: user.cedula, password: PASSWORD }, ip);
    }
    const result = await setPasswordWithLink("seps_activation", { token, cedula: user.cedula, password: PASSWORD }, ip);
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toMatch(/Demasiados intentos/);
    expect(await describeSepsLink("seps_activation", token)).toMatchObject({ status: "valid" });
  });
});

describe("Restablecer contraseña", () => {
  it("answers the same, in the same time, for an existing and an unknown user; only the user gets a link", async () => {
    const user = await createUser("activo");
    const unknown = randomCedula();
    const mail = collectDeferred();

    const timed = async (cedula: string) => {
      const start = performance.now();
      const answer = await requestPasswordReset(cedula, randomIp(), mail.defer);
      return { answer, ms: performance.now() - start };
    };
    // Interleaved, and compared by the fastest run of each: noise from other test files only adds time.
    const existingRuns = [];
    const missingRuns = [];
    for (let i = 0; i < 3; i++) {
      existingRuns.push(await timed(user.cedula));
      missingRuns.push(await timed(unknown));
    }
    await mail.settle();
    const existing = existingRuns[0]!.answer;
    const missing = missingRuns[0]!.answer;
    const fastest = (runs: { ms: number }[]) => Math.min(...runs.map((r) => r.ms));

    expect(existing).toEqual(missing);
    expect(existing).toEqual({ ok: true });
    expect(fastest(existingRuns)).toBeGreaterThanOrEqual(RESET_MIN_RESPONSE_MS - 5);
    expect(fastest(missingRuns)).toBeGreaterThanOrEqual(RESET_MIN_RESPONSE_MS - 5);
    expect(Math.abs(fastest(existingRuns) - fastest(missingRuns))).toBeLessThan(150);
    expect((await lastMailTo(user.email))?.text).toMatch(/\/seps\/restablecer\/[A-Za-z0-9_-]{43}/);
  });

  it("a newer link revokes the older one; the link lasts one hour", async () => {
    const user = await createUser("activo");
    const mail = collectDeferred();
    await requestPasswordReset(user.cedula, randomIp(), mail.defer);
    await mail.settle();
    const older = await resetTokenFromMail(user.email);
    advanceClock(1_000);
    await requestPasswordReset(user.cedula, randomIp(), mail.defer);
    await mail.settle();
    const newer = await resetTokenFromMail(user.email);
    expect(newer).not.toBe(older);

    expect(await describeSepsLink("seps_reset", older)).toEqual({ status: "used" });
    expect(await describeSepsLink("seps_reset", newer)).toMatchObject({ status: "valid" });
    advanceClock(HOUR);
    expect(await describeSepsLink("seps_reset", newer)).toEqual({ status: "expired" });
  });

  it("a password change revokes every other link, and the owner is told by email", async () => {
    const user = await createUser("pendiente_activacion");
    const activation = await activationLink(user.id);
    const mail = collectDeferred();
    await requestPasswordReset(user.cedula, randomIp(), mail.defer);
    await mail.settle();
    const reset = await resetTokenFromMail(user.email);

    const result = await setPasswordWithLink("seps_reset", { token: reset, cedula: user.cedula, password: PASSWORD }, randomIp(), mail.defer);
    await mail.settle();

    expect(result.ok).toBe(true);
    // A user whose activation link lapsed or was never used becomes active through the reset.
    const [after] = await db.select().from(sepsUsers).where(eq(sepsUsers.id, user.id));
    expect(after!.status).toBe("activo");
    expect(await describeSepsLink("seps_activation", activation)).toEqual({ status: "used" });
    const live = await db
      .select()
      .from(linkTokens)
      .where(and(eq(linkTokens.subjectId, user.id)));
    expect(live.every((t) => t.usedAt !== null || t.revokedAt !== null)).toBe(true);
    expect((await lastMailTo(user.email))?.subject).toMatch(/fue cambiada/);
  });

  it("is throttled per username: past the budget the answer is the same but no new email is sent", async () => {
    const user = await createUser("activo");
    const mail = collectDeferred();
    for (let i = 0; i < 3; i++) await requestPasswordReset(user.cedula, randomIp(), mail.defer);
    await mail.settle();
    const sent = await db.select().from(mailOutbox).where(eq(mailOutbox.to, user.email));
    expect(sent).toHaveLength(3);
    expect(await requestPasswordReset(user.cedula, randomIp(), mail.defer)).toEqual({ ok: true });
    await mail.settle();
    expect(await db.select().from(mailOutbox).where(eq(mailOutbox.to, user.email))).toHaveLength(3);
  });

  it("is throttled per client address", async () => {
    const ip = randomIp();
    for (let i = 0; i < 10; i++) expect((await requestPasswordReset(randomCedula(), ip)).ok).toBe(true);
    const refused = await requestPasswordReset(randomCedula(), ip);
    expect(refused.ok).toBe(false);
  }, 20_000);
});
