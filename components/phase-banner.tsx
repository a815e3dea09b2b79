import Link from "next/link";

/** Says, on every page, that the site is not (yet) the live service: SITE_PHASE names the phase. */
export function PhaseBanner({ phase }: { phase: string | undefined }) {
  if (!phase) return null;
  const demo = /^demo/i.test(phase);
  return (
    <div className="phase-banner" role="region" aria-label="Fase del servicio">
      <p className="phase-banner__inner">
        <strong className="phase-banner__tag">{phase}</strong>
        <span>
          {demo
            ? "Sitio de demostración: los datos son ficticios y los trámites que haga aquí no tienen validez."
            : "Este servicio está en desarrollo y puede cambiar."}{" "}
          <Link href="/ayuda">Ayuda y contacto</Link>
        </span>
      </p>
    </div>
  );
}
