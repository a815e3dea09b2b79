"use client";

import { useState } from "react";
import { Document, Page, pdfjs } from "react-pdf";

// Served from our origin (public/pdf.worker.min.mjs): the CSP allows workers from 'self' only.
pdfjs.GlobalWorkerOptions.workerSrc = "/pdf.worker.min.mjs";

// No eval under our CSP (no 'unsafe-eval'); same-origin requests only.
const OPTIONS = { isEvalSupported: false, withCredentials: false };

/** Page-by-page preview of a PDF (canvas only; the download holds the text). */
export default function PdfPreview({ url, title }: { url: string; title: string }) {
  const [pages, setPages] = useState(0);
  const [page, setPage] = useState(1);
  const [width, setWidth] = useState(0);
  return (
    <figure
      className="pdf-preview"
      ref={(node) => {
        if (node && !width) setWidth(Math.min(800, node.clientWidth - 16));
      }}
    >
      <figcaption>
        Vista previa de «{title}»{pages ? `, página ${page} de ${pages}` : ""}. Para leer el texto completo, descargue el PDF.
      </figcaption>
      <Document
        file={url}
        options={OPTIONS}
        onLoadSuccess={({ numPages }) => setPages(numPages)}
        loading={<p role="status">Cargando la vista previa…</p>}
        error={<p role="alert">No se pudo mostrar la vista previa. Descargue el PDF para verlo.</p>}
      >
        {width > 0 && <Page pageNumber={page} width={width} renderTextLayer={false} renderAnnotationLayer={false} />}
      </Document>
      {pages > 1 && (
        <div className="actions">
          <button type="button" className="button button--secondary" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
            Página anterior
          </button>
          <button type="button" className="button button--secondary" disabled={page >= pages} onClick={() => setPage((p) => p + 1)}>
            Página siguiente
          </button>
        </div>
      )}
    </figure>
  );
}
