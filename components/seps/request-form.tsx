"use client";

import { useActionState, useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Field, describedBy } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/state";
import { REQUEST_LABELS } from "@/lib/seps/labels";
import { Captcha } from "./captcha";
import type { OrganizationView, RequestReview, RoleOption } from "./request-types";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

type Row = { code: string; access: boolean; deactivation: boolean; cedula: string };

const TEXT_FIELDS = ["cedula", "nombres", "correo", "cargo", "resolucion", "ruc", "tramiteCedula", "tramiteNombres"] as const;

/** The "Formulario Solicitud Claves", in the document's order, then "Revise su solicitud" and "Guardar". */
export function RequestForm({
  sector,
  roles,
  lookupAction,
  reviewAction,
  saveAction,
  privacyNotice,
}: {
  sector: "financiera" | "no_financiera";
  roles: RoleOption[];
  lookupAction: Action;
  reviewAction: Action;
  saveAction: Action;
  privacyNotice: ReactNode;
}) {
  const [reviewState, reviewDispatch] = useActionState(reviewAction, initialFormState);
  const [saveState, saveDispatch] = useActionState(saveAction, initialFormState);
  const [shown, setShown] = useState<FormState>(initialFormState);
  const [step, setStep] = useState<"form" | "review">("form");
  const [review, setReview] = useState<RequestReview | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [selected, setSelected] = useState("");
  const [values, setValues] = useState<Record<string, string>>({ tipo: "natural", empleado: "" });
  const [org, setOrg] = useState<OrganizationView | null>(null);
  const [rucError, setRucError] = useState<string>();
  const [lookingUp, startLookup] = useTransition();
  const [captchaKey, setCaptchaKey] = useState(0);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const reviewHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (reviewState === initialFormState) return;
    setShown(reviewState);
    if (reviewState.status === "ok") {
      setReview(reviewState.data?.review as RequestReview);
      setStep("review");
    }
    if (reviewState.fieldErrors?.captcha) setCaptchaKey((k) => k + 1);
  }, [reviewState]);

  useEffect(() => {
    if (saveState === initialFormState) return;
    setShown(saveState);
    // A refused save used the captcha (single use): solve a new one.
    setCaptchaKey((k) => k + 1);
    const fields = Object.keys(saveState.fieldErrors ?? {}).filter((f) => f !== "avisoPrivacidad");
    if (fields.length) setStep("form");
  }, [saveState]);

  useEffect(() => {
    if (step === "review" && shown.status === "ok") reviewHeading.current?.focus();
  }, [step, shown]);

  useEffect(() => {
    if (step === "form" && focusTarget) {
      document.getElementById(focusTarget)?.focus();
      setFocusTarget(null);
    }
  }, [step, focusTarget]);

  const error = (field: string) => shown.status === "error" ? shown.fieldErrors?.[field]?.[0] : undefined;
  const roleByCode = new Map(roles.map((r) => [r.code, r]));
  const available = roles.filter((r) => !rows.some((row) => row.code === r.code));
  const needsResolution = rows.some((row) => row.access && roleByCode.get(row.code)?.requiresResolution);
  const occupancyOf = (code: string) => org?.occupancy.find((o) => o.code === code);

  const set = (name: string) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value }));
  const text = (name: (typeof TEXT_FIELDS)[number], withHint = false) => ({
    id: name,
    name,
    value: values[name] ?? "",
    onChange: set(name),
    "aria-invalid": error(name) ? true : undefined,
    "aria-describedby": describedBy(name, withHint),
  });

  function addRole() {
    const code = selected || available[0]?.code;
    if (!code || rows.some((r) => r.code === code)) return;
    setRows((r) => [...r, { code, access: true, deactivation: false, cedula: "" }]);
    setSelected("");
    // The last role disables the select and this button: the focus goes to the new row instead of the page.
    if (available.length === 1) setFocusTarget(`acceso_${code}`);
  }

  function removeRole(code: string) {
    setRows((all) => all.filter((r) => r.code !== code));
    // Its row (and the focused button) is gone: back to where roles are chosen.
    setFocusTarget("roles");
  }

  function updateRow(code: string, patch: Partial<Row>) {
    setRows((all) => all.map((r) => (r.code === code ? { ...r, ...patch } : r)));
  }

  function lookup() {
    if (lookingUp) return;
    const form = new FormData();
    form.set("sector", sector);
    form.set("ruc", values.ruc ?? "");
    startLookup(async () => {
      const result = await lookupAction(initialFormState, form);
      if (result.status === "ok") {
        setOrg(result.data?.organization as OrganizationView);
        setRucError(undefined);
      } else {
        setOrg(null);
        setRucError(result.fieldErrors?.ruc?.[0] ?? result.message);
      }
    });
  }

  function change(field: string) {
    setStep("form");
    setFocusTarget(field);
  }

  const deactivationRows = rows.filter((row) => row.deactivation || (row.access && occupancyOf(row.code)?.full));

  return (
    <form action={reviewDispatch} noValidate className="panel request-form">
      <ErrorSummary state={shown} labels={REQUEST_LABELS} />
      <input type="hidden" name="sector" value={sector} />

      <div hidden={step !== "form"}>
        <fieldset>
          <legend>Sistemas Disponibles</legend>
          <div className="field">
            <label htmlFor="roles">Sistema / rol</label>
            <span className="field-error" id="roles-error" aria-live="polite">
              {error("roles") ? <>Error: {error("roles")}</> : null}
            </span>
            <div className="inline-group">
              <select id="roles" value={selected} onChange={(e) => setSelected(e.target.value)} aria-describedby="roles-error" disabled={!available.length}>
                {available.length ? null : <option value="">Todos los roles están agregados</option>}
                {available.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
              </select>
              <button type="button" className="button button--secondary" onClick={addRole} disabled={!available.length}>
                + Agregar Rol de Usuario
              </button>
            </div>
          </div>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Roles agregados</caption>
              <thead>
                <tr>
                  <th scope="col">Sistema / rol</th>
                  <th scope="col">¿Solicita acceso?</th>
                  <th scope="col">¿Solicita desactivación?</th>
                  <th scope="col">
                    <span className="visually-hidden">Acciones</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.length === 0 && (
                  <tr>
                    <td colSpan={4}>No hay roles agregados</td>
                  </tr>
                )}
                {rows.map((row) => {
                  const role = roleByCode.get(row.code)!;
                  const rowError = error(`acceso_${row.code}`);
                  return (
                    <tr key={row.code}>
                      <td>
                        <input type="hidden" name="rol" value={row.code} />
                        <strong>{role.name}</strong>
                        <br />
                        <span className="hint">
                          {role.description} Usuarios por entidad: {role.maxPerOrganization}.
                        </span>
                        {rowError && (
                          <span className="field-error" id={`acceso_${row.code}-error`}>
                            Error: {rowError}
                          </span>
                        )}
                      </td>
                      <td>
                        <input
                          type="checkbox"
                          className="table-checkbox"
                          id={`acceso_${row.code}`}
                          name={`acceso_${row.code}`}
                          checked={row.access}
                          onChange={(e) => updateRow(row.code, { access: e.target.checked })}
                          aria-label={`¿Solicita acceso? ${role.name}`}
                          aria-describedby={rowError ? `acceso_${row.code}-error` : undefined}
                        />
                      </td>
                      <td>
                        <input
                          type="checkbox"
                          className="table-checkbox"
                          id={`desactivacion_${row.code}`}
                          name={`desactivacion_${row.code}`}
                          checked={row.deactivation}
                          onChange={(e) => updateRow(row.code, { deactivation: e.target.checked })}
                          aria-label={`¿Solicita desactivación? ${role.name}`}
                        />
                      </td>
                      <td>
                        <button type="button" className="button button--link" onClick={() => removeRole(row.code)}>
                          Quitar<span className="visually-hidden"> {role.name}</span>
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </fieldset>

        <fieldset>
          <legend>Usuario a desactivar</legend>
          <p className="hint">
            Cada rol admite un número de usuarios por organización. Si el rol ya está completo, indique el usuario que se
            desactivará; también puede pedir solo la desactivación de un usuario.
          </p>
          {!org && rows.length > 0 && (
            <p className="hint">Cuando ingrese el RUC en «Datos de la Organización» le indicaremos si algún rol ya está ocupado.</p>
          )}
          {deactivationRows.length === 0 && <p>No hay usuarios a desactivar.</p>}
          {deactivationRows.map((row) => {
            const role = roleByCode.get(row.code)!;
            const occupancy = occupancyOf(row.code);
            const name = `desactivar_${row.code}`;
            return (
              <div key={row.code} className="deactivation">
                <h3 className="deactivation__title">{role.name}</h3>
                {occupancy?.full && (
                  <p className="notice notice--warning">
                    Este rol ya tiene {occupancy.holders.length} de {occupancy.max} usuario{occupancy.max === 1 ? "" : "s"} permitido
                    {occupancy.max === 1 ? "" : "s"} en la organización: {occupancy.holders.join(", ")}.
                    {row.deactivation ? null : (
                      <> Para solicitar el acceso, marque «¿Solicita desactivación?» en el rol e indique el usuario a desactivar.</>
                    )}
                  </p>
                )}
                {row.deactivation ? (
                  <Field name={name} label="Cédula del usuario a desactivar" required error={error(name)} hint={occupancy?.holders.length ? `Usuario actual: ${occupancy.holders.join(", ")}` : undefined}>
                    <input
                      id={name}
                      name={name}
                      inputMode="numeric"
                      autoComplete="off"
                      maxLength={13}
                      value={row.cedula}
                      onChange={(e) => updateRow(row.code, { cedula: e.target.value })}
                      aria-invalid={error(name) ? true : undefined}
                      aria-describedby={describedBy(name, Boolean(occupancy?.holders.length))}
                    />
                  </Field>
                ) : (
                  error(name) && (
                    <p className="field-error" id={name} tabIndex={-1}>
                      Error: {error(name)}
                    </p>
                  )
                )}
              </div>
            );
          })}
        </fieldset>

        <fieldset>
          <legend>Datos Personales del Usuario</legend>
          <div className="grid-2">
            <Field name="tipo" label="Tipo" required error={error("tipo")}>
              <select id="tipo" name="tipo" value={values.tipo} onChange={set("tipo")} aria-describedby={describedBy("tipo", false)}>
                <option value="natural">Natural</option>
              </select>
            </Field>
            <Field name="cedula" label="Cédula de Ciudadanía / Identidad" required error={error("cedula")}>
              <input {...text("cedula")} inputMode="numeric" autoComplete="off" maxLength={13} required aria-required />
            </Field>
            <Field name="nombres" label="Nombres Completos" required error={error("nombres")} hint="Nombres y apellidos.">
              <input {...text("nombres", true)} autoComplete="name" maxLength={120} required aria-required />
            </Field>
            <Field name="correo" label="Correo electrónico" required error={error("correo")}>
              <input {...text("correo")} type="email" autoComplete="email" maxLength={254} spellCheck={false} required aria-required />
            </Field>
          </div>
          <fieldset className="field" id="empleado" tabIndex={-1} aria-describedby={describedBy("empleado", false)}>
            <legend className="field__label">
              <span className="required" aria-hidden="true">
                *
              </span>
              ¿Es empleado de la organización?<span className="visually-hidden"> (obligatorio)</span>
            </legend>
            <span className="field-error" id="empleado-error" aria-live="polite">
              {error("empleado") ? <>Error: {error("empleado")}</> : null}
            </span>
            <div className="inline-group">
              {[
                ["si", "Sí"],
                ["no", "No"],
              ].map(([value, label]) => (
                <label key={value} className="radio">
                  <input type="radio" name="empleado" value={value} checked={values.empleado === value} onChange={set("empleado")} />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="grid-2">
            <Field name="cargo" label="Función o cargo que desempeña" required error={error("cargo")}>
              <input {...text("cargo")} maxLength={120} required aria-required />
            </Field>
            {needsResolution && (
              <Field name="resolucion" label="Número de Resolución Calificación" required error={error("resolucion")} hint="Solo para auditores internos, externos.">
                <input {...text("resolucion", true)} maxLength={60} required aria-required />
              </Field>
            )}
          </div>
        </fieldset>

        <fieldset>
          <legend>Datos de la Organización</legend>
          <Field name="ruc" label="RUC" required error={error("ruc") ?? rucError} hint="13 dígitos. Se busca en el catastro de organizaciones de la SEPS.">
            <div className="inline-group">
              <input
                {...text("ruc", true)}
                aria-invalid={error("ruc") || rucError ? true : undefined}
                onChange={(e) => {
                  set("ruc")(e);
                  if (org && e.target.value.replace(/\D/g, "") !== org.ruc) setOrg(null);
                }}
                onBlur={() => (values.ruc ?? "").replace(/\D/g, "").length === 13 && !org && lookup()}
                inputMode="numeric"
                autoComplete="off"
                maxLength={17}
                required
                aria-required
              />
              {/* aria-disabled, not disabled: leaving the RUC field starts a lookup, and a disabled button would drop the focus Tab just gave it. */}
              <button type="button" className="button button--secondary" onClick={lookup} aria-disabled={lookingUp}>
                {lookingUp ? "Buscando…" : "Buscar RUC"}
              </button>
            </div>
          </Field>
          <p role="status" className="visually-hidden">
            {org ? `Organización encontrada: ${org.razonSocial}` : ""}
          </p>
          <div className="grid-2">
            {(
              [
                ["Razón Social", org?.razonSocial],
                ["Correo de la organización", org?.email],
                ["Segmento / Nivel", org?.segmentoNivel],
                ["Cédula Rep. Legal", org?.legalRepCedula],
                ["Nombres Completos de Rep. Legal", org?.legalRepName],
                ["Correo del representante", org?.legalRepEmail],
              ] as const
            ).map(([label, value], i) => (
              <div className="field" key={label}>
                <label htmlFor={`org-${i}`}>{label}</label>
                <input id={`org-${i}`} readOnly value={value ?? ""} placeholder={org ? "" : "Se completa con el RUC"} />
              </div>
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend>Datos de la persona que va a realizar el trámite</legend>
          <p className="hint">Opcional: solo si autoriza a un tercero para realizar el trámite.</p>
          <div className="grid-2">
            <Field name="tramiteCedula" label="Cédula de Ciudadanía / Identidad" error={error("tramiteCedula")}>
              <input {...text("tramiteCedula")} inputMode="numeric" autoComplete="off" maxLength={13} />
            </Field>
            <Field name="tramiteNombres" label="Nombres Completos" error={error("tramiteNombres")}>
              <input {...text("tramiteNombres")} maxLength={120} />
            </Field>
          </div>
        </fieldset>

        <Captcha resetKey={captchaKey} error={error("captcha")} />

        <div className="actions">
          <SubmitButton pendingLabel="Verificando…">Continuar</SubmitButton>
        </div>
      </div>

      {step === "review" && review && (
        <div className="review">
          <h2 ref={reviewHeading} tabIndex={-1}>
            Revise su solicitud
          </h2>
          <p>Compruebe los datos antes de guardar. Con «Cambiar» vuelve al campo para corregirlo.</p>
          <ReviewSection title="Sistemas Disponibles">
            {review.roles.map((r) => (
              <ReviewRow key={r.code} label={r.name} target={`acceso_${r.code}`} onChange={change}>
                ¿Solicita acceso? {r.requestAccess ? "Sí" : "No"}. ¿Solicita desactivación? {r.requestDeactivation ? "Sí" : "No"}.
                {r.deactivate ? ` Usuario a desactivar: ${r.deactivate}.` : ""}
              </ReviewRow>
            ))}
          </ReviewSection>
          <ReviewSection title="Datos Personales del Usuario">
            <ReviewRow label="Tipo" target="tipo" onChange={change}>Natural</ReviewRow>
            <ReviewRow label="Cédula de Ciudadanía / Identidad" target="cedula" onChange={change}>{review.user.cedula}</ReviewRow>
            <ReviewRow label="Nombres Completos" target="nombres" onChange={change}>{review.user.name}</ReviewRow>
            <ReviewRow label="Correo electrónico" target="correo" onChange={change}>{review.user.email}</ReviewRow>
            <ReviewRow label="¿Es empleado de la organización?" target="empleado" onChange={change}>{review.user.isEmployee ? "Sí" : "No"}</ReviewRow>
            <ReviewRow label="Función o cargo que desempeña" target="cargo" onChange={change}>{review.user.position}</ReviewRow>
            {review.user.resolutionNumber && (
              <ReviewRow label="Número de Resolución Calificación" target="resolucion" onChange={change}>{review.user.resolutionNumber}</ReviewRow>
            )}
          </ReviewSection>
          <ReviewSection title="Datos de la Organización">
            <ReviewRow label="RUC" target="ruc" onChange={change}>{review.organization.ruc}</ReviewRow>
            <ReviewRow label="Razón Social">{review.organization.razonSocial}</ReviewRow>
            <ReviewRow label="Correo de la organización">{review.organization.email}</ReviewRow>
            <ReviewRow label="Segmento / Nivel">{review.organization.segmentoNivel}</ReviewRow>
            <ReviewRow label="Cédula Rep. Legal">{review.organization.legalRepCedula}</ReviewRow>
            <ReviewRow label="Nombres Completos de Rep. Legal">{review.organization.legalRepName}</ReviewRow>
            <ReviewRow label="Correo del representante">{review.organization.legalRepEmail}</ReviewRow>
          </ReviewSection>
          <ReviewSection title="Datos de la persona que va a realizar el trámite">
            <ReviewRow label="Cédula de Ciudadanía / Identidad" target="tramiteCedula" onChange={change}>{review.proxy?.cedula ?? "No se autoriza a un tercero"}</ReviewRow>
            {review.proxy && <ReviewRow label="Nombres Completos" target="tramiteNombres" onChange={change}>{review.proxy.name}</ReviewRow>}
          </ReviewSection>

          <details className="privacy">
            <summary>Información sobre el tratamiento de sus datos personales (LOPDP)</summary>
            {privacyNotice}
          </details>
          <div className={`field${error("avisoPrivacidad") ? " field--error" : ""}`}>
            <span className="field-error" id="avisoPrivacidad-error" aria-live="polite">
              {error("avisoPrivacidad") ? <>Error: {error("avisoPrivacidad")}</> : null}
            </span>
            <label className="checkbox" htmlFor="avisoPrivacidad">
              <input type="checkbox" id="avisoPrivacidad" name="avisoPrivacidad" required aria-required aria-describedby="avisoPrivacidad-error" />
              <span>
                <span className="required" aria-hidden="true">
                  *
                </span>
                He leído la información sobre el tratamiento de los datos personales. El usuario de la clave firmará el
                consentimiento informado que se genera con la solicitud.
              </span>
            </label>
          </div>
          <p>
            Al guardar se generan tres documentos en PDF: la solicitud, que firma el representante legal, y el «Acuerdo de
            Confidencialidad» y el «Consentimiento informado de tratamiento de datos personales», que firma el usuario de la clave.
          </p>
          <div className="actions">
            <SubmitButton formAction={saveDispatch} pendingLabel="Guardando y generando los documentos…">
              Guardar
            </SubmitButton>
            <button type="button" className="button button--secondary" onClick={() => change("roles")}>
              Volver al formulario
            </button>
          </div>
        </div>
      )}
    </form>
  );
}

function ReviewSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="review__section">
      <h3>{title}</h3>
      <dl className="summary summary--review">{children}</dl>
    </section>
  );
}

function ReviewRow({ label, children, target, onChange }: { label: string; children: ReactNode; target?: string; onChange?: (field: string) => void }) {
  return (
    <div className="summary__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
      <dd className="summary__change">
        {target && onChange ? (
          <a
            href={`#${target}`}
            onClick={(event) => {
              event.preventDefault();
              onChange(target);
            }}
          >
            Cambiar<span className="visually-hidden"> {label}</span>
          </a>
        ) : null}
      </dd>
    </div>
  );
}
