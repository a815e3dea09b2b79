import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { DEMO_REVIEWER } from "@/lib/auth/demo-staff";
import { db } from "@/lib/db";
import { sepsDocuments, sepsRequests, staffUsers } from "@/lib/db/schema";
import { hashToken } from "@/lib/security/tokens";
import { approveRequest } from "./approval";
import { DEMO_FULL_ROLE } from "./demo-catastro";
import { createSepsRequest, remitSepsRequest, requestLink, uploadSignedDocument } from "./requests";
import { rejectRequest, requestCorrection, type StaffActor } from "./review";
import { sepsRequestSchema } from "./schema";
import type { RequestStatus } from "./status";

// Development only: a few SEPS requests in each state, made through the same domain functions as
// the site (PDFs, signed copies, remission, the reviewer's decision, the emails in the outbox), so
// the reviewer's queue and the applicant's page can be tried right after `npm run dev`.

type DemoRequest = {
  key: string;
  status: RequestStatus;
  /** What the dev page says to try with it. */
  note: string;
  form: Record<string, string | string[]>;
  reason?: string;
};

export const DEMO_REQUESTS: readonly DemoRequest[] = [
  {
    key: "pendiente",
    status: "pendiente_documentos",
    note: "Abra el enlace privado: descargue los PDF, súbalos «firmados» y remita la solicitud.",
    form: {
      sector: "financiera", ruc: "1799326066001", tipo: "natural", cedula: "1712345675", nombres: "Andrea Paola Vega Torres",
      correo: "andrea.vega@coopandina.ec", empleado: "si", cargo: "Oficial de cumplimiento", resolucion: "",
      rol: "F_ACOPIO_INFORMACION", acceso_F_ACOPIO_INFORMACION: "on",
    },
  },
  {
    key: "revision",
    status: "en_revision",
    note: "En la cola del revisor: apruébela (se crea el usuario y se envía el enlace de activación).",
    form: {
      sector: "financiera", ruc: "0995838087001", tipo: "natural", cedula: "0912345675", nombres: "Diego Fernando Alvarado León",
      correo: "dalvarado@puertolindo.fin.ec", empleado: "no", cargo: "Auditor interno", resolucion: "SEPS-IGT-2025-0142",
      rol: ["F_AUDITOR_INTERNO", "F_ACOPIO_INFORMACION"], acceso_F_AUDITOR_INTERNO: "on", acceso_F_ACOPIO_INFORMACION: "on",
    },
  },
  {
    key: "desactivacion",
    status: "en_revision",
    note: "Pide el rol ya ocupado de representante legal y la desactivación de su titular actual.",
    form: {
      sector: "no_financiera", ruc: DEMO_FULL_ROLE.ruc, tipo: "natural", cedula: "0109876540", nombres: "Verónica Isabel Paredes Sánchez",
      correo: "vparedes@orenses.ec", empleado: "si", cargo: "Gerente general", resolucion: "",
      rol: DEMO_FULL_ROLE.roleCode, [`acceso_${DEMO_FULL_ROLE.roleCode}`]: "on", [`desactivacion_${DEMO_FULL_ROLE.roleCode}`]: "on",
      [`desactivar_${DEMO_FULL_ROLE.roleCode}`]: DEMO_FULL_ROLE.holder.cedula,
    },
  },
  {
    key: "correccion",
    status: "correccion_solicitada",
    note: "Devuelta al solicitante: su enlace privado permite subir otra copia y remitirla de nuevo.",
    reason: "La copia firmada del acuerdo de confidencialidad no tiene la firma del representante legal. Súbala firmada por ambas personas.",
    form: {
      sector: "no_financiera", ruc: "1395214086001", tipo: "natural", cedula: "1705544334", nombres: "Marco Antonio Intriago Vera",
      correo: "mintriago@asociacion.ec", empleado: "si", cargo: "Contador", resolucion: "",
      rol: "NF_ACOPIO_INFORMACION", acceso_NF_ACOPIO_INFORMACION: "on",
    },
  },
  {
    key: "aprobada",
    status: "aprobada",
    note: "Aprobada: el usuario recibió el enlace de activación (véalo en el correo de desarrollo).",
    form: {
      sector: "financiera", ruc: "0192479363001", tipo: "natural", cedula: "1802233443", nombres: "Paúl Esteban Cordero Mora",
      correo: "pcordero@riotomebamba.coop", empleado: "si", cargo: "Jefe de riesgos", resolucion: "",
      rol: "F_ACOPIO_INFORMACION", acceso_F_ACOPIO_INFORMACION: "on",
    },
  },
  {
    key: "rechazada",
    status: "rechazada",
    note: "Rechazada con un motivo que recibieron el usuario y el representante legal.",
    reason: "La persona indicada no consta como empleada ni como auditora externa calificada de la organización.",
    form: {
      sector: "no_financiera", ruc: "0698590084001", tipo: "natural", cedula: "1103344550", nombres: "Silvia Raquel Ordóñez Castillo",
      correo: "sordonez@chimborazoverde.ec", empleado: "no", cargo: "Asesora externa", resolucion: "",
      rol: "NF_ACOPIO_INFORMACION", acceso_NF_ACOPIO_INFORMACION: "on",
    },
  },
];

