import { eq } from "drizzle-orm";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { authConfig } from "@/lib/auth";
import { verifyEcuapassCredentials, verifyEcuapassTicket, issueEcuapassTicket } from "@/lib/auth/credentials";
import { db } from "@/lib/db";
import { ecuapassUsers } from "@/lib/db/schema";
import { decideRegistrationRequest } from "./registration-requests";
import { addRequestDocument } from "./review.fixtures";
import { createTestReviewer, registerTestApplicant } from "./testing";

type JwtParams = Parameters<NonNullable<NonNullable<typeof authConfig.callbacks>["jwt"]>>[0];
const jwt = authConfig.callbacks!.jwt!;
const signInToken = async (user: Record<string, unknown>) =>
  (await jwt({ token: {}, user, account: null, trigger: "signIn" } as unknown as JwtParams)) as JWT;
const nextToken = async (token: JWT) => (await jwt({ token, trigger: "update" } as unknown as JwtParams)) as JWT | null;

const noop = () => {};

describe("sign-in of an Ecuapass account awaiting its approval (issue 19)", () => {
  it("a pending account signs in carrying its state; after approval the same session is active", async () => {
    const applicant = await registerTestApplicant();
    const outcome = await verifyEcuapassCredentials(applicant.input.userId, applicant.input.password);
    expect(outcome).toMatchObject({ ok: true, user: { id: applicant.id, status: "pendiente_aprobacion" } });
    if (!outcome.ok) return;
    const token = await signInToken(outcome.user);
    expect(token.status).toBe("pendiente_aprobacion");
    expect((await nextToken(token))?.status).toBe("pendiente_aprobacion");

    await addRequestDocument(applicant.requestId, { kind: "solicitud_uso", origin: "subido", verdict: "valida" });
    expect((await decideRegistrationRequest(applicant.requestId, "aprobar", await createTestReviewer(), {}, noop)).ok).toBe(true);
    // The state is read from the database on the next request: no sign-out, no stale "pending".
    expect((await nextToken(token))?.status).toBe("activo");
  });

  it("a rejected account signs in (to read the reason) and a stale «pending» token turns «rechazado»", async () => {
    const applicant = await registerTestApplicant();
    const outcome = await verifyEcuapassCredentials(applicant.input.userId, applicant.input.password);
    if (!outcome.ok) throw new Error("sign-in refused");
    const token = await signInToken(outcome.user);
    const reason = "El RUC no corresponde a la empresa indicada.";
    expect((await decideRegistrationRequest(applicant.requestId, "rechazar", await createTestReviewer(), { reason }, noop)).ok).toBe(true);
    expect((await nextToken(token))?.status).toBe("rechazado");
    expect(await verifyEcuapassCredentials(applicant.input.userId, applicant.input.password)).toMatchObject({
      ok: true,
      user: { status: "rechazado" },
    });
  });

  it("a suspended account is refused at sign-in and its open session ends", async () => {
    const applicant = await registerTestApplicant();
    const outcome = await verifyEcuapassCredentials(applicant.input.userId, applicant.input.password);
    if (!outcome.ok) throw new Error("sign-in refused");
    const token = await signInToken(outcome.user);
    await db.update(ecuapassUsers).set({ status: "suspendido" }).where(eq(ecuapassUsers.id, applicant.id));
    expect(await nextToken(token)).toBeNull();
    expect(await verifyEcuapassCredentials(applicant.input.userId, applicant.input.password)).toEqual({ ok: false });
  });

  it("a wrong password of a pending account is refused like any other", async () => {
    const applicant = await registerTestApplicant();
    expect(await verifyEcuapassCredentials(applicant.input.userId, "Otra-Clave-Distinta-77")).toEqual({ ok: false });
  });

  it("the registration ticket signs a just-registered pending account in, but never a rejected one", async () => {
    const applicant = await registerTestApplicant();
    expect(await verifyEcuapassTicket(issueEcuapassTicket(applicant.id, applicant.sessionVersion))).toMatchObject({
      ok: true,
      user: { status: "pendiente_aprobacion" },
    });
    await decideRegistrationRequest(applicant.requestId, "rechazar", await createTestReviewer(), { reason: "Datos falsos." }, noop);
    expect(await verifyEcuapassTicket(issueEcuapassTicket(applicant.id, applicant.sessionVersion))).toEqual({ ok: false });
  });
});
