import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <nav aria-label="Información del sitio">
          <ul className="site-footer__links">
            <li>
              <Link href="/ayuda">Ayuda y contacto</Link>
            </li>
            <li>
              <Link href="/privacidad">Privacidad y datos personales</Link>
            </li>
            <li>
              <Link href="/accesibilidad">Accesibilidad</Link>
            </li>
            <li>
              <Link href="/terminos">Términos de uso</Link>
            </li>
          </ul>
        </nav>
        <p>
          Ventanilla: registro de usuarios para los servicios electrónicos del Servicio Nacional de Aduana del Ecuador
          (SENAE, Ecuapass) y de la Superintendencia de Economía Popular y Solidaria (SEPS).
        </p>
      </div>
    </footer>
  );
}
