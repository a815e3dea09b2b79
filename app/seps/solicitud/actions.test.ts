import { beforeEach, describe, expect, it, vi } from "vitest";
import { randomIp } from "@/lib/ecuapass/test-data";
import { randomCedula } from "@/test/factories";

// "Continuar" reads who holds each role of an organization: it must not answer anything about
// the organization before the rate limit and the captcha pass.

let ip = randomIp();
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ origin: "http://localhost:3000", host: "localhost:3000", "sec-fetch-site": "same-origin", "x-forwarded-for": ip }),
}));

const catastro = await import("@/lib/seps/catastro");
const lookup = vi.spyOn(catastro, "lookupOrganization");
const { reviewRequestAction, saveRequestAction } = await import("./actions");
const { db } = await import("@/lib/db");
const { sepsRequests } = await import("@/lib/db/schema");
const { eq } = await import("drizzle-orm");
const { solvedCaptcha } = await import("@/lib/security/captcha-testing");
const { randomRuc } = await import("@/lib/seps/testing");

function continueForm(altcha: string) {
  const data = new FormData();
  const values: Record<string, string> = {
    sector: "no_financiera",
    rol: "NF_REPRESENTANTE_LEGAL",
    acceso_NF_REPRESENTANTE_LEGAL: "on",
    desactivacion_NF_REPRESENTANTE_LEGAL: "on",
    desactivar_NF_REPRESENTANTE_LEGAL: randomCedula(),
    tipo: "natural",
    cedula: randomCedula(),
    nombres: "Ana María Torres Vega",
    correo: "ana.torres@example.com",
    empleado: "si",
    cargo: "Contadora general",
    resolucion: "",
    ruc: randomRuc(),
    tramiteCedula: "",
    tramiteNombres: "",
    altcha,
  };
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

describe("SEPS «Continuar»", () => {
  beforeEach(() => {
    ip = randomIp();
    lookup.mockClear();
  });

  it("asks for the captcha before looking anything up", async () => {
    const state = await reviewRequestAction({ status: "idle" }, continueForm(""));
    expect(state.fieldErrors?.captcha?.[0]).toMatch(/Captcha/);
    expect(lookup).not.toHaveBeenCalled();
  });

  it("looks up the organization once the captcha passes", async () => {
    const state = await reviewRequestAction({ status: "idle" }, continueForm(await solvedCaptcha()));
    expect(state.fieldErrors?.ruc?.[0]).toMatch(/no consta en el catastro/);
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it("opens a few checks per solved captcha, then asks for a new one", async () => {
    const altcha = await solvedCaptcha();
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await reviewRequestAction({ status: "idle" }, continueForm(altcha)));
    expect(answers.slice(0, 10).every((a) => a.fieldErrors?.ruc)).toBe(true);
    expect(answers[10]?.fieldErrors?.captcha?.[0]).toMatch(/ya fue utilizada/);
    expect(lookup).toHaveBeenCalledTimes(10);
  });

  it("refuses a client address past its budget, before the captcha and any lookup", async () => {
    for (let i = 0; i < 30; i++) await reviewRequestAction({ status: "idle" }, continueForm(""));
    const state = await reviewRequestAction({ status: "idle" }, continueForm(await solvedCaptcha()));
    expect(state.message).toMatch(/^Demasiados intentos, espere/);
    expect(lookup).not.toHaveBeenCalled();
  });
});

describe("SEPS «Guardar» clicked twice", () => {
  it("creates one request; both submissions are sent to it", async () => {
    ip = randomIp();
    const ruc = randomRuc();
    await catastro.upsertOrganizations(
      db,
      [
        {
          ruc,
          razonSocial: "Asociación Doble Clic",
          sector: "no_financiera",
          segmentoNivel: "Nivel 1",
          email: "org.doble@example.com",
          legalRepCedula: randomCedula(),
          legalRepName: "Rosa Elena Quishpe Chango",
          legalRepEmail: "rep.doble@example.com",
        },
      ],
    );
    const data = continueForm(await solvedCaptcha());
    data.set("ruc", ruc);
    data.delete("desactivacion_NF_REPRESENTANTE_LEGAL");
    data.delete("desactivar_NF_REPRESENTANTE_LEGAL");
    data.set("rol", "NF_LIQUIDADOR");
    data.delete("acceso_NF_REPRESENTANTE_LEGAL");
    data.set("acceso_NF_LIQUIDADOR", "on");
    data.set("avisoPrivacidad", "on");
    data.set("idempotencia", "a".repeat(16) + randomCedula() + randomCedula());
    const where = async (submit: Promise<unknown>) => {
      try {
        return { returned: await submit };
      } catch (error) {
        return { redirect: String((error as { digest?: string }).digest ?? error) };
      }
    };
    const [first, second] = await Promise.all([where(saveRequestAction({ status: "idle" }, data)), where(saveRequestAction({ status: "idle" }, data))]);
    expect(first.redirect).toMatch(/\/seps\/solicitud\/s\/[A-Za-z0-9_-]{43}\?nueva=1/);
    expect(second.redirect).toBe(first.redirect);
    const saved = await db.select().from(sepsRequests).where(eq(sepsRequests.userCedula, String(data.get("cedula"))));
    expect(saved).toHaveLength(1);
  });
});
