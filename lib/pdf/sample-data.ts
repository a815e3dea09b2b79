// Sample SEPS document data for the PDF tests and the benchmark (never used by the app).
import { PRIVACY_NOTICE, PRIVACY_NOTICE_HASH } from "@/lib/seps/privacy-notice";
import type { SepsPdfData, SepsPdfStamp } from "./documents/types";

/** A typical request: a non-financial organization, a proxy, two roles (one with a deactivation). */
export const SAMPLE_PDF_DATA: SepsPdfData = {
  number: "SEPS-2026-000123",
  issuedAt: new Date("2026-03-02T15:04:00Z").toISOString(),
  sectorLabel: "Organizaciones No Financieras",
  user: {
    type: "Natural",
    cedula: "1710034065",
    name: "María José Pérez Andrade",
    email: "maria.perez@correo.example",
    isEmployee: true,
    position: "Contadora general",
    resolutionNumber: null,
  },
  organization: {
    ruc: "1395214086001",
    razonSocial: "Asociación de Producción Pesquera Manta Unida",
    email: "pesqueramanta@asociacion.ec",
    segmentoNivel: "Nivel 1",
    legalRepCedula: "0928644442",
    legalRepName: "Pedro José Zambrano Loor",
    legalRepEmail: "pzambrano@asociacion.ec",
  },
  proxy: { cedula: "1712345674", name: "Luis Alberto Cárdenas Peña" },
  roles: [
    { name: "Acopio de Información", description: "Acceso a: carga de estructuras de información.", requestAccess: true, requestDeactivation: false, deactivateCedula: null },
    { name: "Representante Legal Sector No Financiero", description: "Acceso a: consulta y firma de documentos.", requestAccess: true, requestDeactivation: true, deactivateCedula: "0912345675" },
  ],
  privacyNotice: PRIVACY_NOTICE,
  privacyNoticeHash: PRIVACY_NOTICE_HASH,
};

/** The stamp of the i-th copy (its verification code differs). */
export function sampleStamp(i = 0): SepsPdfStamp {
  return {
    number: SAMPLE_PDF_DATA.number,
    issuedAt: SAMPLE_PDF_DATA.issuedAt,
    verificationCode: `ABCD-EF${String(i % 100).padStart(2, "0")}`,
    verifyUrl: "https://ventanilla.example/seps/verificar/ABCDEF00",
  };
}
