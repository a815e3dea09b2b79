import Link from "next/link";
import { SummaryList, type SummaryRow } from "@/components/summary-list";
import { normalizeVerificationCode } from "@/lib/seps/documents";

/**
 * The typed `?codigo=` of a verification start page: the normalized code to redirect to, or
 * whether what was typed is not a code. A repeated parameter arrives as an array: not a code.
 */
export function typedVerificationCode(codigo: string | string[] | undefined): { code: string | null; typed?: string; invalid: boolean } {
  if (codigo === undefined) return { code: null, invalid: false };
  if (typeof codigo !== "string") return { code: null, invalid: true };
  const code = normalizeVerificationCode(codigo);
  return { code, typed: codigo, invalid: !code };
}

/** The verification pages' plain GET form (no JavaScript needed); the page redirects to its /CODE. */
export function VerificationCodeForm({ typed, invalid }: { typed?: string; invalid: boolean }) {
  return (
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
          defaultValue={typed}
        />
      </div>
      <button type="submit" className="button">
        Verificar
      </button>
    </form>
  );
}

export type VerifiedDocument = {
  /** What the code proves was issued, as the sentence says it ("un documento emitido"). */
  issued: string;
  facts: SummaryRow[];
  /** A later document of the same request replaced this one. */
  replaced?: boolean;
};

/** A verification code's answer: authentic (with facts, no personal data) or not issued here. */
export function VerificationResult({
  code,
  found,
  missing,
  againHref,
}: {
  code: string;
  found: VerifiedDocument | null;
  /** What was looked for, in the not-found sentence ("un documento"). */
  missing: string;
  againHref: string;
}) {
  return (
    <>
      <h1>Verificación de documento</h1>
      {found ? (
        <div className="notice notice--success">
          <p>
            <strong>Documento auténtico.</strong> El código {code.toUpperCase()} corresponde a {found.issued} por este servicio.
          </p>
          <SummaryList rows={found.facts} />
          {found.replaced && <p>Este documento fue reemplazado por uno más reciente: la solicitud se corrigió después de emitirlo.</p>}
        </div>
      ) : (
        <div className="notice notice--error">
          <p>
            <strong>No encontramos {missing} con ese código.</strong> Revise que lo escribió tal como aparece al pie de la página. Un
            documento cuyo código no aparece aquí no fue emitido por este servicio.
          </p>
        </div>
      )}
      <p>
        <Link href={againHref}>Verificar otro código</Link>
      </p>
    </>
  );
}
