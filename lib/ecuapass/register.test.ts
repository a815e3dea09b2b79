import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditEvents, ecuapassUsers, emailCodes } from "@/lib/db/schema";
import { verifyEcuapassCredentials } from "@/lib/auth/credentials";
import { randomCedula, uniqueEmail } from "@/test/factories";
import { createSecurityCode } from "./codes";
import { checkDocumentAvailability, checkEmailAvailability, checkUserIdAvailability } from "./availability";
import { registerEcuapassUser } from "./register";
import { MESSAGES } from "./rules";
import { registrationSchema } from "./schema";
import { randomIp, uniqueUserId, validForm } from "./test-data";

/** A valid form whose address has a fresh code typed in. */
async function formWithCode(overrides: Record<string, string> = {}) {
  const form = validForm(overrides);
  const created = await createSecurityCode(form.email!, randomIp());
  if (!created.ok) throw new Error(created.message);
  return registrationSchema.parse({ ...form, securityCode: created.code });
}

async function register(overrides: Record<string, string> = {}) {
  return registerEcuapassUser(await formWithCode(overrides), randomIp());
}

describe("registerEcuapassUser", () => {
  it("stores an active user with an argon2id hash, consumes the code, audits, and the user can sign in", async () => {
    const input = await formWithCode({ userId: `JP${uniqueUserId()}` });
    const result = await registerEcuapassUser(input, randomIp());
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const [user] = await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.id, result.id));
    expect(user).toMatchObject({
      status: "activo",
      userId: input.userId,
      userIdKey: input.userId.toLowerCase(),
      senaeEmail: `${input.userId.toLowerCase()}@correo.aduana.gob.ec`,
      provinceCode: "17",
      cantonCode: "1701",
    });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const [code] = await db.select().from(emailCodes).where(eq(emailCodes.emailKey, input.emailKey));
    expect(code!.consumedAt).not.toBeNull();
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, result.id)).orderBy(auditEvents.id);
    expect(audit.map((a) => a.action)).toContain("ecuapass.registro");
    expect(JSON.stringify(audit)).not.toContain(input.password);
    const signIn = await verifyEcuapassCredentials(input.userId.toUpperCase(), input.password);
    expect(signIn).toMatchObject({ ok: true, user: { id: result.id } });
  });

  it("answers the document's messages for the code", async () => {
    const form = validForm();
    const noCode = await registerEcuapassUser(registrationSchema.parse(form), randomIp());
    expect(noCode).toMatchObject({ ok: false, fieldErrors: { securityCode: [MESSAGES.codeNotRequested] } });

    const created = await createSecurityCode(form.email!, randomIp());
    if (!created.ok) throw new Error(created.message);
    const empty = await registerEcuapassUser(registrationSchema.parse(form), randomIp());
    expect(empty).toMatchObject({ ok: false, fieldErrors: { securityCode: [MESSAGES.codeWrong] } });
    const wrongCode = created.code === "000000" ? "111111" : "000000";
    const wrong = await registerEcuapassUser(registrationSchema.parse({ ...form, securityCode: wrongCode }), randomIp());
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { securityCode: [MESSAGES.codeWrong] } });
    if (!wrong.ok) expect(wrong.message).toMatch(/Le quedan 4 intentos/);
    expect(await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.email, form.email!))).toHaveLength(0);
  });

  it("refuses an ID that differs only by case, width or invisible characters", async () => {
    const base = uniqueUserId();
    expect((await register({ userId: base })).ok).toBe(true);
    const fullWidth = [...base].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join("");
    for (const variant of [base.toUpperCase(), `${base.slice(0, 2)}\u200B${base.slice(2)}`, fullWidth]) {
      const again = await register({ userId: variant });
      expect(again).toMatchObject({ ok: false, fieldErrors: { userId: [MESSAGES.userIdTaken] } });
    }
    const answer = await checkUserIdAvailability(fullWidth, randomIp());
    expect(answer).toMatchObject({ status: 200, body: { disponible: false, mensaje: MESSAGES.userIdTaken } });
  });

  it("refuses a document or an email already registered, and the availability checks say so", async () => {
    const cedula = randomCedula();
    const email = uniqueEmail();
    expect((await register({ docNumber: cedula, email, emailConfirmation: email })).ok).toBe(true);
    expect(await register({ docNumber: cedula })).toMatchObject({ ok: false, fieldErrors: { docNumber: [MESSAGES.docTaken] } });
    expect(await checkDocumentAvailability("cedula", `${cedula.slice(0, 9)}-${cedula[9]}`, randomIp())).toMatchObject({
      body: { disponible: false },
    });
    expect(await checkDocumentAvailability("pasaporte", cedula, randomIp())).toMatchObject({ body: { disponible: true } });
    expect(await checkEmailAvailability(email.toUpperCase(), null, randomIp())).toMatchObject({ body: { disponible: false } });
    expect(await createSecurityCode(email, randomIp())).toMatchObject({ ok: false, field: "email", message: MESSAGES.emailTaken });
  });

  it("20 parallel registrations of one ID: exactly one account, 19 clear refusals", async () => {
    const userId = uniqueUserId();
    const inputs = await Promise.all(Array.from({ length: 20 }, () => formWithCode({ userId })));
    const results = await Promise.all(inputs.map((input) => registerEcuapassUser(input, randomIp())));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refusals = results.filter((r) => !r.ok);
    expect(refusals).toHaveLength(19);
    for (const r of refusals) expect(r).toMatchObject({ fieldErrors: { userId: [MESSAGES.userIdTaken] } });
    expect(await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.userIdKey, userId))).toHaveLength(1);
  });

  it("20 parallel registrations of one cédula: exactly one account, 19 clear refusals", async () => {
    const docNumber = randomCedula();
    const inputs = await Promise.all(Array.from({ length: 20 }, () => formWithCode({ docNumber })));
    const results = await Promise.all(inputs.map((input) => registerEcuapassUser(input, randomIp())));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) expect(r).toMatchObject({ fieldErrors: { docNumber: [MESSAGES.docTaken] } });
    expect(await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.docNumber, docNumber))).toHaveLength(1);
  });

  it("20 parallel submissions of one valid code: one success", async () => {
    const input = await formWithCode();
    const results = await Promise.all(Array.from({ length: 20 }, () => registerEcuapassUser(input, randomIp())));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(Object.keys(r.fieldErrors).length).toBeGreaterThan(0);
    }
    expect(await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.emailKey, input.emailKey))).toHaveLength(1);
  });

  it("rate-limits availability checks to 30 a minute per client address, without answering past it", async () => {
    const ip = randomIp();
    for (let i = 0; i < 30; i++) expect((await checkUserIdAvailability(uniqueUserId(), ip)).status).toBe(200);
    const refused = await checkUserIdAvailability(uniqueUserId(), ip);
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ error: expect.stringMatching(/^Demasiados intentos, espere \d+ segundos\.$/) });
    expect((await checkEmailAvailability(uniqueEmail(), null, ip)).status).toBe(429);
    expect((await checkUserIdAvailability(uniqueUserId(), randomIp())).status).toBe(200);
  });

  it("registers once per submission key: a retried or concurrent «Registrar» gets the same account", async () => {
    const input = await formWithCode();
    const key = `registro-${uniqueUserId()}-${uniqueUserId()}`;
    const [first, second] = await Promise.all([registerEcuapassUser(input, randomIp(), key), registerEcuapassUser(input, randomIp(), key)]);
    const retried = await registerEcuapassUser(input, randomIp(), key);
    expect(first.ok && second.ok && retried.ok).toBe(true);
    if (!first.ok || !second.ok || !retried.ok) return;
    expect(new Set([first.id, second.id, retried.id]).size).toBe(1);
    expect([first.repeated, second.repeated].filter(Boolean)).toHaveLength(1);
    expect(retried.repeated).toBe(true);
    expect(await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.emailKey, input.emailKey))).toHaveLength(1);
    // The key does not open the account without its password.
    const stranger = await registerEcuapassUser({ ...input, password: "Otra-Clave-Distinta-77" }, randomIp(), key);
    expect(stranger).toMatchObject({ ok: false, message: expect.stringMatching(/ya registró una cuenta con otros datos/) });
  });
});
