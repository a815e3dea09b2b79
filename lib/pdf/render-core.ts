// Rendering itself, shared by the in-process path and the worker thread. No `server-only` here:
// the worker's bundle runs outside React's server environment, where that import throws. Only
// server modules import it (render.ts and render-worker.ts).
import path from "node:path";
import { Font, renderToBuffer } from "@react-pdf/renderer";
import { createElement, type ReactElement } from "react";
import { AcuerdoConfidencialidadDocument } from "./documents/acuerdo-confidencialidad";
import { ConsentimientoDatosDocument } from "./documents/consentimiento-datos";
import { FONT } from "./documents/frame";
import { MisDatosDocument } from "./documents/mis-datos";
import { SolicitudDocument } from "./documents/solicitud";
import { SolicitudUsoDocument } from "./documents/solicitud-uso";
import type { SepsPdfData, SepsPdfStamp, SolicitudUsoPdfData, SolicitudUsoPdfStamp } from "./documents/types";

export type SepsDocumentKind = "solicitud" | "acuerdo_confidencialidad" | "consentimiento_datos";

const DOCUMENTS: Record<SepsDocumentKind, (props: { data: SepsPdfData; stamp: SepsPdfStamp }) => ReactElement> = {
  solicitud: SolicitudDocument,
  acuerdo_confidencialidad: AcuerdoConfidencialidadDocument,
  consentimiento_datos: ConsentimientoDatosDocument,
};

const state = globalThis as typeof globalThis & { __ventanillaPdfFonts?: boolean };

/** DejaVu Sans from local TTF files (Spanish accents, ñ, «»), registered once per thread. */
export function registerPdfFonts() {
  if (state.__ventanillaPdfFonts) return;
  const dir = path.join(process.cwd(), "lib", "pdf", "fonts");
  Font.register({
    family: FONT,
    fonts: [
      { src: path.join(dir, "DejaVuSans.ttf"), fontWeight: 400 },
      { src: path.join(dir, "DejaVuSans-Bold.ttf"), fontWeight: 700 },
    ],
  });
  // Words are never split with hyphens (names, RUCs, codes must stay whole).
  Font.registerHyphenationCallback((word) => [word]);
  state.__ventanillaPdfFonts = true;
}

export async function renderDocumentBytes(kind: SepsDocumentKind, data: SepsPdfData, stamp: SepsPdfStamp): Promise<Buffer> {
  registerPdfFonts();
  const element = createElement(DOCUMENTS[kind], { data, stamp });
  // The components return <Document>; renderToBuffer's type wants that element type.
  const bytes = await renderToBuffer(element as Parameters<typeof renderToBuffer>[0]);
  // Each render creates a React root that the reconciler links into its list of scheduled roots,
  // pruned only by a task the `scheduler` package queues with setImmediate. A render is all
  // microtasks, so back-to-back renders never let that task run and every root, with its fiber
  // tree and document, stayed reachable (~0.1 MB per render: the growth of react-pdf#2848).
  await new Promise<void>((resolve) => setImmediate(resolve));
  return bytes;
}

/** "Mis datos" (a person's own data, LOPDP right of access) as a PDF. */
export async function renderPersonalDataBytes(report: Parameters<typeof MisDatosDocument>[0]["report"]): Promise<Buffer> {
  registerPdfFonts();
  const bytes = await renderToBuffer(createElement(MisDatosDocument, { report }) as Parameters<typeof renderToBuffer>[0]);
  await new Promise<void>((resolve) => setImmediate(resolve));
  return bytes;
}

/** The Ecuapass "Solicitud de uso" of a request SENAE approves (issue 19). */
export async function renderSolicitudUsoBytes(data: SolicitudUsoPdfData, stamp: SolicitudUsoPdfStamp): Promise<Buffer> {
  registerPdfFonts();
  const bytes = await renderToBuffer(createElement(SolicitudUsoDocument, { data, stamp }) as Parameters<typeof renderToBuffer>[0]);
  await new Promise<void>((resolve) => setImmediate(resolve));
  return bytes;
}