/** The applicant's private link of a demo request (fixed, so the dev page can show it). */
export function demoRequestToken(key: string): string {
  return createHash("sha256").update(`ventanilla-demo-request:${key}`).digest("base64url");
}

export type DemoRequestView = { key: string; note: string; number: string; status: RequestStatus; id: string; link: string; organization: string };

/** The demo requests present in the database, in the list's order. */
export async function listDemoRequests(): Promise<DemoRequestView[]> {
  const views: DemoRequestView[] = [];
  for (const demo of DEMO_REQUESTS) {
    const token = demoRequestToken(demo.key);
    const [row] = await db
      .select({ id: sepsRequests.id, number: sepsRequests.number, status: sepsRequests.status, organization: sepsRequests.orgRazonSocial })
      .from(sepsRequests)
      .where(eq(sepsRequests.accessTokenHash, hashToken(token)))
      .limit(1);
    if (row) views.push({ ...row, key: demo.key, note: demo.note, link: requestLink(token) });
  }
  return views;
}

/** Idempotent: creates the demo requests that are missing and takes each to its state. */
export async function seedDemoRequests(): Promise<void> {
  const [reviewer] = await db.select({ id: staffUsers.id, email: staffUsers.email }).from(staffUsers).where(eq(staffUsers.email, DEMO_REVIEWER.email));
  if (!reviewer) throw new Error("The demo reviewer must be seeded before the demo requests.");
  const staff: StaffActor = { id: reviewer.id, label: reviewer.email };
  const ip = "127.0.0.1";
  for (const demo of DEMO_REQUESTS) {
    const token = demoRequestToken(demo.key);
    const [existing] = await db.select({ id: sepsRequests.id }).from(sepsRequests).where(eq(sepsRequests.accessTokenHash, hashToken(token))).limit(1);
    if (existing) continue;
    const created = await createSepsRequest(sepsRequestSchema.parse(demo.form), { ip });
    if (!created.ok) throw new Error(`Demo request ${demo.key}: ${created.message}`);
    const { id } = created.request;
    await db.update(sepsRequests).set({ accessTokenHash: hashToken(token) }).where(eq(sepsRequests.id, id));
    if (demo.status === "pendiente_documentos") continue;

    // Stand-ins for hand-signed, scanned copies: the generated PDF plus a trailing newline (the
    // generated file itself is refused). The reviewer sees «Sin firma electrónica».
    const generated = await db
      .select({ kind: sepsDocuments.kind, content: sepsDocuments.content })
      .from(sepsDocuments)
      .where(and(eq(sepsDocuments.requestId, id), eq(sepsDocuments.origin, "generado"), isNull(sepsDocuments.supersededAt)));
    for (const document of generated) {
      const uploaded = await uploadSignedDocument({ token, kind: document.kind, bytes: new Uint8Array(Buffer.concat([document.content, Buffer.from("\n")])), ip });
      if (!uploaded.ok) throw new Error(`Demo request ${demo.key}: ${uploaded.message}`);
    }
    const remitted = await remitSepsRequest({ token, ip });
    if (!remitted.ok) throw new Error(`Demo request ${demo.key}: ${remitted.message}`);

    const decided =
      demo.status === "aprobada"
        ? await approveRequest(id, staff)
        : demo.status === "rechazada"
          ? await rejectRequest({ requestId: id, reason: demo.reason! }, staff)
          : demo.status === "correccion_solicitada"
            ? await requestCorrection({ requestId: id, reason: demo.reason! }, staff)
            : { ok: true as const };
    if (!decided.ok) throw new Error(`Demo request ${demo.key}: ${"message" in decided ? decided.message : "not decided"}`);
  }
}
