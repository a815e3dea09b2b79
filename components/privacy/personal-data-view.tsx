import { formatDateTimeMedium } from "@/lib/format/dates";
import Link from "next/link";
import { Fragment, type ReactNode } from "react";
import type { FormActionFn } from "@/lib/forms/state";
import type { PersonalDataReport } from "@/lib/privacy/personal-data";
import { RETENTION, periodLabel } from "@/lib/privacy/retention";
import { DeletionRequestForm } from "./deletion-request-form";

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const shown = (value: string) => (ISO.test(value) ? formatDateTimeMedium(new Date(value)) : value);

const DELETION_STATUS = { pendiente: "pendiente de resolución", aceptada: "aceptada", rechazada: "rechazada" } as const;

/** "Mis datos": what is held, where it came from, the consents, who of the staff looked, and the rights. */
export function PersonalDataView({
  report,
  downloadBase,
  rectification,
  deletionAction,
}: {
  report: PersonalDataReport;
  downloadBase: string;
  rectification: ReactNode;
  deletionAction: FormActionFn;
}) {
  const pending = report.deletionRequest?.status === "pendiente";
  return (
    <>
      <h1>Mis datos</h1>
      <p className="lead">
        Todos los datos personales que guardamos sobre usted en {report.service}, de dónde provienen y quién del personal los
        consultó. Es su derecho de acceso según la Ley Orgánica de Protección de Datos Personales.
      </p>
      <div className="actions">
        <a className="button button--secondary" href={`${downloadBase}?formato=pdf`} download>
          Descargar en PDF
        </a>
        <a className="button button--secondary" href={`${downloadBase}?formato=json`} download>
          Descargar en JSON
        </a>
      </div>

      {report.sections.map((section, index) => (
        <section key={section.title} className="card" aria-labelledby={`seccion-${index}`}>
          <h2 id={`seccion-${index}`}>{section.title}</h2>
          <dl className="summary">
            {section.items.map((item) => (
              <Fragment key={`${item.label}-${item.value}`}>
                <dt>{item.label}</dt>
                <dd>
                  {shown(item.value)}
                  <br />
                  <span className="hint">Origen: {item.source}</span>
                </dd>
              </Fragment>
            ))}
          </dl>
        </section>
      ))}

      <section className="card" aria-labelledby="consentimientos">
        <h2 id="consentimientos">Consentimientos</h2>
        {report.consents.length === 0 ? (
          <p>No hay consentimientos registrados: sus datos se tratan para prestarle el servicio que usted solicitó al registrarse.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Consentimientos dados</caption>
              <thead>
                <tr>
                  <th scope="col">Documento</th>
                  <th scope="col">Versión</th>
                  <th scope="col">Resumen SHA-256 del texto</th>
                  <th scope="col">Fecha</th>
                </tr>
              </thead>
              <tbody>
                {report.consents.map((c) => (
                  <tr key={`${c.context}-${c.at}`}>
                    <td>
                      {c.document}
                      <br />
                      <span className="hint">{c.context}</span>
                    </td>
                    <td>{c.version}</td>
                    <td style={{ wordBreak: "break-all" }}>{c.hash}</td>
                    <td>{formatDateTimeMedium(new Date(c.at))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="accesos">
        <h2 id="accesos">Quién del personal consultó su ficha</h2>
        {report.accessLog.length === 0 ? (
          <p>Nadie del personal ha consultado su ficha.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Consultas del personal a su ficha</caption>
              <thead>
                <tr>
                  <th scope="col">Fecha</th>
                  <th scope="col">Persona</th>
                  <th scope="col">Qué consultó</th>
                </tr>
              </thead>
              <tbody>
                {report.accessLog.map((a, i) => (
                  <tr key={i}>
                    <td>{formatDateTimeMedium(new Date(a.at))}</td>
                    <td>{a.staffName}</td>
                    <td>{a.context}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="actividad">
        <h2 id="actividad">Actividad registrada</h2>
        <p className="hint">Los últimos eventos de su cuenta, con la dirección IP desde la que se hicieron.</p>
        <ul>
          {report.activity.slice(0, 30).map((a, i) => (
            <li key={i}>
              {formatDateTimeMedium(new Date(a.at))} · {a.action}
              {a.ip ? ` · IP ${a.ip}` : ""}
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="derechos">
        <h2 id="derechos">Corregir o eliminar sus datos</h2>
        <h3>Rectificación</h3>
        {rectification}
        <h3>Conservación</h3>
        <ul>
          {Object.values(RETENTION).map((rule) => (
            <li key={rule.data}>
              {rule.data}: {periodLabel(rule.days)} desde {rule.from}; luego {rule.then}.
            </li>
          ))}
        </ul>
        {report.deletionRequest && (
          <p role="status">
            Su solicitud de eliminación del {formatDateTimeMedium(new Date(report.deletionRequest.requestedAt))} está{" "}
            {DELETION_STATUS[report.deletionRequest.status]}
            {report.deletionRequest.resolutionReason ? `. Motivo: ${report.deletionRequest.resolutionReason}` : "."}
            {pending ? " El personal la resolverá y le enviaremos la respuesta por correo." : ""}
          </p>
        )}
        {!pending && <DeletionRequestForm action={deletionAction} />}
      </section>
      <p>
        <Link href="/">Ir al inicio</Link>
      </p>
    </>
  );
}
