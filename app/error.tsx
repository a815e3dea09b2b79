"use client";

import Link from "next/link";

// Any failure while rendering a page (for instance the database being down): a plain Spanish
// message, never a stack trace.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>El servicio no está disponible, intente más tarde</h1>
      <p>No pudimos completar su solicitud en este momento. Sus datos registrados no se han perdido.</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => reset()}>
          Intentar nuevamente
        </button>
        <Link href="/">Ir al inicio</Link>
      </div>
    </>
  );
}
