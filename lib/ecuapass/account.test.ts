import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyEcuapassCredentials } from "@/lib/auth/credentials";
import { advanceClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { ecuapassUsers, linkTokens } from "@/lib/db/schema";
import { listOutbox } from "@/lib/mail/outbox";
import { uniqueEmail } from "@/test/factories";
import {
  changeEcuapassEmail,
  changeEcuapassPassword,
  describeResetLink,
  requestEcuapassReset,
  requestEmailChangeCode,
  requestProfileDataCode,
  resetEcuapassPassword,
  RESET_MIN_RESPONSE_MS,
  updateProfileData,
} from "./account";
import { createSecurityCode } from "./codes";
import { registerEcuapassUser } from "./register";
import { registrationSchema } from "./schema";
import { randomIp, uniqueUserId, validForm } from "./test-data";

const PASSWORD = "Tortuga-Marina-42";
const NEW_PASSWORD = "Cóndor andino 2027";

async function registeredUser() {
  const form = validForm({ userId: uniqueUserId() });
  const created = await createSecurityCode(form.email!, randomIp());
  if (!created.ok) throw new Error(created.message);
  const result = await registerEcuapassUser(registrationSchema.parse({ ...form, securityCode: created.code }), randomIp());
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** Collects what the domain hands to `after`, to run it when the test says. */
function deferred() {
  const tasks: (() => Promise<unknown>)[] = [];
  return { defer: (task: () => Promise<unknown>) => void tasks.push(task), tasks, run: () => Promise.all(tasks.splice(0).map((t) => t())) };
}

async function lastMailTo(to: string) {
  const [mail] = await listOutbox({ to, limit: 1 });
  return mail;
}

async function resetLinkFor(userId: string, email: string) {
  const later = deferred();
  expect(await requestEcuapassReset(userId, randomIp(), later.defer)).toEqual({ ok: true });
  await later.run();
  const mail = await lastMailTo(email);
  const token = /\/ecuapass\/restablecer\/([A-Za-z0-9_-]{43})/.exec(mail!.text ?? "")![1]!;
  return token;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe("¿Olvidó su contraseña? (neutral answer)", () => {
  it("answers a registered and an unknown ID.usuario identically and in the same time; only the real one gets mail", async () => {
    const user = await registeredUser();
    const known: number[] = [];
    const unknown: number[] = [];
    const answers: unknown[] = [];
    let mailsForKnown = 0;
    let mailsForUnknown = 0;
    for (let i = 0; i < 3; i++) {
      const a = deferred();
      let t = performance.now();
      answers.push(await requestEcuapassReset(user.userId, randomIp(), a.defer));
      known.push(performance.now() - t);
      mailsForKnown += a.tasks.length;
      const b = deferred();
      t = performance.now();
      answers.push(await requestEcuapassReset(uniqueUserId(), randomIp(), b.defer));
      unknown.push(performance.now() - t);
      mailsForUnknown += b.tasks.length;
    }
    // Identical bodies.
    for (const answer of answers) expect(answer).toEqual({ ok: true });
    // The floor hides the difference in work: both sides take at least the floor and about the same.
    expect(Math.min(...known, ...unknown)).toBeGreaterThanOrEqual(RESET_MIN_RESPONSE_MS - 5);
    const ratio = median(known) / median(unknown);
    expect(ratio, `known ${median(known).toFixed(0)} ms vs unknown ${median(unknown).toFixed(0)} ms`).toBeGreaterThan(0.8);
    expect(ratio).toBeLessThan(1.25);
    expect(mailsForKnown).toBe(3);
    expect(mailsForUnknown).toBe(0);
  });

  it("over the per-account budget the answer stays the same but no more links are sent", async () => {
    const user = await registeredUser();
    const sent: number[] = [];
    for (let i = 0; i < 4; i++) {
      const later = deferred();
      expect(await requestEcuapassReset(user.userId.toUpperCase(), randomIp(), later.defer)).toEqual({ ok: true });
      sent.push(later.tasks.length);
    }
    expect(sent).toEqual([1, 1, 1, 0]);
  });

  it("refuses openly past the per-address budget (it says nothing about any account)", async () => {
    const ip = randomIp();
    const outcomes = [];
    for (let i = 0; i < 11; i++) outcomes.push(await requestEcuapassReset(uniqueUserId(), ip, () => {}));
    expect(outcomes.slice(0, 10).every((o) => o.ok)).toBe(true);
    expect(outcomes[10]).toMatchObject({ ok: false });
  });
});

describe("the reset link", () => {
  it("GET consumes nothing; the POST sets the password once, ends every session and mails a notice", async () => {
    const user = await registeredUser();
    const token = await resetLinkFor(user.userId, user.email);
    expect(await describeResetLink(token)).toMatchObject({ status: "valid", userId: user.userId });
    expect(await describeResetLink(token)).toMatchObject({ status: "valid" });

    const common = await resetEcuapassPassword({ token, password: "password1" }, randomIp());
    expect(common).toMatchObject({ ok: false, field: "password" });

    const later = deferred();
    expect(await resetEcuapassPassword({ token, password: NEW_PASSWORD }, randomIp(), later.defer)).toEqual({ ok: true, userId: user.userId });
    await later.run();
    const [row] = await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.id, user.id));
    expect(row!.sessionVersion).toBe(user.sessionVersion + 1);
    expect((await lastMailTo(user.email))!.subject).toBe("Su contraseña de Ecuapass fue cambiada");
    expect(await verifyEcuapassCredentials(user.userId, PASSWORD)).toMatchObject({ ok: false });
    expect(await verifyEcuapassCredentials(user.userId, NEW_PASSWORD)).toMatchObject({ ok: true });

    expect(await describeResetLink(token)).toEqual({ status: "used" });
    expect(await resetEcuapassPassword({ token, password: "Otra clave 99 más" }, randomIp())).toMatchObject({ ok: false, linkState: "used" });
  });

  it("lifts a sign-in lock: the link proved the mailbox is the user's", async () => {
    const user = await registeredUser();
    for (let i = 0; i < 5; i++) await verifyEcuapassCredentials(user.userId, `adivinanza-${i}`);
    expect(await verifyEcuapassCredentials(user.userId, PASSWORD)).toMatchObject({ ok: false, lockedSeconds: expect.any(Number) });
    const token = await resetLinkFor(user.userId, user.email);
    expect(await resetEcuapassPassword({ token, password: NEW_PASSWORD }, randomIp())).toMatchObject({ ok: true });
    expect(await verifyEcuapassCredentials(user.userId, NEW_PASSWORD)).toMatchObject({ ok: true });
  });

  it("an account pending approval recovers its password too; a rejected or suspended one gets no link", async () => {
    const pending = await registeredUser();
    await db.update(ecuapassUsers).set({ status: "pendiente_aprobacion" }).where(eq(ecuapassUsers.id, pending.id));
    const token = await resetLinkFor(pending.userId, pending.email);
    expect(await resetEcuapassPassword({ token, password: NEW_PASSWORD }, randomIp())).toMatchObject({ ok: true });
    expect(await verifyEcuapassCredentials(pending.userId, NEW_PASSWORD)).toMatchObject({ ok: true });

    for (const status of ["rechazado", "suspendido"] as const) {
      const user = await registeredUser();
      await db.update(ecuapassUsers).set({ status }).where(eq(ecuapassUsers.id, user.id));
      const later = deferred();
      expect(await requestEcuapassReset(user.userId, randomIp(), later.defer)).toEqual({ ok: true });
      await later.run();
      const mails = await listOutbox({ to: user.email, limit: 10 });
      expect(mails.filter((m) => /restablecer/i.test(m.subject))).toEqual([]);
    }
  });

  it("expires after one hour, and a newer link replaces the older one", async () => {
    const user = await registeredUser();
    const first = await resetLinkFor(user.userId, user.email);
    const second = await resetLinkFor(user.userId, user.email);
    expect(await describeResetLink(first)).toEqual({ status: "used" });
    advanceClock(61 * 60_000);
    expect(await describeResetLink(second)).toEqual({ status: "expired" });
    expect(await resetEcuapassPassword({ token: second, password: NEW_PASSWORD }, randomIp())).toMatchObject({ ok: false, linkState: "expired" });
    const rows = await db.select().from(linkTokens).where(eq(linkTokens.subjectId, user.id));
    expect(JSON.stringify(rows)).not.toContain(second);
  });
});

describe("Mi página", () => {
  it("changes the password only with the current one, ends other sessions and mails a notice", async () => {
    const user = await registeredUser();
    expect(await changeEcuapassPassword(user.id, { currentPassword: "no-es-la-clave-1", password: NEW_PASSWORD })).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ["La contraseña actual es incorrecta."] },
    });
    const later = deferred();
    const done = await changeEcuapassPassword(user.id, { currentPassword: PASSWORD, password: NEW_PASSWORD }, later.defer);
    expect(done).toEqual({ ok: true, sessionVersion: user.sessionVersion + 1 });
    await later.run();
    expect((await lastMailTo(user.email))!.subject).toBe("Su contraseña de Ecuapass fue cambiada");
    expect(await verifyEcuapassCredentials(user.userId, NEW_PASSWORD)).toMatchObject({ ok: true });
  });

  it("limits wrong current passwords per account", async () => {
    const user = await registeredUser();
    for (let i = 0; i < 5; i++) await changeEcuapassPassword(user.id, { currentPassword: `mala-${i}-clave`, password: NEW_PASSWORD });
    const locked = await changeEcuapassPassword(user.id, { currentPassword: PASSWORD, password: NEW_PASSWORD });
    expect(locked).toMatchObject({ ok: false, fieldErrors: { currentPassword: [expect.stringMatching(/^Demasiados intentos/)] } });
  });

  it("updates the registration data with the code sent to the registered address, once", async () => {
    const user = await registeredUser();
    const data = { address: "Calle Larga 7-45 y Borrero", phone1: "07 283 1234", phone2: null, mobileOperator: "CNT" as const, mobile: "0987654321", fax: "072831235" };
    expect(await updateProfileData(user.id, { ...data, securityCode: "" })).toMatchObject({ ok: false, fieldErrors: { securityCode: ["Solicite primero el código de seguridad."] } });
    const later = deferred();
    expect(await requestProfileDataCode(user.id, randomIp(), later.defer)).toMatchObject({ ok: true });
    await later.run();
    const code = /\b([0-9A-Z]{6})\b/.exec((await lastMailTo(user.email))!.text!.split("campo")[1]!)![1]!;
    expect(await updateProfileData(user.id, { ...data, securityCode: "ZZZZZZ" })).toMatchObject({ ok: false, message: expect.stringContaining("quedan 4 intentos") });
    expect(await updateProfileData(user.id, { ...data, securityCode: code.toLowerCase() })).toEqual({ ok: true });
    const [row] = await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.id, user.id));
    expect(row).toMatchObject({ address: data.address, mobileOperator: "CNT", mobile: "0987654321", fax: "072831235", phone2: null });
    expect(await updateProfileData(user.id, { ...data, securityCode: code })).toMatchObject({ ok: false, fieldErrors: { securityCode: [expect.any(String)] } });
  });

  it("changes the email with a code sent to the new address; the old one is told; the SENAE address stays", async () => {
    const user = await registeredUser();
    const other = await registeredUser();
    expect(await requestEmailChangeCode(user.id, other.email, randomIp())).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringContaining("no está disponible")] } });
    const newEmail = uniqueEmail("nuevo");
    const later = deferred();
    expect(await requestEmailChangeCode(user.id, newEmail, randomIp(), later.defer)).toMatchObject({ ok: true, sentTo: expect.stringMatching(/^n\*\*\*@example\.com$/) });
    await later.run();
    const code = /\b([0-9A-Z]{6})\b/.exec((await lastMailTo(newEmail))!.text!.split("campo")[1]!)![1]!;
    // Another account cannot use that code for the same address.
    expect(await changeEcuapassEmail(other.id, { email: newEmail, emailKey: newEmail, securityCode: code })).toMatchObject({ ok: false });
    const after = deferred();
    expect(await changeEcuapassEmail(user.id, { email: newEmail, emailKey: newEmail, securityCode: code }, after.defer)).toEqual({ ok: true });
    await after.run();
    const [row] = await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.id, user.id));
    expect(row).toMatchObject({ email: newEmail, emailKey: newEmail, senaeEmail: user.senaeEmail });
    const notice = await lastMailTo(user.email);
    expect(notice!.subject).toBe("El correo electrónico de su usuario de Ecuapass fue cambiado");
    expect(notice!.text).toContain("n***@example.com");
  });
});
