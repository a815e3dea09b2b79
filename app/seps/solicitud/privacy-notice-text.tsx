import { PRIVACY_NOTICE } from "@/lib/seps/privacy-notice";

/** The LOPDP notice as HTML (the same text the consent PDF prints). */
export function PrivacyNoticeText() {
  const n = PRIVACY_NOTICE;
  return (
    <div className="privacy__text">
      <h3>Responsable del tratamiento</h3>
      <p>
        {n.controller.name}, {n.controller.address}.
      </p>
      <ul>
        {n.controller.contacts.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <h3>Finalidades y base legal</h3>
      <ol>
        {n.purposes.map((p) => (
          <li key={p.purpose}>
            {p.purpose} <em>Base legal:</em> {p.legalBasis}
          </li>
        ))}
      </ol>
      <h3>Datos personales tratados</h3>
      <ul>
        {n.data.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      <h3>Conservación</h3>
      <p>{n.retention}</p>
      <h3>Destinatarios y transferencias</h3>
      <ul>
        {n.recipients.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <h3>Consecuencias de no entregar los datos</h3>
      <p>{n.consequences}</p>
      <h3>Sus derechos</h3>
      <ul>
        {n.rights.map((r) => (
          <li key={r.name}>
            <strong>{r.name}:</strong> {r.description}
          </li>
        ))}
      </ul>
      <p>{n.howToExercise}</p>
      <h3>Dónde reclamar</h3>
      <p>{n.complaint}</p>
      <p className="hint">Versión {n.version}.</p>
    </div>
  );
}
