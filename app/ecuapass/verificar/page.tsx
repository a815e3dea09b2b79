import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { normalizeVerificationCode } from "@/lib/seps/documents";

export const metadata: Metadata = { title: "Verificar una Solicitud de uso — Ecuapass" };

// A plain GET form: the code goes to /ecuapass/verificar/CODE (no JavaScript needed).
export default async function VerifyStartPage({ searchParams }: { searchParams: Promise<{ codigo?: string }> }) {
  const { codigo } = await searchParams;
  const code = typeof codigo === "string" ? normalizeVerificationCode(codigo) : null;
  if (code) redirect(`/ecuapass/verificar/${code}`);
  const invalid = typeof codigo === "string" && !code;
  return (
    <>
      <h1>Verificar una Solicitud de uso</h1>
      <p className="lead">
        Cada página de la «Solicitud de uso del portal Ecuapass» lleva un código de verificación. Escríbalo para comprobar que el
        documento fue emitido por este servicio.
      </p>
      <form method="get" className="panel panel--narrow" noValidate>
        <div className={`field${invalid ? " field--error" : ""}`}>
          <label htmlFor="codigo">Código de verificación</label>
          <span className="hint" id="codigo-hint">
            12 caracteres, por ejemplo ABCD-EFGH-JKMN.
          </span>
          <span className="field-error" id="codigo-error" aria-live="polite">
            {invalid ? "Error: El código debe tener 12 letras o números." : null}
          </span>
          <input
            id="codigo"
            name="codigo"
            autoComplete="off"
            spellCheck={false}
            maxLength={20}
            aria-describedby="codigo-hint codigo-error"
            aria-invalid={invalid || undefined}
            defaultValue={typeof codigo === "string" ? codigo : undefined}
          />
        </div>
        <button type="submit" className="button">
          Verificar
        </button>
      </form>
    </>
  );
}
