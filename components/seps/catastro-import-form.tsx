"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { initialFormState, type FormActionFn } from "@/lib/forms/state";
import type { CatastroImportData } from "@/lib/seps/catastro";

/** CSV upload with the report of every rejected row and why. */
export function CatastroImportForm({ action }: { action: FormActionFn<CatastroImportData> }) {
  const [state, dispatch] = useActionState(action, initialFormState);
  const rejected = state.data?.rejected ?? [];
  const error = state.status === "error" ? state.fieldErrors?.archivo?.[0] : undefined;
  return (
    <form action={dispatch} className="panel" noValidate>
      <ErrorSummary state={state} labels={{ archivo: "Archivo CSV" }} />
      {state.status === "ok" && (
        <p className="notice notice--success" role="status">
          {state.message}
        </p>
      )}
      <div className={`field${error ? " field--error" : ""}`}>
        <label htmlFor="archivo">Archivo CSV (UTF-8)</label>
        <span className="hint" id="archivo-hint">
          Encabezado: ruc,razon_social,sector,segmento_nivel,correo,cedula_representante,nombres_representante,correo_representante.
          Sector «financiera» o «no_financiera». Un RUC existente se actualiza.
        </span>
        <span className="field-error" id="archivo-error" aria-live="polite">
          {error ? <>Error: {error}</> : null}
        </span>
        <input id="archivo" name="archivo" type="file" accept=".csv,text/csv" aria-describedby="archivo-hint archivo-error" />
      </div>
      <SubmitButton pendingLabel="Validando e importando…">Importar catastro</SubmitButton>
      {rejected.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>Filas rechazadas ({rejected.length}): no se importó ninguna fila</caption>
            <thead>
              <tr>
                <th scope="col">Línea</th>
                <th scope="col">RUC</th>
                <th scope="col">Motivos</th>
              </tr>
            </thead>
            <tbody>
              {rejected.slice(0, 500).map((row) => (
                <tr key={row.line}>
                  <td>{row.line}</td>
                  <td>{row.ruc || "—"}</td>
                  <td>
                    <ul>
                      {row.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </form>
  );
}
