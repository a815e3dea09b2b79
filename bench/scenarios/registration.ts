// (3) A complete Ecuapass registration as the form posts it ("Registrar"): availability again,
// the security code checked and consumed, argon2id, the user stored, the welcome email rendered
// into the outbox, the session opened and Mi página rendered after the redirect. The codes are
// written into email_codes before each cell (what "Solicitar código" stores, measured in s2).
// Beside it, in the same run, argon2id hashes/s on the server's core with the same parameters.
import { createHmac } from "node:crypto";
import path from "node:path";
import { actionCell } from "../lib/action-cell";
import { findActionId, type Fields } from "../lib/actions";
import { unique } from "../lib/load";
import { SERVER_CORE, runPinned } from "../lib/proc";
import type { Ctx, Scenario } from "../lib/types";
import { REGISTRATION_PAGE } from "./code-request";

const CODE = "K7P2QD";
export const PASSWORD = "Banano2026costa";
/** Generous upper bound of registrations/s: codes written before each cell. */
const MAX_RATE = 150;

/** Registrations posted by the bench: a security code stored for each before its cell, then the form's fields. */
export function registrationPool(ctx: Ctx) {
  const codeHash = createHmac("sha256", String(ctx.serverEnv.AUTH_SECRET)).update(CODE).digest("hex");
  let pool: string[] = [];
  let next = 0;
  return {
    /** Stores `count` security codes (what "Solicitar código" stores) for the registrations to come. */
    async refill(count: number) {
      pool = Array.from({ length: count }, () => unique());
      next = 0;
      const expires = new Date(Date.now() + 15 * 60_000);
      const rows = pool.map((u) => ({ purpose: "ecuapass_registro", email_key: `reg-${u}@correo.example`, code_hash: codeHash, expires_at: expires }));
      for (let i = 0; i < rows.length; i += 1000) await ctx.sql`insert into email_codes ${ctx.sql(rows.slice(i, i + 1000))}`;
    },
    fields(): Fields {
      const u = pool[next++ % pool.length]!;
      const email = `reg-${u}@correo.example`;
      return {
        userId: `r${u}`,
        docType: "pasaporte",
        docNumber: `P${u.toUpperCase()}`.slice(0, 20),
        fullName: "María José Pérez Andrade",
        password: PASSWORD,
        passwordConfirmation: PASSWORD,
        country: "EC",
        province: "17",
        city: "1701",
        address: "Av. Amazonas N34-120 y Av. Naciones Unidas",
        phone1: "022345678",
        phone2: "",
        mobileOperator: "CLARO",
        mobile: "0991234567",
        fax: "",
        email,
        emailConfirmation: email,
        securityCode: CODE,
      };
    },
  };
}

export const registration: Scenario = {
  id: "s3",
  title: "A complete Ecuapass registration (argon2id included)",
  async prepare(ctx) {
    const actionId = findActionId(ctx.distDir, "registerAction", "ecuapass");
    if (!actionId) return "registerAction is not in this build";
    const pool = registrationPool(ctx);
    return [
      {
        key: "ours",
        label: "registerAction → Mi página",
        before: () => pool.refill(Math.ceil(MAX_RATE * (ctx.opts.duration + ctx.opts.warmup))),
        spec: (connections) => actionCell(ctx, { connections, page: REGISTRATION_PAGE, actionId, fields: () => pool.fields() }),
      },
    ];
  },
  async perRun(ctx) {
    const seconds = ctx.opts.quick ? 3 : 8;
    const out = await runPinned(SERVER_CORE, path.resolve("node_modules/.bin/tsx"), ["bench/argon2-rate.ts", String(seconds)], process.env, true);
    const line = out.split("\n").find((l) => l.startsWith("ARGON2_JSON "));
    const result = JSON.parse(line!.slice("ARGON2_JSON ".length)) as { hashesPerSecond: number };
    return { hashesPerSecond: result.hashesPerSecond };
  },
};
