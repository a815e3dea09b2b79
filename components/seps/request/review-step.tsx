import type { ReactNode, RefObject } from "react";
import { FieldError, RequiredLabel } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { ORGANIZATION_LABELS, REQUEST_LABELS, roleFieldIds } from "@/lib/seps/rules";
import type { RequestReview } from "@/lib/seps/views";

/** "Revise su solicitud": every value with «Cambiar» back to its field, the LOPDP notice and «Guardar». */
export function ReviewStep({
  review,
  headingRef,
  onChange,
  saveDispatch,
  privacyNotice,
  error,
}: {
  review: RequestReview;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChange: (field: string) => void;
  saveDispatch: (formData: FormData) => void;
  privacyNotice: ReactNode;
  error?: string;
}) {
  const L = REQUEST_LABELS;
  return (
    <div className="review">
      <h2 ref={headingRef} tabIndex={-1}>
        Revise su solicitud
      </h2>
      <p>Compruebe los datos antes de guardar. Con «Cambiar» vuelve al campo para corregirlo.</p>
      <ReviewSection title={L.roles}>
        {review.roles.map((r) => (
          <ReviewRow key={r.code} label={r.name} target={roleFieldIds(r.code).access} onChange={onChange}>
            ¿Solicita acceso? {r.requestAccess ? "Sí" : "No"}. ¿Solicita desactivación? {r.requestDeactivation ? "Sí" : "No"}.
            {r.deactivate ? ` Usuario a desactivar: ${r.deactivate}.` : ""}
          </ReviewRow>
        ))}
      </ReviewSection>
      <ReviewSection title="Datos Personales del Usuario">
        <ReviewRow label={L.tipo} target="tipo" onChange={onChange}>Natural</ReviewRow>
        <ReviewRow label={L.cedula} target="cedula" onChange={onChange}>{review.user.cedula}</ReviewRow>
        <ReviewRow label={L.nombres} target="nombres" onChange={onChange}>{review.user.name}</ReviewRow>
        <ReviewRow label={L.correo} target="correo" onChange={onChange}>{review.user.email}</ReviewRow>
        <ReviewRow label={L.empleado} target="empleado" onChange={onChange}>{review.user.isEmployee ? "Sí" : "No"}</ReviewRow>
        <ReviewRow label={L.cargo} target="cargo" onChange={onChange}>{review.user.position}</ReviewRow>
        {review.user.resolutionNumber && (
          <ReviewRow label={L.resolucion} target="resolucion" onChange={onChange}>{review.user.resolutionNumber}</ReviewRow>
        )}
      </ReviewSection>
      <ReviewSection title="Datos de la Organización">
        <ReviewRow label={L.ruc} target="ruc" onChange={onChange}>{review.organization.ruc}</ReviewRow>
        {(Object.keys(ORGANIZATION_LABELS) as (keyof typeof ORGANIZATION_LABELS)[]).map((key) => (
          <ReviewRow key={key} label={ORGANIZATION_LABELS[key]}>{review.organization[key]}</ReviewRow>
        ))}
      </ReviewSection>
      <ReviewSection title="Datos de la persona que va a realizar el trámite">
        <ReviewRow label={L.cedula} target="tramiteCedula" onChange={onChange}>{review.proxy?.cedula ?? "No se autoriza a un tercero"}</ReviewRow>
        {review.proxy && <ReviewRow label={L.nombres} target="tramiteNombres" onChange={onChange}>{review.proxy.name}</ReviewRow>}
      </ReviewSection>

      <details className="privacy">
        <summary>Información sobre el tratamiento de sus datos personales (LOPDP)</summary>
        {privacyNotice}
      </details>
      <div className={`field${error ? " field--error" : ""}`}>
        <FieldError name="avisoPrivacidad" error={error} />
        <label className="checkbox" htmlFor="avisoPrivacidad">
          <input type="checkbox" id="avisoPrivacidad" name="avisoPrivacidad" required aria-required aria-describedby="avisoPrivacidad-error" />
          <span>
            <RequiredLabel>
              He leído la información sobre el tratamiento de los datos personales. El usuario de la clave firmará el
              consentimiento informado que se genera con la solicitud.
            </RequiredLabel>
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
        <button type="button" className="button button--secondary" onClick={() => onChange("roles")}>
          Volver al formulario
        </button>
      </div>
    </div>
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
