"use client";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="es-EC">
      <body>
        <main style={{ maxWidth: "40rem", margin: "2rem auto", padding: "0 1rem", fontFamily: "system-ui, sans-serif" }}>
          <h1>El servicio no está disponible, intente más tarde</h1>
          <p>No pudimos completar su solicitud en este momento.</p>
          <button type="button" onClick={() => reset()}>
            Intentar nuevamente
          </button>
        </main>
      </body>
    </html>
  );
}
