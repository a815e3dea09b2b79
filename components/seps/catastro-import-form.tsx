"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { initialFormState, type FormActionFn, type FormState } from "@/lib/forms/state";
import type { CatastroPreviewData } from "@/lib/seps/catastro-import";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Preview = NonNullable<CatastroPreviewData["preview"]>;

const FIELD: Record<string, string> = {
  razonSocial: "Razón social",
  sector: "Sector",
  segmentoNivel: "Segmento / nivel",
  email: "Correo",
  legalRepCedula: "Cédula del representante",
  legalRepName: "Representante legal",
  legalRepEmail: "Correo del representante",
};
const SHOWN = 200;

function ApplyForm({ action: serverAction, preview }: { action: Action; preview: Preview }) {
  const [state, dispatch] = useActionState(serverAction, initialFormState);
  const { diff } = preview;
  const nothing = diff.created.length === 0 && diff.changed.length === 0 && (!preview.fullImport || diff.absent.length === 0);
  return (
    <section className="panel" aria-labelledby="vista-previa">
      <h3 id="vista-previa">Vista previa de la importación</h3>
      <ul>
        <li>{diff.created.length} organización(es) nueva(s)</li>
        <li>{diff.changed.length} con cambios</li>
        <li>{diff.unchanged} sin cambios</li>
        <li>
          {diff.absent.length} activa(s) que no constan en el archivo
          {preview.fullImport ? ": se marcarán como inactivas" : ": se mantienen (la importación no es completa)"}
        </li>
      </ul>
      {diff.created.length > 0 && (
        <OrganizationTable caption={`Nuevas (${diff.created.length})`} rows={diff.created} />
      )}
      {diff.changed.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>Con cambios ({diff.changed.length})</caption>
            <thead>
              <tr>
                <th scope="col">RUC</th>
                <th scope="col">Razón social</th>
                <th scope="col">Cambios</th>
              </tr>
            </thead>
            <tbody>
              {diff.changed.slice(0, SHOWN).map((row) => (
                <tr key={row.ruc}>
                  <td>{row.ruc}</td>
                  <td>{row.razonSocial}</td>
                  <td>
                    <ul>
                      {row.reactivated && <li>Vuelve a estar activa</li>}
                      {row.changes.map((c) => (
                        <li key={c.field}>
                          {FIELD[c.field] ?? c.field}: «{c.from}» → «{c.to}»
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.fullImport && diff.absent.length > 0 && (
        <OrganizationTable caption={`Se marcarán como inactivas (${diff.absent.length})`} rows={diff.absent} />
      )}
      <form action={dispatch}>
        <ErrorSummary state={state} labels={{}} />
        {state.status === "ok" ? (
          <p className="notice notice--success" role="status">
            {state.message}
          </p>
        ) : nothing ? (
          <p>El archivo no cambia nada del catastro.</p>
        ) : (
          <>
            <input type="hidden" name="importId" value={preview.importId} />
            <SubmitButton pendingLabel="Aplicando…">Aplicar los cambios</SubmitButton>
          </>
        )}
      </form>
    </section>
  );
}

/** CSV upload: every row validated and compared with the catastro; the changes apply only after confirming. */
export function CatastroImportForm({ preview: previewAction, apply }: { preview: FormActionFn<CatastroPreviewData>; apply: Action }) {
  const [state, dispatch] = useActionState(previewAction, initialFormState);
  const rejected = state.data?.rejected ?? [];
  const preview = state.status === "ok" ? state.data?.preview : undefined;
  const error = state.status === "error" ? state.fieldErrors?.archivo?.[0] : undefined;
  return (
    <>
      <form action={dispatch} className="panel" noValidate>
        <ErrorSummary state={state} labels={{ archivo: "Archivo CSV" }} />
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
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" name="completo" value="si" defaultChecked={state.values?.completo === "si"} /> Importación completa: las
            organizaciones activas que no consten en el archivo pasan a inactivas
          </label>
        </div>
        <SubmitButton pendingLabel="Validando…">Revisar el archivo</SubmitButton>
        {rejected.length > 0 && (
          <div className="table-wrap">
            <table>
              <caption>Filas con errores ({rejected.length}): no se aplicará ningún cambio</caption>
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
      {preview && <ApplyForm key={preview.importId} action={apply} preview={preview} />}
    </>
  );
}

/** RUC and razón social of the first rows of one group of the preview. */
function OrganizationTable({ caption, rows }: { caption: string; rows: { ruc: string; razonSocial: string }[] }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">RUC</th>
            <th scope="col">Razón social</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((row) => (
            <tr key={row.ruc}>
              <td>{row.ruc}</td>
              <td>{row.razonSocial}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
