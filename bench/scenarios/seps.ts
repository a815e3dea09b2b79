// (4) SEPS: "Guardar" a request as the form posts it (checks, captcha, the three PDFs, one
// transaction, redirect to the request's page), downloading a stored PDF, and the availability
// check's p99 while 10 clients save requests.
//
// The captcha: the bench signs its own ALTCHA challenges with the server's secrets (derived from
// AUTH_SECRET exactly as lib/security/captcha.ts does) and a counter of 1, so solving costs the
// load generator nothing. The server's work is unchanged: it derives the key once for whatever
// counter it is given, checks both signatures and records the signature (single use).
import { createHmac } from "node:crypto";
import { createChallenge, solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import autocannon from "autocannon";
import { actionBody, actionHeaders, findActionId, type Fields } from "../lib/actions";
import { actionCell } from "../lib/action-cell";
import { nextIp, runCell } from "../lib/load";
import type { Ctx, Extra, Scenario } from "../lib/types";
import { availabilityEndpoint, availabilitySpec } from "./availability";
import { randomCedula } from "@/test/factories";

export const SEPS_PAGE = "/seps/solicitud/no-financieras";
const PAGE = SEPS_PAGE;
const ORGANIZATION_RUC = "1395214086001";
const ROLE = "NF_ACOPIO_INFORMACION";
/** Generous upper bound of saves/s: captchas signed before each cell. */
const MAX_RATE = 60;

export async function solvedCaptchas(authSecret: string, count: number): Promise<string[]> {
  const secret = (label: string) => createHmac("sha256", authSecret).update(`altcha:${label}`).digest("hex");
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const challenge = await createChallenge({
      algorithm: "PBKDF2/SHA-256",
      cost: 500,
      counter: 1,
      deriveKey,
      expiresAt: Math.floor((Date.now() + 10 * 60_000) / 1000),
      hmacSignatureSecret: secret("signature"),
      hmacKeySignatureSecret: secret("key-signature"),
    });
    const solution = await solveChallenge({ challenge, deriveKey });
    if (!solution) throw new Error("captcha not solved");
    out.push(Buffer.from(JSON.stringify({ challenge, solution: { counter: solution.counter, derivedKey: solution.derivedKey } })).toString("base64"));
  }
  return out;
}

export function requestFields(altcha: string): Fields {
  return {
    sector: "no_financiera",
    rol: ROLE,
    [`acceso_${ROLE}`]: "on",
    tipo: "natural",
    cedula: randomCedula(),
    nombres: "María José Pérez Andrade",
    correo: `solicitante.${Math.random().toString(36).slice(2, 10)}@correo.example`,
    empleado: "si",
    cargo: "Contadora general",
    ruc: ORGANIZATION_RUC,
    tramiteCedula: "",
    tramiteNombres: "",
    altcha,
    avisoPrivacidad: "on",
  };
}

function saveSpec(ctx: Ctx, actionId: string, pool: { captchas: string[]; next: number }, connections: number) {
  return actionCell(ctx, {
    connections,
    page: PAGE,
    actionId,
    fields: () => requestFields(pool.captchas[pool.next++ % pool.captchas.length]!),
  });
}

/** Saves one request through the app and returns the path of its first stored PDF. */
async function storedPdfPath(ctx: Ctx, actionId: string): Promise<string> {
  const [captcha] = await solvedCaptchas(String(ctx.serverEnv.AUTH_SECRET), 1);
  const res = await fetch(`${ctx.base}${PAGE}`, {
    method: "POST",
    headers: actionHeaders(actionId, ctx.base, PAGE, nextIp()),
    body: actionBody(actionId, requestFields(captcha!)),
    redirect: "manual",
  });
  const body = await res.text();
  const target = res.headers.get("x-action-redirect") ?? /\/seps\/solicitud\/s\/[A-Za-z0-9_-]+/.exec(body)?.[0];
  if (!target) throw new Error(`saving a request did not redirect (HTTP ${res.status}): ${body.slice(0, 300)}`);
  const page = await (await fetch(`${ctx.base}${target.split(";")[0]}`)).text();
  const link = /\/api\/seps\/s\/[A-Za-z0-9_-]+\/documentos\/[0-9a-f-]+/.exec(page)?.[0];
  if (!link) throw new Error("no PDF link on the request page");
  return link;
}

export const sepsSave: Scenario = {
  id: "s4",
  title: "Saving a SEPS request with its three PDFs",
  async prepare(ctx) {
    const actionId = findActionId(ctx.distDir, "saveRequestAction", "seps/solicitud");
    if (!actionId) return "saveRequestAction is not in this build";
    const pool = { captchas: [] as string[], next: 0 };
    return [
      {
        key: "ours",
        label: `saveRequestAction (${PAGE}) → request page`,
        async before() {
          pool.captchas = await solvedCaptchas(String(ctx.serverEnv.AUTH_SECRET), Math.ceil(MAX_RATE * (ctx.opts.duration + ctx.opts.warmup)));
          pool.next = 0;
        },
        spec: (connections) => saveSpec(ctx, actionId, pool, connections),
      },
    ];
  },
  /** The availability check (10 clients) alone, then while 10 clients save requests. */
  async perRun(ctx): Promise<Extra> {
    const actionId = findActionId(ctx.distDir, "saveRequestAction", "seps/solicitud");
    const ours = availabilityEndpoint(ctx.distDir);
    if (!actionId || !ours) return {};
    const pool = { captchas: await solvedCaptchas(String(ctx.serverEnv.AUTH_SECRET), Math.ceil(MAX_RATE * (ctx.opts.duration + 4))), next: 0 };
    const check = (c: number) => availabilitySpec(`${ctx.base}${ours.path}`, ours.param, c, ctx);
    const alone = await runCell(check(10));
    const saving = saveSpec(ctx, actionId, pool, 10);
    const savers = autocannon({ url: saving.url, connections: 10, duration: ctx.opts.duration + ctx.opts.warmup + 2, timeout: 60, requests: saving.requests() });
    const during = await runCell(check(10));
    savers.stop();
    const saved = await savers;
    return {
      "availability p99 ms, 10 clients, alone": alone.p99,
      "availability p99 ms, 10 clients, while 10 clients save": during.p99,
      "availability p50 ms, 10 clients, while 10 clients save": during.p50,
      "availability req/s, 10 clients, alone": alone.rps,
      "availability req/s, 10 clients, while 10 clients save": during.rps,
      "saves/s meanwhile": saved.requests.total / saved.duration,
    };
  },
};

export const pdfDownload: Scenario = {
  id: "s4d",
  title: "Downloading a stored PDF",
  async prepare(ctx) {
    const actionId = findActionId(ctx.distDir, "saveRequestAction", "seps/solicitud");
    if (!actionId) return "saveRequestAction is not in this build";
    const link = await storedPdfPath(ctx, actionId);
    return [
      {
        key: "ours",
        label: "GET /api/seps/s/TOKEN/documentos/ID",
        spec: (connections) => ({
          url: ctx.base,
          connections,
          duration: ctx.opts.duration,
          warmup: ctx.opts.warmup,
          requests: () => [{ method: "GET", path: link }],
          check: (status) => status === 200,
        }),
      },
    ];
  },
};
