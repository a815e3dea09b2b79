import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { PRIVACY_NOTICE, PRIVACY_NOTICE_HASH } from "@/lib/seps/privacy-notice";
import type { SepsPdfData, SepsPdfStamp } from "./documents/types";
import { renderDocumentBytes } from "./render-core";

// A full collection on demand, without starting the test process with --expose-gc.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const data: SepsPdfData = {
  number: "SEPS-2026-000001",
  issuedAt: "2026-03-02T15:04:00.000Z",
  sectorLabel: "Organizaciones No Financieras",
  user: { type: "Natural", cedula: "1710034065", name: "María José Pérez Andrade", email: "maria@correo.example", isEmployee: false, position: "Contadora", resolutionNumber: null },
  organization: {
    ruc: "1395214086001",
    razonSocial: "Asociación de Producción Pesquera Manta Unida",
    email: "pesquera@asociacion.ec",
    segmentoNivel: "Nivel 1",
    legalRepCedula: "0928644442",
    legalRepName: "Pedro José Zambrano Loor",
    legalRepEmail: "pzambrano@asociacion.ec",
  },
  proxy: null,
  roles: [{ name: "Acopio de Información", description: "Acceso a: carga de estructuras.", requestAccess: true, requestDeactivation: false, deactivateCedula: null, deactivateMaskedName: null }],
  privacyNotice: PRIVACY_NOTICE,
  privacyNoticeHash: PRIVACY_NOTICE_HASH,
};
const stamp: SepsPdfStamp = { number: data.number, issuedAt: data.issuedAt, verificationCode: "ABCD-EF01", verifyUrl: "https://ventanilla.example/seps/verificar/ABCDEF01" };

async function heapAfter(renders: number): Promise<number> {
  for (let i = 0; i < renders; i++) await renderDocumentBytes("acuerdo_confidencialidad", data, stamp);
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

describe("renderDocumentBytes", () => {
  it("keeps nothing of a render once it is done, even back to back (react-pdf#2848)", { timeout: 120_000 }, async () => {
    // The warm-up lets the JIT settle: its code and feedback live on the same heap.
    const warm = await heapAfter(20);
    const after = await heapAfter(60);
    // Each render used to leave its React root reachable: 0.1–0.2 MB each, 6–13 MB over 60.
    expect((after - warm) / 2 ** 20).toBeLessThan(3);
  });
});
