"use client";

import dynamic from "next/dynamic";
import { useState } from "react";

// react-pdf and pdf.js load only when someone asks for a preview (never on the server).
const PdfPreview = dynamic(() => import("./pdf-preview"), {
  ssr: false,
  loading: () => <p role="status">Cargando la vista previa…</p>,
});

/** A "Vista previa" button that shows the PDF of `url` inline (reused on the admin request page). */
export function PdfPreviewToggle({ url, title, label = "Vista previa" }: { url: string; title: string; label?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="pdf-preview-toggle">
      <button type="button" className="button button--secondary" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? "Ocultar vista previa" : label}
        <span className="visually-hidden"> de {title}</span>
      </button>
      {open && <PdfPreview url={url} title={title} />}
    </div>
  );
}
